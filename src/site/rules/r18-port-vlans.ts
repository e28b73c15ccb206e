/**
 * R18: a port carries at most one untagged VLAN, and never the same VLAN both tagged and
 * untagged (the switch would reject the configuration).
 */
import { error, type Issue } from "../issue.ts";
import type { Rule } from "./rule.ts";

export const r18PortVlans: Rule = {
  id: "R18",
  title: "one untagged VLAN per port, never also tagged",
  check(site) {
    const issues: Issue[] = [];
    // The schema allows a single `untagged` name per entry and R17 allows a port in one entry
    // only, so what is left to check is a VLAN listed both ways.
    site.network.switches.forEach((sw, s) =>
      sw.ports.forEach((entry, e) => {
        if (entry.untagged === undefined) return;
        const k = entry.tagged.indexOf(entry.untagged);
        if (k < 0) return;
        issues.push(
          error(
            "R18",
            ["network", "switches", s, "ports", e, "tagged", k],
            `VLAN '${entry.untagged}' is both untagged and tagged on these ports; a port carries a VLAN one way only, so remove it from one of the two`,
          ),
        );
      }),
    );
    return issues;
  },
};
