/** R12: DNS and NTP servers inside the site's subnets are machines the site declares. */
import { error, type Issue, type Path } from "../issue.ts";
import { staticAddresses, vlanAddressing } from "../model/addresses.ts";
import { cidrContains, parseIp } from "../net/ipv4.ts";
import type { Rule } from "./rule.ts";

export const r12DnsNtpHosts: Rule = {
  id: "R12",
  title: "DNS and NTP servers inside the site are declared hosts",
  check(site) {
    const declared = new Set(
      staticAddresses(site)
        .filter((s) => s.kind !== "gateway")
        .map((s) => s.ip),
    );
    const subnets = vlanAddressing(site).flatMap((v) => (v.cidr ? [v.cidr] : []));
    const lists: { kind: string; ips: readonly string[]; path: Path }[] = [
      { kind: "DNS", ips: site.network.dns, path: ["network", "dns"] },
      { kind: "NTP", ips: site.network.ntp, path: ["network", "ntp"] },
    ];
    site.network.vlans.forEach((vlan, v) => {
      if (vlan.dhcp?.dns)
        lists.push({
          kind: "DNS",
          ips: vlan.dhcp.dns,
          path: ["network", "vlans", v, "dhcp", "dns"],
        });
      if (vlan.dhcp?.ntp)
        lists.push({
          kind: "NTP",
          ips: vlan.dhcp.ntp,
          path: ["network", "vlans", v, "dhcp", "ntp"],
        });
    });
    const issues: Issue[] = [];
    for (const { kind, ips, path } of lists) {
      ips.forEach((text, i) => {
        const ip = parseIp(text);
        if (ip === undefined || declared.has(ip) || !subnets.some((c) => cidrContains(c, ip)))
          return;
        issues.push(
          error(
            "R12",
            [...path, i],
            `${kind} server ${text} is inside the site's network but is no declared host or VM; declare the machine so it gets its address and DNS name`,
          ),
        );
      });
    }
    return issues;
  },
};
