/** R8: a VLAN's gateway is a usable address of its subnet. */
import { error } from "../issue.ts";
import { cidrContains, parseCidr, parseIp } from "../net/ipv4.ts";
import type { Rule } from "./rule.ts";

export const r08Gateways: Rule = {
  id: "R8",
  title: "gateways lie inside their subnet",
  check(site) {
    return site.network.vlans.flatMap((vlan, i) => {
      const cidr = parseCidr(vlan.subnet);
      const gw = parseIp(vlan.gateway);
      if (!cidr || gw === undefined) return [];
      const path = ["network", "vlans", i, "gateway"];
      let problem: string | undefined;
      if (!cidrContains(cidr, gw))
        problem = `gateway ${vlan.gateway} is outside the VLAN's subnet ${vlan.subnet}`;
      else if (cidr.prefix < 31 && gw === cidr.network)
        problem = `gateway ${vlan.gateway} is the subnet's network address; use a host address such as the first one after it`;
      else if (cidr.prefix < 31 && gw === cidr.broadcast)
        problem = `gateway ${vlan.gateway} is the subnet's broadcast address; use a host address`;
      return problem ? [error("R8", path, problem)] : [];
    });
  },
};
