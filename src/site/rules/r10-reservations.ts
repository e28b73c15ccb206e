/**
 * R10: a reservation's address is inside its subnet and outside the dynamic range;
 * its MAC is a valid unicast address, unique across the site.
 */
import { error, type Issue } from "../issue.ts";
import { isMulticastMac, normaliseMac } from "../net/mac.ts";
import { cidrContains, parseCidr, parseIp, parseRange, rangeContains } from "../net/ipv4.ts";
import type { Rule } from "./rule.ts";

export const r10Reservations: Rule = {
  id: "R10",
  title: "reservations fit their subnet; MACs are unicast and unique",
  check(site) {
    const issues: Issue[] = [];
    const macs = new Map<string, string>();
    site.network.vlans.forEach((vlan, v) => {
      const cidr = parseCidr(vlan.subnet);
      const range = vlan.dhcp ? parseRange(vlan.dhcp.range) : undefined;
      const withMac = [
        ...vlan.hosts.map((h, i) => ({
          host: h.host,
          mac: h.mac,
          path: ["network", "vlans", v, "hosts", i],
        })),
        ...vlan.reservations.map((r, i) => ({
          host: r.host,
          mac: r.mac as string | undefined,
          path: ["network", "vlans", v, "reservations", i],
        })),
      ];
      vlan.reservations.forEach((r, i) => {
        const ip = parseIp(r.ip);
        const path = ["network", "vlans", v, "reservations", i, "ip"];
        if (ip === undefined || !cidr) return;
        if (!cidrContains(cidr, ip)) {
          issues.push(
            error(
              "R10",
              path,
              `reserved address ${r.ip} is outside the VLAN's subnet ${vlan.subnet}`,
            ),
          );
        } else if (range && rangeContains(range, ip)) {
          issues.push(
            error(
              "R10",
              path,
              `reserved address ${r.ip} is inside the dynamic range ${vlan.dhcp!.range}; pick one outside it so DHCP cannot give it to another device`,
            ),
          );
        }
      });
      for (const { host, mac, path } of withMac) {
        if (mac === undefined) continue;
        const at = [...path, "mac"];
        const norm = normaliseMac(mac);
        if (!norm) {
          issues.push(
            error(
              "R10",
              at,
              `'${mac}' is not a MAC address; write six pairs of hex digits like 02:1b:78:00:20:01`,
            ),
          );
          continue;
        }
        if (isMulticastMac(norm)) {
          issues.push(
            error(
              "R10",
              at,
              `${norm} is a multicast address; a device's own MAC is unicast (check the first pair)`,
            ),
          );
          continue;
        }
        const owner = macs.get(norm);
        if (owner !== undefined) {
          issues.push(
            error("R10", at, `MAC ${norm} is already used by '${owner}'; each device has its own`),
          );
        } else {
          macs.set(norm, host);
        }
      }
    });
    return issues;
  },
};
