/**
 * Entra ID groups from a Microsoft Graph export: the pages of
 * `GET /v1.0/groups?$select=...&$expand=members($select=id,displayName,userPrincipalName)`
 * saved as JSON (one page per file, or an array of pages), recognised by content. Security
 * groups become `directory.groups`: nested groups go to `memberGroups`, users to `members`
 * by user principal name. Each group and membership also gets the ID Pulumi adopts it by.
 */
import { ExportError, exportText, parseExportJson, type ExportFile } from "../adopt/export-file.ts";
import type { AdoptionId, ImportedItem, ImportFragment, ImportNote, Origin } from "../fragment.ts";
import {
  ADOPTABLE,
  groupMemberGroupResourceName,
  groupMemberUserResourceName,
  groupResourceName,
} from "../../pulumi/names.ts";

/** A group as Graph returns it (the properties read). */
interface GraphGroup {
  readonly id: string;
  readonly displayName: string;
  readonly description?: string | null;
  readonly securityEnabled?: boolean;
  readonly groupTypes?: readonly string[];
  readonly members?: readonly GraphMember[];
}

interface GraphMember {
  readonly "@odata.type"?: string;
  readonly id: string;
  readonly displayName?: string | null;
  readonly userPrincipalName?: string | null;
}

interface Page {
  readonly file: ExportFile;
  readonly groups: readonly GraphGroup[];
  readonly nextLink: string | undefined;
}

// Graph expands at most 20 members per group; a group showing exactly that may have more.
const EXPAND_LIMIT = 20;

const isGroup = (v: unknown): v is GraphGroup =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as GraphGroup).id === "string" &&
  typeof (v as GraphGroup).displayName === "string";

/** The pages in a parsed file: a collection response, or an array of them. */
function pagesOf(file: ExportFile, data: unknown): Page[] | undefined {
  const one = (d: unknown): Page | undefined => {
    if (typeof d !== "object" || d === null || !Array.isArray((d as { value?: unknown }).value))
      return undefined;
    const page = d as { value: unknown[]; "@odata.context"?: string; "@odata.nextLink"?: string };
    const context = page["@odata.context"] ?? "";
    if (!/#groups\b/.test(context) && !(page.value.length > 0 && page.value.every(isGroup)))
      return undefined;
    if (!page.value.every(isGroup)) return undefined;
    return { file, groups: page.value, nextLink: page["@odata.nextLink"] };
  };
  const list = Array.isArray(data) ? data.map(one) : [one(data)];
  return list.length > 0 && list.every((p) => p !== undefined) ? (list as Page[]) : undefined;
}

/** Whether a file's text is a Graph groups export. */
export function isGraphGroupsExport(text: string): boolean {
  try {
    return pagesOf({ source: "", text }, parseExportJson({ source: "", text })) !== undefined;
  } catch {
    return false;
  }
}

/** Reads the pages of a Graph groups export (one or more files) into one fragment. */
export function readGraphGroups(files: readonly ExportFile[]): ImportFragment {
  const pages = files.flatMap((file) => {
    const found = pagesOf(file, parseExportJson(file));
    if (!found)
      throw new ExportError(
        `${file.source}: not a Microsoft Graph groups export (a JSON object with a "value" list of groups)`,
      );
    return found;
  });
  const origin: Origin = { source: files.map((f) => f.source).join(", ") };
  const items: ImportedItem[] = [];
  const notes: ImportNote[] = [];
  const adopt: AdoptionId[] = [];
  // A group's own line: where its id stands with the group's properties after it (the same
  // id also appears earlier wherever the group is someone's member).
  const where = (page: Page, id: string): Origin => {
    const text = exportText(page.file);
    const own = new RegExp(`"id"\\s*:\\s*"${id.replace(/[^\w-]/g, "")}"[^{}]*"securityEnabled"`);
    const index = text.search(own);
    const line = index === -1 ? undefined : text.slice(0, index).split("\n").length;
    return { source: page.file.source, ...(line ? { line } : {}) };
  };
  const note = (level: ImportNote["level"], at: Origin, message: string) =>
    notes.push({ level, origin: at, message });

  if (pages.filter((p) => p.nextLink !== undefined).length >= pages.length)
    note(
      "warning",
      origin,
      "the last page given still has an @odata.nextLink: more groups exist; export every page",
    );

  const all = new Map<string, { group: GraphGroup; page: Page }>();
  for (const page of pages) for (const group of page.groups) all.set(group.id, { group, page });
  const security = [...all.values()].filter(({ group, page }) => {
    const keep = group.securityEnabled === true && !(group.groupTypes ?? []).includes("Unified");
    if (!keep)
      note(
        "info",
        where(page, group.id),
        `group '${group.displayName}' is not a security group (Microsoft 365 or distribution list); Carrel manages security groups only`,
      );
    return keep;
  });
  // Entra ID allows two groups one display name; site.yaml names each group once.
  const seen = new Map<string, string>();
  const unique = security.filter(({ group, page }) => {
    const key = group.displayName.toLowerCase();
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, group.id);
      return true;
    }
    note(
      "warning",
      where(page, group.id),
      `two groups are named '${group.displayName}' (${first} and ${group.id}); only the first is imported: rename one in Entra ID`,
    );
    return false;
  });
  const nameOf = new Map(unique.map(({ group }) => [group.id, group.displayName]));

  for (const { group, page } of unique.sort((a, b) =>
    a.group.displayName < b.group.displayName ? -1 : 1,
  )) {
    const at = where(page, group.id);
    const members = group.members ?? [];
    if (members.length >= EXPAND_LIMIT)
      note(
        "warning",
        at,
        `group '${group.displayName}' shows ${members.length} members, the most Graph expands; export GET /groups/${group.id}/members for the rest`,
      );
    const memberGroups: string[] = [];
    const users: string[] = [];
    for (const member of members) {
      const type = member["@odata.type"] ?? "";
      if (type === "#microsoft.graph.group") {
        const nested = nameOf.get(member.id);
        if (nested === undefined) {
          note(
            "warning",
            at,
            `group '${group.displayName}' contains group '${member.displayName ?? member.id}', which is not in the export as a security group; not imported`,
          );
          continue;
        }
        memberGroups.push(nested);
        adopt.push({
          type: ADOPTABLE.groupMember,
          name: groupMemberGroupResourceName(group.displayName, nested),
          id: `${group.id}/member/${member.id}`,
          origin: at,
        });
      } else if (type === "#microsoft.graph.user" && member.userPrincipalName) {
        users.push(member.userPrincipalName);
        adopt.push({
          type: ADOPTABLE.groupMember,
          name: groupMemberUserResourceName(group.displayName, member.userPrincipalName),
          id: `${group.id}/member/${member.id}`,
          origin: at,
        });
      } else {
        note(
          "info",
          at,
          `group '${group.displayName}' contains ${type.replace("#microsoft.graph.", "") || "an object"} '${member.displayName ?? member.id}'; Carrel lists groups and users only`,
        );
      }
    }
    items.push({
      key: ["directory", "groups", group.displayName],
      value: {
        name: group.displayName,
        ...(group.description ? { description: group.description } : {}),
        ...(memberGroups.length > 0 ? { memberGroups: memberGroups.sort() } : {}),
        ...(users.length > 0 ? { members: users.sort() } : {}),
      },
      origin: at,
    });
    adopt.push({
      type: ADOPTABLE.group,
      name: groupResourceName(group.displayName),
      id: `/groups/${group.id}`,
      origin: at,
    });
  }
  return { kind: "Microsoft Graph groups export", origin, items, notes, adopt };
}
