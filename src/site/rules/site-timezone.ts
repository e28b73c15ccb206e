/**
 * The site's time zone is a real IANA zone: switch clocks and the docs' dates use it.
 * (Not one of the spec's numbered rules; it guards `site.timezone` the way R1 guards the code.)
 */
import { error } from "../issue.ts";
import { didYouMean } from "../suggest.ts";
import type { Rule } from "./rule.ts";

function isZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return name.includes("/") || name === "UTC";
  } catch {
    return false;
  }
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
