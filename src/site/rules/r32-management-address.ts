/**
 * R32: a core switch holds the gateways, and ArubaOS-Switch takes one address per VLAN, so a
 * core answers for management on its management VLAN's gateway: its `management.ip` is that
 * gateway or is left out. An access switch has no gateway of its own and needs its address.
 */
import { error, type Issue } from "../issue.ts";
import { freeAddress, staticAddresses, vlanAddressing } from "../model/addresses.ts";
import { formatIp, parseIp } from "../net/ipv4.ts";
import type { Rule } from "./rule.ts";

export const r32ManagementAddress: Rule = {
  id: "R32",
  title: "a core switch answers for management on its management VLAN's gateway",
  check(site) {
    const issues: Issue[] = [];
    const vlans = vlanAddressing(site);
    site.network.switches.forEach((sw, s) => {
      const at = ["network", "switches", s, "management"];
      const vlan = vlans.find((v) => v.vlan.name === sw.management.vlan);
      if (!vlan) return; // R4 reports an unknown VLAN
      const role = sw.role;
      switch (role) {
        case "core": {
          const written = sw.management.ip;
          const gateway = vlan.vlan.gateway;
          if (written === undefined || parseIp(written) === parseIp(gateway)) return;
          issues.push(
            error(
              "R32",
              [...at, "ip"],
              `a core switch answers for management on the gateway of VLAN '${vlan.vlan.name}', ${gateway}, as it can take no second address there; write ip: ${gateway} or leave ip out`,
            ),
          );
          return;
        }
        case "access": {
          if (sw.management.ip !== undefined) return;
          const free = freeAddress(vlan, staticAddresses(site));
          const like = free === undefined ? "" : ` (like ${formatIp(free)})`;
          issues.push(
            error(
              "R32",
              at,
              `access switch '${sw.name}' needs its management address: add ip: with a free address on VLAN '${vlan.vlan.name}'${like}; only a core switch answers on the VLAN's gateway`,
            ),
          );
          return;
        }
        default: {
          const unhandled: never = role;
          throw new Error(`R32 does not know switch role '${String(unhandled)}'`);
        }
      }
    });
    return issues;
  },
};
