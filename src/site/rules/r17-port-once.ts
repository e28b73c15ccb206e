/** R17: a port is configured by at most one entry of its switch, so its settings are unambiguous. */
import { error, type Issue } from "../issue.ts";
import { formatPortList, parsePortList } from "../switching/ports.ts";
import type { Rule } from "./rule.ts";
import { portsPhrase } from "./wording.ts";

export const r17PortOnce: Rule = {
  id: "R17",
  title: "a port appears in one entry of its switch",
  check(site) {
    const issues: Issue[] = [];
    site.network.switches.forEach((sw, s) => {
      // Port number → the port list of the first entry that configures it.
      const owner = new Map<number, string>();
      sw.ports.forEach((entry, e) => {
        const list = parsePortList(entry.ports);
        if (!list) return; // R16 reports a malformed list
        const taken = list.filter((p) => owner.has(p));
        if (taken.length > 0) {
          const earlier = [...new Set(taken.map((p) => owner.get(p)!))];
          issues.push(
            error(
              "R17",
              ["network", "switches", s, "ports", e, "ports"],
              `${portsPhrase(taken)} of '${sw.name}' ${taken.length === 1 ? "is" : "are"} already set up by ${earlier.length === 1 ? "the entry" : "the entries"} for ports ${earlier.join(" and ")}; list each port in one entry only`,
            ),
          );
        }
        const written = formatPortList(list);
        for (const p of list) if (!owner.has(p)) owner.set(p, written);
      });
    });
    return issues;
  },
};
