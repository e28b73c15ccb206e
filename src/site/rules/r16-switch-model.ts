/**
 * R16: every switch names a model Carrel knows (the catalog or `switchModels:`), its port
 * lists are well formed, and every port it configures exists on that model.
 */
import { error, type Issue } from "../issue.ts";
import { didYouMean } from "../suggest.ts";
import { SWITCH_CATALOG } from "../switching/catalog.ts";
import { parsePortList } from "../switching/ports.ts";
import type { Rule } from "./rule.ts";
import { modelOf } from "./switch-models.ts";
import { portsPhrase } from "./wording.ts";

/** The message for a port list that does not parse. */
function badPortList(value: string | number): string {
  return `'${value}' is not a port list; write 5, 1-8 or 1,3,5-7`;
}

function notOnModel(missing: readonly number[]): string {
  return `${portsPhrase(missing)} ${missing.length === 1 ? "does" : "do"} not exist on`;
}

export const r16SwitchModel: Rule = {
  id: "R16",
  title: "switch models are known and their ports exist",
  check(site) {
    const issues: Issue[] = [];
    for (const [key, own] of Object.entries(site.switchModels ?? {})) {
      for (const field of ["poe", "uplinks"] as const) {
        const value = own[field];
        if (value === undefined) continue;
        const list = parsePortList(value);
        const path = ["switchModels", key, field];
        if (!list) {
          issues.push(error("R16", path, badPortList(value)));
          continue;
        }
        const missing = list.filter((p) => p > own.ports);
        if (missing.length > 0) {
          issues.push(
            error(
              "R16",
              path,
              `${notOnModel(missing)} model '${key}', which has ports 1-${own.ports}`,
            ),
          );
        }
      }
    }

    const known = [...Object.keys(SWITCH_CATALOG), ...Object.keys(site.switchModels ?? {})];
    site.network.switches.forEach((sw, s) => {
      const model = modelOf(site, sw.model);
      if (!model) {
        issues.push(
          error(
            "R16",
            ["network", "switches", s, "model"],
            `'${sw.model}' is not a known switch model${didYouMean(sw.model, known) || "; use a model from Carrel's catalog or describe it under switchModels"}`,
          ),
        );
      }
      sw.ports.forEach((entry, e) => {
        const path = ["network", "switches", s, "ports", e, "ports"];
        const list = parsePortList(entry.ports);
        if (!list) {
          issues.push(error("R16", path, badPortList(entry.ports)));
          return;
        }
        if (!model) return;
        const missing = list.filter((p) => p > model.portCount);
        if (missing.length > 0) {
          issues.push(
            error(
              "R16",
              path,
              `${notOnModel(missing)} '${sw.name}'; model '${sw.model}' has ports 1-${model.portCount}`,
            ),
          );
        }
      });
    });
    return issues;
  },
};
