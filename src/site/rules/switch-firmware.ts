/**
 * A switch runs only releases of its model's software family: `firmware: YA.16.11.0029` on a
 * 2930F (family WC) is a mistake the switch would refuse to boot. Not one of the spec's
 * numbered rules; it guards the `firmware:` key the way R16 guards `model:`.
 */
import { error, type Issue } from "../issue.ts";
import { FIRMWARE_FAMILIES, releaseFamily } from "../switching/firmware.ts";
import type { Rule } from "./rule.ts";
import { modelOf } from "./switch-models.ts";

function familyWords(code: string): string {
  const known = FIRMWARE_FAMILIES[code];
  return known ? `${code} (${known.platforms})` : code;
}

export const switchFirmware: Rule = {
  id: "firmware",
  title: "a switch's firmware release belongs to its model's software family",
  check(site) {
    const issues: Issue[] = [];
    for (const [key, own] of Object.entries(site.switchModels ?? {})) {
      const family = own.firmware === undefined ? undefined : releaseFamily(own.firmware);
      if (own.firmwareFamily !== undefined && family !== undefined && family !== own.firmwareFamily)
        issues.push(
          error(
            "firmware",
            ["switchModels", key, "firmware"],
            `release ${own.firmware} belongs to family ${familyWords(family)}, but model '${key}' says its family is ${own.firmwareFamily}`,
          ),
        );
    }
    site.network.switches.forEach((sw, s) => {
      if (sw.firmware === undefined) return;
      const family = releaseFamily(sw.firmware);
      const expected = modelOf(site, sw.model)?.firmwareFamily;
      if (family === undefined || expected === undefined || family === expected) return;
      issues.push(
        error(
          "firmware",
          ["network", "switches", s, "firmware"],
          `release ${sw.firmware} is for ${familyWords(family)} switches; '${sw.name}' is a '${sw.model}', which runs ${familyWords(expected)} releases`,
        ),
      );
    });
    return issues;
  },
};
