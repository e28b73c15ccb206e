/** R14: the VDI desktops on a VLAN fit in its DHCP range (warning above 80% use). */
import { error, warning, type Issue } from "../issue.ts";
import { parseRange, rangeSize } from "../net/ipv4.ts";
import type { Rule } from "./rule.ts";

export const r14VdiCapacity: Rule = {
  id: "R14",
  title: "VDI desktops fit in their VLAN's DHCP range",
  check(site) {
    const pools = site.vsphere?.vdi.pools ?? [];
    const issues: Issue[] = [];
    const byVlan = new Map<string, number[]>();
    pools.forEach((p, i) => byVlan.set(p.vlan, [...(byVlan.get(p.vlan) ?? []), i]));
    for (const [name, indexes] of byVlan) {
      const vlan = site.network.vlans.find((v) => v.name === name);
      if (!vlan) continue; // R4
      const last = indexes[indexes.length - 1]!;
      const desktops = indexes.reduce((n, i) => n + pools[i]!.count, 0);
      if (!vlan.dhcp) {
        for (const i of indexes) {
          issues.push(
            error(
              "R14",
              ["vsphere", "vdi", "pools", i, "vlan"],
              `VLAN '${name}' has no DHCP, but VDI desktops get their addresses by DHCP; add a dhcp section to it`,
            ),
          );
        }
        continue;
      }
      const range = parseRange(vlan.dhcp.range);
      if (!range) continue;
      const size = rangeSize(range);
      const pools_ =
        indexes.length > 1 ? `the pools on VLAN '${name}' have` : `pool '${pools[last]!.name}' has`;
      if (desktops > size) {
        issues.push(
          error(
            "R14",
            ["vsphere", "vdi", "pools", last, "count"],
            `${pools_} ${desktops} desktops, but the DHCP range of VLAN '${name}' holds only ${size} addresses; widen the range or lower the count`,
          ),
        );
      } else if (desktops > size * 0.8) {
        issues.push(
          warning(
            "R14",
            ["vsphere", "vdi", "pools", last, "count"],
            `${pools_} ${desktops} desktops, ${Math.round((desktops / size) * 100)}% of the ${size} addresses in the DHCP range of VLAN '${name}'; other devices there may run out`,
          ),
        );
      }
    }
    return issues;
  },
};
