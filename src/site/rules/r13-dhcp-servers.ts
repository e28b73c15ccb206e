/** R13: each VLAN with DHCP has exactly one server; servers serve only DHCP VLANs, from inside the site. */
import { error, type Issue } from "../issue.ts";
import { vlanAddressing } from "../model/addresses.ts";
import { cidrContains, parseIp } from "../net/ipv4.ts";
import type { Rule } from "./rule.ts";

export const r13DhcpServers: Rule = {
  id: "R13",
  title: "each DHCP VLAN is served by exactly one server",
  check(site) {
    const issues: Issue[] = [];
    const servers = site.network.dhcpServers;
    const subnets = vlanAddressing(site);
    site.network.vlans.forEach((vlan, v) => {
      const serving = servers.filter((s) => s.serves.includes(vlan.name));
      if (vlan.dhcp && serving.length === 0) {
        issues.push({
          ...error(
            "R13",
            ["network", "vlans", v, "dhcp"],
            `VLAN '${vlan.name}' has DHCP but no server serves it; add '${vlan.name}' to a DHCP server's serves list`,
          ),
          atKey: true,
        });
      }
    });
    const claimed = new Map<string, string>();
    servers.forEach((server, s) => {
      server.serves.forEach((name, i) => {
        const vlan = site.network.vlans.find((v) => v.name === name);
        const path = ["network", "dhcpServers", s, "serves", i];
        if (!vlan) return; // R4 reports unknown VLANs
        if (!vlan.dhcp) {
          issues.push(
            error(
              "R13",
              path,
              `VLAN '${name}' has no dhcp section, so there is nothing to serve; add one or remove it here`,
            ),
          );
          return;
        }
        const other = claimed.get(name);
        if (other !== undefined) {
          issues.push(
            error(
              "R13",
              path,
              `VLAN '${name}' is already served by '${other}'; two DHCP servers would hand out clashing addresses`,
            ),
          );
        } else {
          claimed.set(name, server.name);
        }
      });
      const ip = parseIp(server.address);
      if (ip !== undefined && !subnets.some((v) => v.cidr && cidrContains(v.cidr, ip))) {
        issues.push(
          error(
            "R13",
            ["network", "dhcpServers", s, "address"],
            `DHCP server address ${server.address} is in none of the site's VLAN subnets`,
          ),
        );
      }
    });
    return issues;
  },
};
