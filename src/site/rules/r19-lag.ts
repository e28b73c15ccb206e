/** R19: a LAG (LACP trunk `trk1`…) is one `ports` entry of 2 to 8 ports. */
import { error, type Issue } from "../issue.ts";
import { formatPortList, parsePortList } from "../switching/ports.ts";
import type { Rule } from "./rule.ts";

/** ArubaOS-Switch trunks hold at most eight ports. */
const MAX_TRUNK_PORTS = 8;

export const r19Lag: Rule = {
  id: "R19",
  title: "a trunk is one entry of 2-8 ports",
  check(site) {
    const issues: Issue[] = [];
    site.network.switches.forEach((sw, s) => {
      // Trunk name (lower case) → the port list of its first entry.
      const seen = new Map<string, string>();
      sw.ports.forEach((entry, e) => {
        if (entry.lag === undefined) return;
        const lag = entry.lag.toLowerCase();
        const path = ["network", "switches", s, "ports", e];
        const list = parsePortList(entry.ports);
        const earlier = seen.get(lag);
        if (earlier !== undefined) {
          issues.push(
            error(
              "R19",
              [...path, "lag"],
              `trunk '${entry.lag}' is already used by ports ${earlier} of '${sw.name}'; put all of a trunk's ports in one entry, or give this one another trunk name`,
            ),
          );
        } else {
          seen.set(lag, list ? formatPortList(list) : String(entry.ports));
        }
        if (!list) return; // R16 reports a malformed list
        if (list.length < 2 || list.length > MAX_TRUNK_PORTS) {
          issues.push(
            error(
              "R19",
              [...path, "ports"],
              `trunk '${entry.lag}' has ${list.length} ${list.length === 1 ? "port" : "ports"}; a trunk needs 2 to ${MAX_TRUNK_PORTS} ports`,
            ),
          );
        }
      });
    });
    return issues;
  },
};
