/**
 * Which IANA time zone a switch's clock settings stand for. The switch only knows an offset
 * and a daylight-saving rule, which many zones share, so the answer is always a guess: the
 * first well-known zone whose rules the renderer would write back the same way.
 */
import { arubaClock } from "../../site/switching/clock.ts";

/** Zones tried in order; the first whose switch settings match wins. */
const CANDIDATES = [
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Phoenix",
  "America/Los_Angeles",
  "America/Anchorage",
  "Pacific/Honolulu",
  "America/Halifax",
  "America/St_Johns",
  "America/Puerto_Rico",
  "Europe/London",
  "Europe/Lisbon",
  "Europe/Paris",
  "Europe/Berlin",
  "Europe/Helsinki",
  "Europe/Athens",
  "Australia/Sydney",
  "Australia/Adelaide",
  "Australia/Brisbane",
  "Australia/Perth",
  "Pacific/Auckland",
  "Asia/Tokyo",
  "Asia/Singapore",
  "Asia/Kolkata",
  "UTC",
];

/** Older firmware's names for the rules the renderer writes today. */
const RULE_ALIASES: Readonly<Record<string, string>> = {
  "canada-and-continental-us": "continental-us-and-canada",
  alaska: "continental-us-and-canada",
  "middle-europe-and-portugal": "western-europe",
};

/** The switch settings of each candidate, worked out once (each takes a year of time zone data). */
let clocks: { zone: string; timezone: number; rule: string }[] | undefined;

/** The zone a switch's `time timezone` minutes and daylight rule most likely stand for. */
export function zoneForClock(minutes: number, rule: string | undefined): string | undefined {
  const wanted = RULE_ALIASES[rule ?? "none"] ?? rule ?? "none";
  clocks ??= CANDIDATES.map((zone) => ({ ...arubaClock(zone), zone }));
  const match = clocks.find((c) => c.timezone === minutes && c.rule === wanted)?.zone;
  if (match) return match;
  // No daylight saving and a whole-hour offset: the Etc zones (their sign is inverted).
  if (wanted === "none" && minutes % 60 === 0 && Math.abs(minutes) <= 12 * 60)
    return minutes === 0 ? "UTC" : `Etc/GMT${minutes > 0 ? "-" : "+"}${Math.abs(minutes) / 60}`;
  return undefined;
}
