/**
 * Where an item goes in the draft. Readers name list entries by a plain name after the list
 * (`["vsphere", "vms", "rbpl-dc01"]`, `["vsphere", "portGroups", "staff"]`), which is how the
 * vCenter readers place everything: this turns every item's key into explicit steps, knowing
 * which site.yaml lists are keyed by a field and which are lists of names, and turns a VLAN
 * placed by name into a VLAN sighting, so that it merges with the switches' and DHCP's view
 * of the same VLAN.
 */
import {
  vlanItem,
  type ImportedVlan,
  type KeyPart,
  type PlacedItem,
  type VlanItem,
} from "../fragment.ts";
import { isTree } from "./place-tree.ts";

/** One explicit step into the draft. */
export type Step =
  | { readonly map: string }
  | { readonly entry: string; readonly by: string }
  | { readonly index: number }
  | { readonly member: string };

/** Lists of entries, by the field that names an entry. */
const KEYED: Readonly<Record<string, string>> = {
  "network.vlans": "name",
  "network.switches": "name",
  "network.dhcpServers": "name",
  "network.switches[].ports": "ports",
  "vsphere.vms": "name",
  "vsphere.vdi.pools": "name",
  "directory.groups": "name",
  "site.locations": "id",
  "site.contacts": "name",
  "site.vendors": "name",
  "inventory.assets": "id",
  "inventory.licenses": "name",
  "operations.backups": "name",
};

/** Lists of plain names. */
const NAMES = new Set([
  "vsphere.portGroups",
  "vsphere.folders",
  "operations.runbooks",
  "azure.backup.containers",
  "network.dns",
  "network.ntp",
]);

/** The explicit steps of a key. */
export function steps(key: readonly KeyPart[]): Step[] {
  const out: Step[] = [];
  let path = "";
  for (const part of key) {
    if (typeof part === "number") {
      out.push({ index: part });
      path += "[]";
    } else if (typeof part !== "string") {
      out.push({ entry: part.item, by: part.by ?? KEYED[path] ?? "name" });
      path += "[]";
    } else if (KEYED[path] !== undefined) {
      out.push({ entry: part, by: KEYED[path]! });
      path += "[]";
    } else if (NAMES.has(path)) {
      out.push({ member: part });
      path += "[]";
    } else {
      out.push({ map: part });
      path += path === "" ? part : `.${part}`;
    }
  }
  return out;
}

/** A VLAN placed by name (`["network", "vlans", "servers"]` with an id), as a sighting. */
export function asVlanItem(item: PlacedItem): VlanItem | undefined {
  const [a, b, c, ...rest] = item.key;
  if (a !== "network" || b !== "vlans" || c === undefined || rest.length > 0 || !isTree(item.value))
    return undefined;
  const v = item.value;
  if (typeof v.id !== "number") return undefined;
  const name = typeof v.name === "string" ? v.name : typeof c === "string" ? c : undefined;
  const vlan: ImportedVlan = {
    id: v.id,
    ...(name !== undefined ? { name } : {}),
    ...(typeof v.subnet === "string" ? { subnet: v.subnet } : {}),
    ...(typeof v.gateway === "string" ? { gateway: v.gateway } : {}),
  };
  return vlanItem(vlan, item.origin, item.guessed ? { guessed: item.guessed } : {});
}
