/** R6: subnets are written as their network address, without host bits. */
import { error } from "../issue.ts";
import { formatCidr, parseCidr } from "../net/ipv4.ts";
import type { Rule } from "./rule.ts";

export const r06Subnets: Rule = {
  id: "R6",
  title: "subnets have no host bits set",
  check(site) {
    const checks: { text: string; path: (string | number)[] }[] = site.network.vlans.map(
      (v, i) => ({
        text: v.subnet,
        path: ["network", "vlans", i, "subnet"],
      }),
    );
    const vpn = site.azure?.vpn;
    if (vpn) {
      checks.push({ text: vpn.addressSpace, path: ["azure", "vpn", "addressSpace"] });
      checks.push({ text: vpn.gatewaySubnet, path: ["azure", "vpn", "gatewaySubnet"] });
      vpn.onPremises.addressSpaces?.forEach((text, i) =>
        checks.push({ text, path: ["azure", "vpn", "onPremises", "addressSpaces", i] }),
      );
    }
    return checks.flatMap(({ text, path }) => {
      const cidr = parseCidr(text);
      if (!cidr || cidr.address === cidr.network) return [];
      return [error("R6", path, `${text} has host bits set; did you mean ${formatCidr(cidr)}?`)];
    });
  },
};
