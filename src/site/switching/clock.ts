/**
 * The least-wrong ArubaOS-Switch clock for an IANA time zone, and when it will be wrong.
 *
 * The switch's clock is a standard offset plus one daylight-time rule that changes at 02:00
 * local time on Sundays (see `clock-rules.ts`). Many zones change at another hour (the EU at
 * 01:00 UTC) or on other days, and a named rule may pick the wrong Sunday in some years. So
 * every form the switch can hold is tried against the zone's real offsets over ten fixed years
 * (`RULE_YEAR` onwards, so the output does not change on New Year's Day), and the one that is
 * wrong for the fewest minutes wins; a named rule wins a tie with the equivalent user-defined
 * dates, and no rule wins a tie with any rule. The choice is cached per zone.
 */
import {
  NAMED_RULES,
  ruleArgument,
  switchChanges,
  switchOffset,
  type RuleDate,
  type SwitchDstRule,
} from "./clock-rules.ts";
import { knownZone, MINUTE, zoneOffset, zoneTransitionsBetween } from "./zone-offsets.ts";

/** The first year whose rules decide the choice. Fixed, so rendering stays deterministic. */
export const RULE_YEAR = 2026;
/** How many years from `RULE_YEAR` the choice is judged on. */
export const RULE_YEARS = 10;

/** Clock settings for the switches of a site. */
export interface ArubaClock {
  readonly zone: string;
  /** Standard offset, minutes east of UTC (`time timezone`). */
  readonly timezone: number;
  readonly dstRule: SwitchDstRule;
  /** Argument of `time daylight-time-rule`. */
  readonly rule: string;
  /** Whether the switch shows the zone's time at every instant of the judged years. */
  readonly exact: boolean;
  /** One line on how far off the switch gets, for a comment in the file; empty when exact. */
  readonly note: string;
}

/** A stretch of time when the switch's clock differs from the zone's. */
export interface ClockMismatch {
  /** UTC ms, start inclusive, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** Minutes east of UTC the switch shows, and the zone's real offset. */
  readonly switchOffset: number;
  readonly zoneOffset: number;
}

const cache = new Map<string, ArubaClock>();

/** When the switch's clock (offset `standard`, rule `rule`) differs from the zone's in `[from, to)`. */
function mismatchesOf(
  zone: string,
  standard: number,
  rule: SwitchDstRule,
  from: number,
  to: number,
): ClockMismatch[] {
  const events = [
    ...zoneTransitionsBetween(zone, from, to).map((t) => ({ at: t.at, zone: t.after })),
    ...switchChanges(rule, standard, from, to).map((c) => ({ at: c.at, sw: c.after })),
  ].sort((a, b) => a.at - b.at);
  const out: ClockMismatch[] = [];
  let t = from;
  let z = zoneOffset(zone, from);
  let s = switchOffset(rule, standard, from);
  const close = (until: number) => {
    if (until <= t || z === s) return;
    const last = out[out.length - 1];
    if (last && last.end === t && last.switchOffset === s && last.zoneOffset === z)
      out[out.length - 1] = { ...last, end: until };
    else out.push({ start: t, end: until, switchOffset: s, zoneOffset: z });
  };
  for (const e of events) {
    close(e.at);
    t = Math.max(t, e.at);
    if ("zone" in e) z = e.zone;
    else s = e.sw;
  }
  close(to);
  return out;
}

/** How wrong a clock is overall: minutes wrong times minutes of error. */
function cost(mismatches: readonly ClockMismatch[]): number {
  return mismatches.reduce(
    (sum, m) => sum + ((m.end - m.start) / MINUTE) * Math.abs(m.switchOffset - m.zoneOffset),
    0,
  );
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The rule dates that land on the Sundays around a change of the zone's clock. */
function candidateDates(at: number, before: number): RuleDate[] {
  const local = new Date(at - MINUTE + before * MINUTE);
  const weekday = local.getUTCDay();
  const sundays = weekday === 0 ? [0] : [-weekday, 7 - weekday];
  return sundays.flatMap((shift) => {
    const d = new Date(
      Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + shift),
    );
    const month = d.getUTCMonth() + 1;
    const day = d.getUTCDate();
    const dates: RuleDate[] = [];
    if (day <= 28) dates.push({ month, day: 1 + 7 * (Math.ceil(day / 7) - 1) });
    if (day + 7 > daysInMonth(d.getUTCFullYear(), month))
      dates.push({ month, day: daysInMonth(d.getUTCFullYear(), month) - 6 });
    return dates;
  });
}

function uniqueDates(dates: readonly RuleDate[]): RuleDate[] {
  const seen = new Map(dates.map((d) => [`${d.month}/${d.day}`, d]));
  return [...seen.values()];
}

/** Every clock the switch could be given for the zone, in order of preference on a tie. */
function candidates(zone: string, from: number, to: number) {
  const changes = zoneTransitionsBetween(zone, from, to);
  const offsets = [...new Set([zoneOffset(zone, from), ...changes.map((c) => c.after)])].sort(
    (a, b) => a - b,
  );
  const none: SwitchDstRule = { kind: "none" };
  const list: { standard: number; rule: SwitchDstRule }[] = offsets.map((standard) => ({
    standard,
    rule: none,
  }));
  for (const standard of offsets.filter((o) => offsets.includes(o + 60))) {
    for (const rule of NAMED_RULES) list.push({ standard, rule });
    const forward = changes.filter((c) => c.before === standard && c.after === standard + 60);
    const back = changes.filter((c) => c.before === standard + 60 && c.after === standard);
    const begins = uniqueDates(forward.flatMap((c) => candidateDates(c.at, c.before)));
    const ends = uniqueDates(back.flatMap((c) => candidateDates(c.at, c.before)));
    for (const begin of begins)
      for (const end of ends) list.push({ standard, rule: { kind: "user-defined", begin, end } });
  }
  return list;
}

/** The judged years, as UTC instants. */
export function ruleWindow(): { from: number; to: number } {
  return { from: Date.UTC(RULE_YEAR, 0, 1), to: Date.UTC(RULE_YEAR + RULE_YEARS, 0, 1) };
}

/** The clock settings for an IANA zone (cached). */
export function arubaClock(zone: string): ArubaClock {
  const cached = cache.get(zone);
  if (cached) return cached;
  let clock: ArubaClock;
  if (!knownZone(zone)) {
    clock = {
      zone,
      timezone: 0,
      dstRule: { kind: "none" },
      rule: "none",
      exact: false,
      note: `time zone '${zone}' is not known here, so the switch keeps UTC`,
    };
  } else {
    const { from, to } = ruleWindow();
    let best: { standard: number; rule: SwitchDstRule; cost: number } | undefined;
    for (const c of candidates(zone, from, to)) {
      const total = cost(mismatchesOf(zone, c.standard, c.rule, from, to));
      if (!best || total < best.cost) best = { ...c, cost: total };
    }
    const chosen = best!;
    const inYear = mismatchesOf(
      zone,
      chosen.standard,
      chosen.rule,
      from,
      Date.UTC(RULE_YEAR + 1, 0, 1),
    );
    clock = {
      zone,
      timezone: chosen.standard,
      dstRule: chosen.rule,
      rule: ruleArgument(chosen.rule),
      exact: chosen.cost === 0,
      note: chosen.cost === 0 ? "" : clockNote(zone, inYear),
    };
  }
  cache.set(zone, clock);
  return clock;
}

/** When the switches' clock differs from the zone's in `[from, to)` (UTC ms). */
export function clockMismatches(clock: ArubaClock, from: number, to: number): ClockMismatch[] {
  if (!knownZone(clock.zone)) return [];
  return mismatchesOf(clock.zone, clock.timezone, clock.dstRule, from, to);
}

/** `30 minutes`, `1 hour`, `2 hours 30 minutes`, `3 days`. */
export function spanWords(minutes: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (minutes >= 2 * 24 * 60) return plural(Math.round(minutes / (24 * 60)), "day");
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes % 60);
  return [hours ? plural(hours, "hour") : "", rest ? plural(rest, "minute") : ""]
    .filter(Boolean)
    .join(" ");
}

function clockNote(zone: string, inYear: readonly ClockMismatch[]): string {
  if (inYear.length === 0) return "";
  const worst = Math.max(...inYear.map((m) => Math.abs(m.switchOffset - m.zoneOffset)));
  const total = inYear.reduce((sum, m) => sum + (m.end - m.start) / MINUTE, 0);
  return `the switch changes its clock by one hour at 02:00 on Sundays and ${zone} does not always, so in ${RULE_YEAR} it is off by up to ${spanWords(worst)} for ${spanWords(total)} in all`;
}

/** `2027-10-31 02:00 for 1 hour (1 hour behind)`, in the zone's own local time. */
export function mismatchWords(m: ClockMismatch): string {
  const local = new Date(m.start + m.zoneOffset * MINUTE).toISOString();
  const error = m.switchOffset - m.zoneOffset;
  return `${local.slice(0, 10)} ${local.slice(11, 16)} for ${spanWords((m.end - m.start) / MINUTE)} (${spanWords(Math.abs(error))} ${error > 0 ? "ahead" : "behind"})`;
}
