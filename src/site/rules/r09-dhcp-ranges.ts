/** R9: a DHCP range lies inside its subnet, runs upwards, and leaves out the gateway. */
import { error } from "../issue.ts";
import { cidrContains, parseCidr, parseIp, parseRange, rangeContains } from "../net/ipv4.ts";
import type { Rule } from "./rule.ts";

export const r09DhcpRanges: Rule = {
  id: "R9",
  title: "DHCP ranges lie inside their subnet and exclude the gateway",
  check(site) {
    return site.network.vlans.flatMap((vlan, i) => {
      const cidr = parseCidr(vlan.subnet);
      const range = vlan.dhcp ? parseRange(vlan.dhcp.range) : undefined;
      if (!cidr || !range || !vlan.dhcp) return [];
      const path = ["network", "vlans", i, "dhcp", "range"];
      const text = vlan.dhcp.range.trim();
      if (range.start > range.end) {
        return [error("R9", path, `range ${text} runs backwards; write the lower address first`)];
      }
      if (!cidrContains(cidr, range.start) || !cidrContains(cidr, range.end)) {
        return [error("R9", path, `range ${text} is not inside the VLAN's subnet ${vlan.subnet}`)];
      }
      const problems: string[] = [];
      if (cidr.prefix < 31 && range.start === cidr.network)
        problems.push(`range ${text} includes the network address; start it one higher`);
      if (cidr.prefix < 31 && range.end === cidr.broadcast)
        problems.push(`range ${text} includes the broadcast address; end it one lower`);
      const gw = parseIp(vlan.gateway);
      if (gw !== undefined && rangeContains(range, gw))
        problems.push(
          `range ${text} includes the gateway ${vlan.gateway}; DHCP would hand it to a client`,
        );
      return problems.map((p) => error("R9", path, p));
    });
  },
};
