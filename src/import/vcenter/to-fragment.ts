/**
 * What vCenter's inventory proposes for site.yaml (the `vsphere` section and the VLANs of
 * its port groups) and the IDs Pulumi needs to adopt what already exists: VMs, folders,
 * port groups, tags and anti-affinity rules. Carrel describes one datacenter, cluster,
 * datastore and distributed switch per site: the one holding most VMs is taken and the
 * others are named in the report.
 */
import type { AdoptionId, ImportedItem, ImportFragment, ImportNote, Origin } from "../fragment.ts";
import {
  ADOPTABLE,
  antiAffinityResourceName,
  folderResourceName,
  portGroupResourceName,
  tagCategoryResourceName,
  tagResourceName,
  vmResourceName,
} from "../../pulumi/names.ts";
import type { Inventory, PortGroup } from "./inventory.ts";
import { osKind, templateKey, vlanNameFromPortGroup } from "./names.ts";
import type { VsphereTag } from "./tags.ts";
import { vmTags, vmValue } from "./vm-entry.ts";

/** What the mapping needs besides the inventory. */
export interface MappingInput {
  readonly inventory: Inventory;
  /** Tags, or undefined when the REST API could not be read. */
  readonly tags: readonly VsphereTag[] | undefined;
  /** The vCenter's host name (site.yaml `vsphere.server`), when the source says it. */
  readonly server: string | undefined;
  /** The site code that prefixes Carrel's resource names. */
  readonly siteCode: string;
  readonly origin: Origin;
  /** Where one object was read, when the source has lines (an export file). */
  readonly originOf?: (kind: ObjectKind, name: string) => Origin | undefined;
}

/** The kinds of object an item or adoption ID comes from. */
export type ObjectKind = "vm" | "template" | "portGroup" | "folder" | "rule";

/** Builds the fragment. */
export function inventoryToFragment(input: MappingInput): ImportFragment {
  const { inventory, origin, siteCode } = input;
  const items: ImportedItem[] = [];
  const notes: ImportNote[] = [];
  const adopt: AdoptionId[] = [];
  // Every item, note and ID says where it came from: the object's own line when known.
  let at: Origin = origin;
  const from = (kind: ObjectKind, name: string) => (at = input.originOf?.(kind, name) ?? origin);
  const item = (key: (string | number)[], value: unknown, guessed?: string) =>
    items.push({ key, value, origin: at, ...(guessed ? { guessed } : {}) });
  const note = (level: ImportNote["level"], message: string) =>
    notes.push({ level, origin: at, message });
  const adoptAs = (type: string, name: string, id: string) =>
    adopt.push({ type, name, id, origin: at });

  const servers = inventory.vms.filter((v) => !v.template);
  const busiest = <T extends { id: string; name: string }>(
    what: string,
    list: readonly T[],
    count: (t: T) => number,
  ): T | undefined => {
    const sorted = [...list].sort((a, b) => count(b) - count(a) || (a.name < b.name ? -1 : 1));
    for (const other of sorted.slice(1))
      note(
        "info",
        `vCenter also has ${what} '${other.name}'; site.yaml describes one, '${sorted[0]!.name}'`,
      );
    return sorted[0];
  };

  if (input.server !== undefined) item(["vsphere", "server"], input.server);
  else
    note(
      "warning",
      "the export does not say which vCenter it came from; set vsphere.server by hand",
    );
  const dc = busiest(
    "datacenter",
    inventory.datacenters,
    (d) => servers.filter((v) => v.datacenter === d.id).length,
  );
  if (!dc) {
    note("error", "vCenter has no datacenter; nothing to import");
    return { kind: "vCenter inventory", origin, items, notes, adopt };
  }
  item(["vsphere", "datacenter"], dc.name);
  const inDc = <T extends { datacenter: string }>(list: readonly T[]) =>
    list.filter((x) => x.datacenter === dc.id);
  const vms = inDc(servers);
  const cluster = busiest(
    "cluster",
    inDc(inventory.clusters),
    (c) => vms.filter((v) => v.computeResource === c.id).length,
  );
  if (cluster) item(["vsphere", "cluster"], cluster.name);
  else note("warning", `datacenter '${dc.name}' has no cluster; set vsphere.cluster by hand`);
  const datastore = busiest(
    "datastore",
    inDc(inventory.datastores),
    (d) => vms.filter((v) => v.datastores.includes(d.id)).length,
  );
  if (datastore) item(["vsphere", "datastore"], datastore.name);
  const pgsOf = (switchId: string) => inventory.portGroups.filter((p) => p.switchId === switchId);
  const dvs = busiest("distributed switch", inDc(inventory.switches), (s) => pgsOf(s.id).length);
  if (dvs) item(["vsphere", "distributedSwitch"], dvs.name);
  else
    note(
      "warning",
      `datacenter '${dc.name}' has no distributed switch; Carrel's port groups need one`,
    );

  // Port groups: one VLAN each becomes a VLAN and a `portGroups` entry.
  const vlanOfNetwork = new Map<string, string>();
  const vlanNames = new Set<string>();
  const seenIds = new Map<number, PortGroup>();
  for (const pg of inDc(inventory.portGroups).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    from("portGroup", pg.name);
    if (pg.uplink) continue;
    if (pg.switchId === undefined) {
      note(
        "warning",
        `standard port group '${pg.name}' is not imported: Carrel manages distributed port groups only`,
      );
      continue;
    }
    if (pg.switchId !== dvs?.id) continue;
    if (typeof pg.vlan !== "number") {
      note(
        "warning",
        `port group '${pg.name}' carries ${pg.vlan === "none" || pg.vlan === undefined ? "no VLAN id" : `a ${pg.vlan} VLAN`}; Carrel's port groups carry one VLAN each, so it is not imported`,
      );
      continue;
    }
    const same = seenIds.get(pg.vlan);
    if (same) {
      note(
        "warning",
        `port groups '${same.name}' and '${pg.name}' both carry VLAN ${pg.vlan}; only '${same.name}' is imported`,
      );
      vlanOfNetwork.set(pg.id, vlanOfNetwork.get(same.id)!);
      continue;
    }
    seenIds.set(pg.vlan, pg);
    let vlan = vlanNameFromPortGroup(pg.name, siteCode, pg.vlan);
    if (vlanNames.has(vlan)) vlan = `${vlan}-${pg.vlan}`;
    vlanNames.add(vlan);
    vlanOfNetwork.set(pg.id, vlan);
    item(
      ["network", "vlans", vlan],
      { id: pg.vlan, name: vlan },
      `VLAN name taken from port group '${pg.name}'`,
    );
    item(["vsphere", "portGroups", vlan], vlan);
    adoptAs(ADOPTABLE.portGroup, portGroupResourceName(siteCode, vlan), pg.path);
  }

  for (const folder of inDc(inventory.folders).sort((a, b) =>
    a.folderPath < b.folderPath ? -1 : 1,
  )) {
    from("folder", folder.folderPath);
    item(["vsphere", "folders", folder.folderPath], folder.folderPath);
    adoptAs(ADOPTABLE.folder, folderResourceName(siteCode, folder.folderPath), folder.path);
  }

  const templates = inDc(inventory.vms)
    .filter((v) => v.template)
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const keyOfTemplate = new Map<string, string>();
  for (const t of templates) {
    from("template", t.name);
    let key = templateKey(t.name);
    if ([...keyOfTemplate.values()].includes(key)) key = `${key}-${keyOfTemplate.size + 1}`;
    keyOfTemplate.set(t.id, key);
    item(
      ["vsphere", "templates", key],
      { name: t.name, os: osKind(t.guestId) },
      `template key and OS taken from '${t.name}' (${t.guestFullName || t.guestId})`,
    );
  }

  at = origin;
  const tagsOfVm = vmTags(input.tags, note);
  const rules = new Map<string, string>();
  for (const rule of cluster?.antiAffinity ?? []) {
    from("rule", rule.name);
    if (!rule.enabled)
      note(
        "warning",
        `anti-affinity rule '${rule.name}' is disabled in vCenter; Carrel's rules are enabled`,
      );
    for (const vm of rule.vms) {
      if (rules.has(vm))
        note(
          "warning",
          `VM '${inventory.vms.find((v) => v.id === vm)?.name ?? vm}' is in two anti-affinity rules ('${rules.get(vm)}' and '${rule.name}'); site.yaml keeps the first`,
        );
      else rules.set(vm, rule.name);
    }
    adoptAs(
      ADOPTABLE.antiAffinity,
      antiAffinityResourceName(siteCode, rule.name),
      JSON.stringify({ compute_cluster_path: cluster!.path, name: rule.name }),
    );
  }

  const adoptedTags = new Set<string>();
  for (const vm of vms.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    from("vm", vm.name);
    const value = vmValue(vm, { templates, keyOfTemplate, vlanOfNetwork, rules, note });
    const tags = tagsOfVm.get(vm.id) ?? {};
    for (const kind of ["role", "backup"] as const) {
      const tag = tags[kind];
      if (!tag) continue;
      value[kind] = kind === "backup" ? tag.name.toLowerCase() : tag.name;
      const key = `${kind}/${String(value[kind])}`;
      if (adoptedTags.has(key)) continue;
      if (![...adoptedTags].some((k) => k.startsWith(`${kind}/`)))
        adoptAs(ADOPTABLE.tagCategory, tagCategoryResourceName(siteCode, kind), tag.category);
      adoptedTags.add(key);
      adoptAs(
        ADOPTABLE.tag,
        tagResourceName(siteCode, kind, String(value[kind])),
        JSON.stringify({ category_name: tag.category, tag_name: tag.name }),
      );
    }
    item(
      ["vsphere", "vms", vm.name],
      value,
      value.template === undefined
        ? undefined
        : "template guessed from the guest OS: vCenter does not record which template a VM was cloned from",
    );
    adoptAs(ADOPTABLE.vm, vmResourceName(vm.name), vm.path);
    const ip = vm.ip ? `, address ${vm.ip}` : "";
    note(
      "info",
      `VM '${vm.name}': powered ${vm.powerState.replace(/^powered/, "").toLowerCase() || "unknown"}, ${vm.guestFullName || vm.guestId}${ip}`,
    );
    if (vm.powerState !== "poweredOn")
      note(
        "warning",
        `VM '${vm.name}' is not powered on; Pulumi adopts it as it is (remove it from site.yaml if it is retired)`,
      );
  }
  return { kind: "vCenter inventory", origin, items, notes, adopt };
}
