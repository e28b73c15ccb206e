import { describe, expect, it } from "vitest";
import { RULE_YEAR, RULE_YEARS } from "../../../src/site/switching/clock.ts";
import {
  changeWithin,
  DAY,
  zoneOffset,
  zoneTransitions,
  type ZoneTransition,
} from "../../../src/site/switching/zone-offsets.ts";

/** The plain search: every day of the year, then to the minute. */
function dayByDay(zone: string, year: number): ZoneTransition[] {
  const found: ZoneTransition[] = [];
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  let previous = zoneOffset(zone, start);
  for (let t = start + DAY; t <= end; t += DAY) {
    const offset = zoneOffset(zone, t);
    if (offset === previous) continue;
    const hi = changeWithin(zone, t - DAY, t, previous);
    if (hi < end) found.push({ at: hi, before: previous, after: offset });
    previous = offset;
  }
  return found;
}

describe("a zone's offset changes", () => {
  it("are found at the minute they happen", () => {
    // Given Berlin in 2026: summer time from 01:00 UTC on 29 March to 01:00 UTC on 25 October.
    // When its changes are searched; then both are found, with the offsets either side.
    expect(zoneTransitions("Europe/Berlin", 2026)).toEqual([
      { at: Date.UTC(2026, 2, 29, 1), before: 60, after: 120 },
      { at: Date.UTC(2026, 9, 25, 1), before: 120, after: 60 },
    ]);
  });

  it("are the ones a day-by-day search finds, for every zone in the judged years", () => {
    // Given every zone the platform knows; when the week-by-week search runs for each judged
    // year; then it finds what a search of every day finds.
    const zones = Intl.supportedValuesOf("timeZone");
    const differing: string[] = [];
    for (const zone of zones)
      for (let year = RULE_YEAR; year < RULE_YEAR + RULE_YEARS; year++)
        if (JSON.stringify(zoneTransitions(zone, year)) !== JSON.stringify(dayByDay(zone, year)))
          differing.push(`${zone} ${year}`);
    expect(zones.length).toBeGreaterThan(300);
    expect(differing).toEqual([]);
  }, 60_000);
});
