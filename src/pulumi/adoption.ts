/**
 * Adopting what already exists: `carrel import` writes `stacks/Pulumi.<stack>.imports.yaml`
 * (resource type, the program's logical name, the provider's ID), and the program gives
 * each listed resource Pulumi's `import` resource option. The first `pulumi preview` then
 * shows those resources as imports, not creates; where site.yaml differs from what
 * exists, the same preview shows an update (Pulumi 3.174 and later import and then
 * update in one deployment). Once imported, the entry stays harmless: Pulumi keeps the
 * import ID in its state and treats the resource as any other.
 *
 * An adopted resource never takes Carrel defaults that would replace it or change what
 * it is: those properties are in `ignoreChanges` (the list per type is `KEEPS`), a VM
 * is never cloned, and it is retained, not deleted, when it leaves site.yaml.
 */
import { existsSync, readFileSync } from "node:fs";
import * as pulumi from "@pulumi/pulumi";
import { parseDocument } from "yaml";
import { ADOPTABLE, type AdoptableType } from "./names.ts";

export { importsFileOf, isStackName } from "./names.ts";

/** One resource to adopt. */
export interface AdoptionEntry {
  readonly type: string;
  readonly name: string;
  readonly id: string;
}

/**
 * What an adopted resource keeps as it is, per type: properties whose value Carrel would
 * otherwise set from a default rather than from site.yaml, where applying it would
 * replace the resource (a VM's clone source, a port group's switch, a tag category's
 * cardinality, an Azure location) or rename or move something other systems rely on
 * (port group and tag names used by backup jobs and Horizon pools, a VM's resource pool,
 * datastore and virtual hardware). A DNS record set keeps nothing: its records are what
 * site.yaml says, and the first preview shows any difference as an update.
 */
export const KEEPS: Readonly<Record<AdoptableType, readonly string[]>> = {
  [ADOPTABLE.vm]: [
    "clone",
    "guestId",
    "firmware",
    "scsiType",
    "resourcePoolId",
    "datastoreId",
    "networkInterfaces[*].adapterType",
    "disks[*].thinProvisioned",
    "disks[*].eagerlyScrub",
  ],
  [ADOPTABLE.folder]: [],
  [ADOPTABLE.portGroup]: ["name", "distributedVirtualSwitchUuid"],
  [ADOPTABLE.tagCategory]: ["name", "description", "cardinality", "associableTypes"],
  [ADOPTABLE.tag]: ["name", "description"],
  [ADOPTABLE.antiAffinity]: ["name"],
  [ADOPTABLE.group]: [],
  [ADOPTABLE.groupMember]: [],
  [ADOPTABLE.resourceGroup]: ["location"],
  [ADOPTABLE.storageAccount]: ["location", "kind", "sku", "accessTier"],
  // A zone's location is always "global"; its type (public or private) cannot change.
  [ADOPTABLE.dnsZone]: ["location", "zoneType"],
  // A record set's records are what site.yaml says: an adopted one is updated to them.
  [ADOPTABLE.dnsRecordSet]: [],
};

const key = (type: string, name: string) => `${type}::${name}`;

/** The adoption entries of one stack, handed out to the resources they name. */
export class Adoption {
  private readonly entries: ReadonlyMap<string, AdoptionEntry>;
  private readonly used = new Set<string>();

  constructor(entries: readonly AdoptionEntry[] = []) {
    this.entries = new Map(entries.map((e) => [key(e.type, e.name), e]));
  }

  /** Whether the resource of this type and logical name already exists. */
  adopts(type: AdoptableType, name: string): boolean {
    return this.entries.has(key(type, name));
  }

  /**
   * Resource options for a resource: for an adopted one, `import` with its ID, what it
   * keeps as it is, and `retainOnDelete`; nothing otherwise.
   */
  options(type: AdoptableType, name: string): pulumi.CustomResourceOptions {
    const entry = this.entries.get(key(type, name));
    if (!entry) return {};
    this.used.add(key(type, name));
    const keeps = KEEPS[type];
    return {
      import: entry.id,
      retainOnDelete: true,
      ...(keeps.length > 0 ? { ignoreChanges: [...keeps] } : {}),
    };
  }

  /** Entries no resource asked for: site.yaml has no such resource. */
  unused(): AdoptionEntry[] {
    return [...this.entries].filter(([k]) => !this.used.has(k)).map(([, e]) => e);
  }
}

/** Parses an imports file; throws a `RunError` naming the file and entry when it is malformed. */
export function parseAdoptions(file: string, text: string): AdoptionEntry[] {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0)
    throw new pulumi.RunError(`${file}: not valid YAML (${doc.errors[0]!.message.split("\n")[0]})`);
  const data = doc.toJS() as { resources?: unknown } | null;
  const list = data?.resources ?? [];
  if (!Array.isArray(list)) throw new pulumi.RunError(`${file}: resources must be a list`);
  const known = new Set<string>(Object.values(ADOPTABLE));
  return list.map((entry: unknown, i) => {
    const e = (entry ?? {}) as Record<string, unknown>;
    for (const field of ["type", "name", "id"])
      if (typeof e[field] !== "string" || e[field] === "")
        throw new pulumi.RunError(`${file}: resources[${i}].${field} must be set (text)`);
    if (!known.has(e.type as string))
      throw new pulumi.RunError(
        `${file}: resources[${i}].type '${String(e.type)}' is not a resource Carrel adopts`,
      );
    return { type: e.type as string, name: e.name as string, id: e.id as string };
  });
}

/** Reads a stack's imports file; no file means nothing to adopt. */
export function readAdoptions(file: string): AdoptionEntry[] {
  if (!existsSync(file)) return [];
  return parseAdoptions(file, readFileSync(file, "utf8"));
}
