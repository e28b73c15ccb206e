/**
 * Extra DHCP options (`dhcp.options`) are ones Carrel can write for every DHCP server
 * software, with values of the right kind. Not one of the spec's numbered rules: without
 * it, a misspelt option name would only surface when rendering, far from its line.
 */
import { checkDhcpOption } from "../dhcp/options.ts";
import { error, type Issue } from "../issue.ts";
import type { Rule } from "./rule.ts";

export const dhcpOptions: Rule = {
  id: "dhcp-options",
  title: "extra DHCP options are known, with values of the right kind",
  check(site) {
    return site.network.vlans.flatMap((vlan, v) =>
      Object.entries(vlan.dhcp?.options ?? {}).flatMap(([name, raw]): Issue[] => {
        const checked = checkDhcpOption(vlan.name, name, raw);
        if (checked.ok) return [];
        const path = ["network", "vlans", v, "dhcp", "options", name];
        return [{ ...error("dhcp-options", path, checked.message), atKey: checked.unknownName }];
      }),
    );
  },
};
