/**
 * The library's existing Azure resource group and backup storage account, from the JSON
 * that `az resource list --resource-group <group> --output json` writes (recognised by
 * content). They become `azure.location`, `azure.resourceGroup` and
 * `azure.backup.storageAccount`, with the Azure resource IDs Pulumi adopts them by. Other
 * resources in the group are listed in the report: Carrel creates its own VPN and Log
 * Analytics resources only when site.yaml asks for them.
 */
import type { AdoptionId, ImportedItem, ImportFragment, ImportNote, Origin } from "../fragment.ts";
import {
  ADOPTABLE,
  resourceGroupResourceName,
  storageAccountResourceName,
} from "../../pulumi/names.ts";
import { ExportError, lineOfKey, parseExportJson, type ExportFile } from "./export-file.ts";

/** One resource as `az resource list` describes it. */
interface AzResource {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly location?: string;
  readonly resourceGroup?: string;
}

const isResource = (v: unknown): v is AzResource =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as AzResource).id === "string" &&
  (v as AzResource).id.startsWith("/subscriptions/") &&
  typeof (v as AzResource).type === "string" &&
  typeof (v as AzResource).name === "string";

/** Whether a file's text is an `az resource list` export. */
export function isAzureResourceList(text: string): boolean {
  try {
    const data = parseExportJson({ source: "", text });
    return Array.isArray(data) && data.length > 0 && data.every(isResource);
  } catch {
    return false;
  }
}

/** Reads an `az resource list` export into a fragment. */
export function readAzureResources(file: ExportFile): ImportFragment {
  const data = parseExportJson(file);
  if (!Array.isArray(data) || !data.every(isResource))
    throw new ExportError(
      `${file.source}: not an Azure resource list (the JSON of \`az resource list --output json\`)`,
    );
  const origin: Origin = { source: file.source };
  const at = (r: AzResource): Origin => {
    const line = lineOfKey(file, "id", r.id);
    return { source: file.source, ...(line ? { line } : {}) };
  };
  const items: ImportedItem[] = [];
  const notes: ImportNote[] = [];
  const adopt: AdoptionId[] = [];
  const groups = [...new Set(data.map((r) => groupIdOf(r.id)))];
  if (groups.length !== 1)
    throw new ExportError(
      `${file.source}: resources from ${groups.length} resource groups; export one group with --resource-group`,
    );
  const groupId = groups[0]!;
  const groupName = groupId.split("/").at(-1)!;
  const accounts = data.filter((r) => r.type.toLowerCase() === "microsoft.storage/storageaccounts");
  const first = accounts[0] ?? data[0]!;
  items.push({ key: ["azure", "resourceGroup"], value: groupName, origin: at(first) });
  if (first.location)
    items.push({
      key: ["azure", "location"],
      value: first.location,
      origin: at(first),
      guessed: "the resource group's region is taken to be its resources' region",
    });
  adopt.push({
    type: ADOPTABLE.resourceGroup,
    name: resourceGroupResourceName(groupName),
    id: groupId,
    origin: at(first),
  });
  for (const [i, account] of accounts.entries()) {
    if (i > 0) {
      notes.push({
        level: "warning",
        origin: at(account),
        message: `storage account '${account.name}' is not imported: site.yaml names one backup storage account ('${accounts[0]!.name}')`,
      });
      continue;
    }
    items.push({
      key: ["azure", "backup", "storageAccount"],
      value: account.name,
      origin: at(account),
    });
    adopt.push({
      type: ADOPTABLE.storageAccount,
      name: storageAccountResourceName(account.name),
      id: account.id,
      origin: at(account),
    });
  }
  for (const other of data.filter((r) => !accounts.includes(r)))
    notes.push({
      level: "info",
      origin: at(other),
      message: `${other.type} '${other.name}' is not adopted: Carrel creates its own VPN and Log Analytics resources when site.yaml asks for them`,
    });
  return { kind: "Azure resource list", origin, items, notes, adopt };
}

/** `/subscriptions/<id>/resourceGroups/<name>` from any resource ID inside the group. */
function groupIdOf(id: string): string {
  const match = /^(\/subscriptions\/[^/]+\/resourceGroups\/[^/]+)/i.exec(id);
  return match ? match[1]! : id;
}
