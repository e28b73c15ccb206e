/**
 * The site's time zone is a real IANA zone: switch clocks and the docs' dates use it.
 * (Not one of the spec's numbered rules; it guards `site.timezone` the way R1 guards the code.)
 */
import { error } from "../issue.ts";
import { didYouMean } from "../suggest.ts";
import { knownZone } from "../switching/zone-offsets.ts";
import type { Rule } from "./rule.ts";

function isZone(name: string): boolean {
  // The formatter the switch clock uses afterwards: made once, for both.
  return knownZone(name) && (name.includes("/") || name === "UTC");
}

export const siteTimezone: Rule = {
  id: "timezone",
  title: "site.timezone is an IANA time zone",
  check(site) {
    const zone = site.site.timezone;
    if (isZone(zone)) return [];
    return [
      error(
        "timezone",
        ["site", "timezone"],
        `'${zone}' is not a time zone name${didYouMean(zone, Intl.supportedValuesOf("timeZone")) || "; use a name like America/New_York"}`,
      ),
    ];
  },
};
