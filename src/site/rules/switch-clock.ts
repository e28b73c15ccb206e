/**
 * Switch clocks can only change by an hour at 02:00 local time on Sundays. When the site's time
 * zone changes its clock otherwise (the EU at 01:00 UTC, Israel on a Friday, Chile at
 * midnight), the switches show the wrong time around the change: warn with the dates of the
 * coming twelve months, so nobody trusts a log time from those hours. Not one of the spec's
 * numbered rules; it explains what `site.timezone` means for the switches.
 */
import { warning } from "../issue.ts";
import { arubaClock, clockMismatches, mismatchWords } from "../switching/clock.ts";
import { DAY, knownZone } from "../switching/zone-offsets.ts";
import type { Rule } from "./rule.ts";

/** How many stretches a warning lists before it summarises. */
const LISTED = 3;

export const switchClockRule: Rule = {
  id: "clock",
  title: "switch clocks follow the site's time zone, or the docs say when they do not",
  check(site, ctx) {
    const zone = site.site.timezone;
    if (site.network.switches.length === 0 || !knownZone(zone)) return [];
    const from = Date.parse(`${ctx.today}T00:00:00Z`);
    if (Number.isNaN(from)) return [];
    const clock = arubaClock(zone);
    const off = clockMismatches(clock, from, from + 365 * DAY);
    if (off.length === 0) return [];
    const listed = off.slice(0, LISTED).map(mismatchWords).join("; ");
    const more = off.length > LISTED ? `; and ${off.length - LISTED} more` : "";
    return [
      warning(
        "clock",
        ["site", "timezone"],
        `switch clocks will show the wrong time in the coming year: ${listed}${more}. Switches change their clock by one hour at 02:00 on Sundays only, and ${zone} does not always; Carrel uses the closest rule (time daylight-time-rule ${clock.rule}), so log times in those hours are off`,
      ),
    ];
  },
};
