/**
 * What an ArubaOS-Switch clock can do: a fixed offset (`time timezone <minutes>`) and one
 * daylight-time rule (`time daylight-time-rule`). Every rule moves the clock by one hour at
 * 02:00 local time, on "the first Sunday on or after" a begin date and an end date:
 *
 * - `user-defined begin-date MM/DD end-date MM/DD` takes the dates as given, so MM/01 stands for
 *   the first Sunday of a month and (days in month - 6) for the last;
 * - the named rules are fixed pairs of such dates, the same as in the ProCurve-era manuals:
 *   `western-europe` begins on the first Sunday on or after 23 March and ends on or after
 *   23 October, so in years when the 23rd or 24th is a Sunday it changes a week before the EU
 *   (whose rule is the last Sunday, on or after the 25th); `middle-europe-and-portugal` ends
 *   on or after 24 September, which Europe stopped in 1996; `southern-hemisphere` runs from
 *   on or after 25 October to on or after 1 March. `continental-us-and-canada` follows the
 *   United States rule since 2007 (on or after 8 March to on or after 1 November).
 *   `alaska` is the same as the continental rule today and is never needed.
 *
 * (HPE ArubaOS-Switch Management and Configuration Guide, "Time and date": `time timezone`,
 * `time daylight-time-rule`.)
 */
import { MINUTE } from "./zone-offsets.ts";

/** "The first Sunday on or after" this month and day. */
export interface RuleDate {
  readonly month: number;
  readonly day: number;
}

/** A daylight-time rule the switch can hold. */
export type SwitchDstRule =
  | { readonly kind: "none" }
  | {
      readonly kind: "named";
      readonly name: string;
      readonly begin: RuleDate;
      readonly end: RuleDate;
    }
  | { readonly kind: "user-defined"; readonly begin: RuleDate; readonly end: RuleDate };

/** The named rules worth choosing, with the dates they stand for. */
export const NAMED_RULES: readonly SwitchDstRule[] = [
  {
    kind: "named",
    name: "continental-us-and-canada",
    begin: { month: 3, day: 8 },
    end: { month: 11, day: 1 },
  },
  {
    kind: "named",
    name: "western-europe",
    begin: { month: 3, day: 23 },
    end: { month: 10, day: 23 },
  },
  {
    kind: "named",
    name: "middle-europe-and-portugal",
    begin: { month: 3, day: 25 },
    end: { month: 9, day: 24 },
  },
  {
    kind: "named",
    name: "southern-hemisphere",
    begin: { month: 10, day: 25 },
    end: { month: 3, day: 1 },
  },
];

/** The hour of the local day at which the switch moves its clock. */
export const SWITCH_CHANGE_HOUR = 2;

function twoDigits(n: number): string {
  return String(n).padStart(2, "0");
}

/** The argument of `time daylight-time-rule` for a rule. */
export function ruleArgument(rule: SwitchDstRule): string {
  switch (rule.kind) {
    case "none":
      return "none";
    case "named":
      return rule.name;
    case "user-defined":
      return `user-defined begin-date ${twoDigits(rule.begin.month)}/${twoDigits(rule.begin.day)} end-date ${twoDigits(rule.end.month)}/${twoDigits(rule.end.day)}`;
    default: {
      const never: never = rule;
      return never;
    }
  }
}

/** The day of the month of the first Sunday on or after `date` in `year`. */
export function firstSundayOnOrAfter(year: number, date: RuleDate): number {
  const weekday = new Date(Date.UTC(year, date.month - 1, date.day)).getUTCDay();
  return date.day + ((7 - weekday) % 7);
}

/** The instants (UTC ms) a rule begins and ends daylight time in a year, for a standard offset. */
function yearChanges(
  rule: Exclude<SwitchDstRule, { kind: "none" }>,
  standard: number,
  year: number,
): { begin: number; end: number } {
  const at = (date: RuleDate, offset: number) =>
    Date.UTC(year, date.month - 1, firstSundayOnOrAfter(year, date), SWITCH_CHANGE_HOUR) -
    offset * MINUTE;
  return { begin: at(rule.begin, standard), end: at(rule.end, standard + 60) };
}

/** The offset the switch shows at an instant. */
export function switchOffset(rule: SwitchDstRule, standard: number, utc: number): number {
  if (rule.kind === "none") return standard;
  const year = new Date(utc + standard * MINUTE).getUTCFullYear();
  const { begin, end } = yearChanges(rule, standard, year);
  const summer = begin < end ? utc >= begin && utc < end : utc < end || utc >= begin;
  return summer ? standard + 60 : standard;
}

/** The switch's clock changes in `[from, to)`: the instant and the offset after it. */
export function switchChanges(
  rule: SwitchDstRule,
  standard: number,
  from: number,
  to: number,
): { at: number; after: number }[] {
  if (rule.kind === "none") return [];
  const out: { at: number; after: number }[] = [];
  for (let y = new Date(from).getUTCFullYear() - 1; y <= new Date(to).getUTCFullYear() + 1; y++) {
    const { begin, end } = yearChanges(rule, standard, y);
    out.push({ at: begin, after: standard + 60 }, { at: end, after: standard });
  }
  return out.filter((c) => c.at >= from && c.at < to).sort((a, b) => a.at - b.at);
}
