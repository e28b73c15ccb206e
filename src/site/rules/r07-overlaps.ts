/** R7: VLAN subnets overlap neither each other nor the Azure VPN's address space. */
import { error, type Issue } from "../issue.ts";
import { cidrsOverlap, parseCidr } from "../net/ipv4.ts";
import type { Rule } from "./rule.ts";

export const r07Overlaps: Rule = {
  id: "R7",
  title: "subnets do not overlap each other or the Azure VPN",
  check(site) {
    const issues: Issue[] = [];
    const vlans = site.network.vlans.map((v, i) => ({ vlan: v, i, cidr: parseCidr(v.subnet) }));
    const vpnText = site.azure?.vpn?.addressSpace;
    const vpn = vpnText ? parseCidr(vpnText) : undefined;
    for (const b of vlans) {
      if (!b.cidr) continue;
      const path = ["network", "vlans", b.i, "subnet"];
      const earlier = vlans.find((a) => a.i < b.i && a.cidr && cidrsOverlap(a.cidr, b.cidr!));
      if (earlier) {
        issues.push(
          error(
            "R7",
            path,
            `${b.vlan.subnet} overlaps VLAN '${earlier.vlan.name}' (${earlier.vlan.subnet}); every VLAN needs its own addresses`,
          ),
        );
      }
      if (vpn && cidrsOverlap(vpn, b.cidr)) {
        issues.push(
          error(
            "R7",
            path,
            `${b.vlan.subnet} overlaps the Azure VPN address space ${vpnText}; traffic for these addresses could not be routed`,
          ),
        );
      }
    }
    return issues;
  },
};
