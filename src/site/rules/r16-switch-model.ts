/**
 * R16: every switch names a model Carrel knows (the catalog or `switchModels:`), its port
 * lists are well formed, every port it configures exists on that model, and a core switch is
 * a model that can route, relay DHCP and filter routed traffic (the catalog records which can).
 */
import { error, warning, type Issue } from "../issue.ts";
import { didYouMean } from "../suggest.ts";
import { missingCoreCapabilities, SWITCH_CATALOG, type SwitchModel } from "../switching/catalog.ts";
import { FIRMWARE_FAMILIES } from "../switching/firmware.ts";
import { parsePortList } from "../switching/ports.ts";
import type { Rule } from "./rule.ts";
import { modelOf } from "./switch-models.ts";
import { portsPhrase } from "./wording.ts";

/** The message for a port list that does not parse. */
function badPortList(value: string | number): string {
  return `'${value}' is not a port list; write 5, 1-8 or 1,3,5-7`;
}

/** A core switch's model must do a core switch's three jobs; the message names what it lacks. */
function coreProblem(name: string, key: string, model: SwitchModel): string | undefined {
  const missing = missingCoreCapabilities(model);
  if (missing.length === 0) return undefined;
  const what =
    missing.length === 1
      ? missing[0]!
      : `${missing.slice(0, -1).join(", ")} or ${missing[missing.length - 1]}`;
  return `'${name}' cannot be a core switch: model '${key}' (${model.label}) cannot ${what}; make it an access switch and give the site a core that can, such as an Aruba 2930F or 2540`;
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
      const problem =
        model && sw.role === "core" ? coreProblem(sw.name, sw.model, model) : undefined;
      if (problem) issues.push(error("R16", ["network", "switches", s, "role"], problem));
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
    issues.push(...declaredHeaderWarnings(site));
    return issues;
  },
};

/**
 * A declared model in use needs its product number (and a release) for the first line of its
 * configuration files; without them the switch refuses an uploaded file. Pasting still works,
 * so this is a warning.
 */
function declaredHeaderWarnings(site: Parameters<Rule["check"]>[0]): Issue[] {
  const used = new Set(site.network.switches.map((sw) => sw.model));
  return Object.entries(site.switchModels ?? {}).flatMap(([key, own]) => {
    if (!used.has(key)) return [];
    const path = ["switchModels", key];
    if (own.productNumber === undefined)
      return [
        warning(
          "R16",
          path,
          `model '${key}' has no productNumber, so its configuration files cannot start with the '; <product number> Configuration Editor' line a switch requires before it accepts an uploaded file (pasting still works); add productNumber from the label on the switch (like JL256A)`,
        ),
      ];
    const family = own.firmwareFamily;
    const knownRelease =
      own.firmware !== undefined ||
      (family !== undefined && Object.hasOwn(FIRMWARE_FAMILIES, family));
    const unnamed = site.network.switches.some(
      (sw) => sw.model === key && sw.firmware === undefined,
    );
    if (!knownRelease && unnamed)
      return [
        warning(
          "R16",
          path,
          `model '${key}' has no firmware release Carrel can name in its configuration files${family === undefined ? "" : ` (it knows no default for family ${family})`}; add firmware as 'show version' prints it (like WC.16.11.0025)`,
        ),
      ];
    return [];
  });
}
