/**
 * ArubaOS-Switch clock settings derived from an IANA time zone.
 *
 * The switch knows a zone only as `time timezone <minutes east of UTC>` (standard time) plus a
 * `time daylight-time-rule`. The offsets and the summer-time transitions are read from the
 * platform's time zone data through `Intl`, for one fixed reference year so that rendering is
 * deterministic, and matched against the rules the switch has built in:
 *
 * - second Sunday of March to first Sunday of November: `continental-us-and-canada`;
 * - last Sunday of March to last Sunday of October: `western-europe` (the switch's
 *   `middle-europe-and-portugal` rule still ends in September, which Europe stopped in 1996);
 * - any other rule whose changes fall on Sundays: `user-defined`, with dates the switch moves
 *   forward to the next Sunday (day 1 stands for "first Sunday", days-in-month minus 6 for
 *   "last Sunday");
 * - anything else: `none`, with a note saying why.
 */

/** The year whose rules are rendered. Fixed, so the output does not change on New Year's Day. */
export const RULE_YEAR = 2026;

/** Clock settings for one switch. */
export interface ArubaClock {
  /** Standard-time offset, minutes east of UTC (`time timezone`). */
  readonly timezone: number;
  /** Argument of `time daylight-time-rule`. */
  readonly rule: string;
  /** Why the rule could not be matched, for a comment in the file; empty when it could. */
  readonly note: string;
}

const DAY = 86_400_000;
const MINUTE = 60_000;

/** Minutes east of UTC in `zone` at the instant `utc` (ms), or undefined for an unknown zone. */
function offsetAt(format: Intl.DateTimeFormat, utc: number): number {
  const name = format.formatToParts(new Date(utc)).find((p) => p.type === "timeZoneName")?.value;
  const m = /^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?$/.exec(name ?? "");
  if (!m) throw new Error(`unexpected time zone name ${name}`);
  if (!m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === "-" ? -minutes : minutes;
}

function formatter(zone: string): Intl.DateTimeFormat | undefined {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
  } catch {
    return undefined;
  }
}

/** A change of offset: the local calendar date it happens on, and the offset after it. */
interface Transition {
  readonly month: number;
  readonly day: number;
  readonly weekday: number;
  readonly after: number;
}

/** Every offset change in `year`, found day by day and then narrowed to the minute. */
function transitions(format: Intl.DateTimeFormat, year: number): Transition[] {
  const found: Transition[] = [];
  const start = Date.UTC(year, 0, 1);
  let previous = offsetAt(format, start);
  for (let t = start + DAY; t <= Date.UTC(year + 1, 0, 1); t += DAY) {
    const offset = offsetAt(format, t);
    if (offset === previous) continue;
    let lo = t - DAY;
    let hi = t;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.max(1, Math.floor((hi - lo) / 2 / MINUTE)) * MINUTE;
      if (offsetAt(format, mid) === previous) lo = mid;
      else hi = mid;
    }
    // The local date on the wall clock just before the change.
    const local = new Date(hi - MINUTE + previous * MINUTE);
    found.push({
      month: local.getUTCMonth() + 1,
      day: local.getUTCDate(),
      weekday: local.getUTCDay(),
      after: offset,
    });
    previous = offset;
  }
  return found;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Which Sunday of its month a date is: 1-4, or 5 for the last. */
function sundayOfMonth(year: number, t: Transition): number | undefined {
  if (t.weekday !== 0) return undefined;
  if (t.day + 7 > daysInMonth(year, t.month)) return 5;
  return Math.ceil(t.day / 7);
}

/** The date to give a `user-defined` rule so the switch lands on the same Sunday every year. */
function userDefinedDate(year: number, t: Transition): string {
  const nth = sundayOfMonth(year, t)!;
  const day = nth === 5 ? daysInMonth(year, t.month) - 6 : 1 + 7 * (nth - 1);
  return `${t.month}/${day}`;
}

/** The clock settings for an IANA zone. */
export function arubaClock(zone: string, year: number = RULE_YEAR): ArubaClock {
  const format = formatter(zone);
  if (!format) {
    return {
      timezone: 0,
      rule: "none",
      note: `time zone '${zone}' is not known here, so the switch keeps UTC`,
    };
  }
  const changes = transitions(format, year);
  const offsets = [offsetAt(format, Date.UTC(year, 0, 1)), ...changes.map((c) => c.after)];
  const standard = Math.min(...offsets);
  if (changes.length === 0) return { timezone: standard, rule: "none", note: "" };
  const begin = changes.find((c) => c.after > standard);
  const end = changes.find((c) => c.after === standard);
  if (changes.length !== 2 || !begin || !end) {
    return {
      timezone: standard,
      rule: "none",
      note: `${zone} changes its clock ${changes.length} times in ${year}; no daylight-time rule of the switch fits, so it stays on standard time`,
    };
  }
  if (begin.after - standard !== 60) {
    return {
      timezone: standard,
      rule: "none",
      note: `${zone} moves its clock by ${begin.after - standard} minutes in summer; the switch moves it by an hour only, so it stays on standard time`,
    };
  }
  const b = sundayOfMonth(year, begin);
  const e = sundayOfMonth(year, end);
  if (begin.month === 3 && b === 2 && end.month === 11 && e === 1) {
    return { timezone: standard, rule: "continental-us-and-canada", note: "" };
  }
  if (begin.month === 3 && b === 5 && end.month === 10 && e === 5) {
    return { timezone: standard, rule: "western-europe", note: "" };
  }
  if (b !== undefined && e !== undefined) {
    return {
      timezone: standard,
      rule: `user-defined begin-date ${userDefinedDate(year, begin)} end-date ${userDefinedDate(year, end)}`,
      note: "",
    };
  }
  return {
    timezone: standard,
    rule: "none",
    note: `${zone} changes its clock on a weekday other than Sunday; the switch cannot follow it, so it stays on standard time`,
  };
}
