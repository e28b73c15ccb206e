/**
 * R33: `network.upstream.gateway` (the internet router, a declared host) is required as soon as
 * any VLAN is isolated: the isolation access list lets that VLAN reach the internet only
 * through the core switches' default route to that router. Without any isolated VLAN the key
 * is still what gives the cores their default route, so a site with a core and no upstream
 * gets a warning: none of its VLANs would reach the internet through the core.
 */
import { error, warning } from "../issue.ts";
import type { Rule } from "./rule.ts";
import { listNames } from "./util.ts";

export const r33UpstreamRequired: Rule = {
  id: "R33",
  title: "isolated VLANs need the internet router (network.upstream.gateway)",
  check(site) {
    if (site.network.upstream?.gateway !== undefined) return [];
    const isolated = site.network.vlans
      .map((vlan, index) => ({ vlan, index }))
      .filter((v) => v.vlan.isolated);
    const first = isolated[0];
    if (first) {
      const names = listNames(isolated.map((v) => v.vlan.name));
      const verb = isolated.length === 1 ? "is" : "are";
      return [
        error(
          "R33",
          ["network", "vlans", first.index, "isolated"],
          `network.upstream.gateway is required: ${isolated.length === 1 ? "VLAN" : "VLANs"} ${names} ${verb} isolated and may reach only the internet, which the core switches send to the internet router; add network.upstream with gateway: the router's (firewall's) inside address, declared as a host`,
        ),
      ];
    }
    const cores = site.network.switches.filter((s) => s.role === "core");
    if (cores.length === 0) return [];
    return [
      {
        ...warning(
          "R33",
          ["network"],
          `no internet router is named, so the core ${cores.length === 1 ? "switch has" : "switches have"} no default route and no VLAN reaches the internet through ${cores.length === 1 ? "it" : "them"}; add network.upstream with gateway: the router's (firewall's) inside address, declared as a host`,
        ),
        atKey: true,
      },
    ];
  },
};
