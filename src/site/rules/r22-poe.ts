/** R22: `poe: true` only on ports whose switch model can deliver power over Ethernet. */
import { error, type Issue } from "../issue.ts";
import { formatPortList, parsePortList } from "../switching/ports.ts";
import type { Rule } from "./rule.ts";
import { modelOf } from "./switch-models.ts";
import { portsPhrase } from "./wording.ts";

export const r22Poe: Rule = {
  id: "R22",
  title: "PoE only on PoE-capable ports",
  check(site) {
    const issues: Issue[] = [];
    site.network.switches.forEach((sw, s) => {
      const model = modelOf(site, sw.model);
      if (!model) return; // R16 reports an unknown model
      sw.ports.forEach((entry, e) => {
        if (!entry.poe) return;
        const list = parsePortList(entry.ports);
        if (!list) return; // R16 reports a malformed list
        // Ports beyond the model are R16's; here only real ports without PoE.
        const unpowered = list.filter((p) => p <= model.portCount && !model.poePorts.includes(p));
        if (unpowered.length === 0) return;
        const capable =
          model.poePorts.length === 0
            ? `model '${sw.model}' has no PoE ports`
            : `model '${sw.model}' has PoE on ports ${formatPortList(model.poePorts)} only`;
        issues.push(
          error(
            "R22",
            ["network", "switches", s, "ports", e, "poe"],
            `${portsPhrase(unpowered)} of '${sw.name}' cannot supply power (PoE): ${capable}; remove poe: true or move the devices to PoE ports`,
          ),
        );
      });
    });
    return issues;
  },
};
