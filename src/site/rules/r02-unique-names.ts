/**
 * R2: names and ids that identify things are unique within their kind.
 * Template keys are mapping keys, so a repeated one is already a duplicate-key error.
 * Desktop names are checked against every machine by R15, which knows the patterns.
 */
import { error, type Issue } from "../issue.ts";
import type { Site } from "../schema.ts";
import type { Rule } from "./rule.ts";
import { lower, repeats, type Named } from "./util.ts";

function unique(kind: string, items: Named[], fold?: (n: string) => string): Issue[] {
  return repeats(items, fold).map(({ item, first }) =>
    error(
      "R2",
      item.path,
      item.name === first.name
        ? `${kind} '${item.name}' is used twice; each needs its own`
        : `${kind} '${item.name}' is the same as '${first.name}' (upper and lower case count as the same); each needs its own`,
    ),
  );
}

function named<T>(
  items: readonly T[],
  base: (string | number)[],
  key: (t: T) => string,
  field: string,
): Named[] {
  return items.map((t, i) => ({ name: key(t), path: [...base, i, field] }));
}

/**
 * Machine names across kinds (hosts, reservations, switches, VMs) become DNS names, so two
 * machines may not share one. Repeats within switches or within VMs are reported above.
 */
function machineNames(site: Site): Issue[] {
  const machines: (Named & { kind: string })[] = [];
  site.network.vlans.forEach((v, i) => {
    v.hosts.forEach((h, j) =>
      machines.push({
        kind: "host",
        name: h.host,
        path: ["network", "vlans", i, "hosts", j, "host"],
      }),
    );
    v.reservations.forEach((r, j) =>
      machines.push({
        kind: "reservation",
        name: r.host,
        path: ["network", "vlans", i, "reservations", j, "host"],
      }),
    );
  });
  site.network.switches.forEach((s, i) =>
    machines.push({ kind: "switch", name: s.name, path: ["network", "switches", i, "name"] }),
  );
  site.vsphere?.vms.forEach((vm, i) =>
    machines.push({ kind: "VM", name: vm.name, path: ["vsphere", "vms", i, "name"] }),
  );
  return repeats(machines, lower)
    .filter(
      ({ item, first }) =>
        !(item.kind === first.kind && (item.kind === "switch" || item.kind === "VM")),
    )
    .map(({ item, first }) =>
      error(
        "R2",
        item.path,
        `host name '${item.name}' is already used by ${first.kind} '${first.name}'; each machine needs its own name in DNS`,
      ),
    );
}

export const r02UniqueNames: Rule = {
  id: "R2",
  title: "names and ids are unique within their kind",
  check(site: Site) {
    const net = site.network;
    return [
      ...unique(
        "VLAN id",
        named(net.vlans, ["network", "vlans"], (v) => String(v.id), "id"),
      ),
      ...unique(
        "VLAN name",
        named(net.vlans, ["network", "vlans"], (v) => v.name, "name"),
      ),
      ...unique(
        "switch name",
        named(net.switches, ["network", "switches"], (s) => s.name, "name"),
        lower,
      ),
      ...unique(
        "DHCP server name",
        named(net.dhcpServers, ["network", "dhcpServers"], (s) => s.name, "name"),
        lower,
      ),
      ...unique(
        "VM name",
        named(site.vsphere?.vms ?? [], ["vsphere", "vms"], (v) => v.name, "name"),
        lower,
      ),
      ...unique(
        "pool name",
        named(site.vsphere?.vdi.pools ?? [], ["vsphere", "vdi", "pools"], (p) => p.name, "name"),
      ),
      ...unique(
        "group name",
        named(site.directory?.groups ?? [], ["directory", "groups"], (g) => g.name, "name"),
        lower,
      ),
      ...unique(
        "location id",
        named(site.site.locations, ["site", "locations"], (l) => l.id, "id"),
      ),
      ...machineNames(site),
      ...unique(
        "asset id",
        named(site.inventory?.assets ?? [], ["inventory", "assets"], (a) => a.id, "id"),
      ),
    ];
  },
};
