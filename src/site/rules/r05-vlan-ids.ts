/** R5: VLAN ids are 2-4094 (1 is every switch's default VLAN; 0 and 4095 are reserved). */
import { error } from "../issue.ts";
import type { Rule } from "./rule.ts";

export const r05VlanIds: Rule = {
  id: "R5",
  title: "VLAN ids are 2-4094",
  check(site) {
    return site.network.vlans.flatMap((vlan, i) =>
      vlan.id >= 2 && vlan.id <= 4094
        ? []
        : [
            error(
              "R5",
              ["network", "vlans", i, "id"],
              vlan.id === 1
                ? "VLAN id 1 is the switches' built-in default VLAN; give this VLAN an id from 2 to 4094"
                : `VLAN id ${vlan.id} is outside 2-4094, the ids switches accept`,
            ),
          ],
    );
  },
};
