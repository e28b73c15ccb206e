/**
 * What an IANA time zone's clock does, read from the platform's time zone data through `Intl`:
 * the offset from UTC at an instant, and every change of offset in a year (to the minute).
 * Results are cached per zone and year: a site has one zone, and every switch, the validator
 * and the docs ask about it.
 */

/** One day and one minute, in milliseconds. */
export const DAY = 86_400_000;
export const MINUTE = 60_000;

/** A change of a zone's offset. */
export interface ZoneTransition {
  /** The first instant (ms since the epoch, UTC) at the new offset. */
  readonly at: number;
  /** Minutes east of UTC before and after. */
  readonly before: number;
  readonly after: number;
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();
const yearly = new Map<string, readonly ZoneTransition[]>();

/** The formatter that names a zone's offset, or undefined for a zone the platform lacks. */
function formatter(zone: string): Intl.DateTimeFormat | undefined {
  let format = formatters.get(zone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
    } catch {
      format = null;
    }
    formatters.set(zone, format);
  }
  return format ?? undefined;
}

/** Whether the platform knows the zone. */
export function knownZone(zone: string): boolean {
  return formatter(zone) !== undefined;
}

/** Minutes east of UTC in `zone` at the instant `utc` (ms). The zone must be known. */
export function zoneOffset(zone: string, utc: number): number {
  const format = formatter(zone);
  if (!format) throw new Error(`unknown time zone ${zone}`);
  // format() and the name at its end: formatToParts() costs twice as much, and a switch's
  // clock rule looks at every day of the judged years.
  const name = /GMT\S*$/.exec(format.format(utc))?.[0];
  // Local mean time before a zone's first standard offset carries seconds: GMT-04:56:02.
  const m = /^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?)?$/.exec(name ?? "");
  if (!m) throw new Error(`unexpected time zone name ${name}`);
  if (!m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0) + Math.round(Number(m[4] ?? 0) / 60);
  return m[1] === "-" ? -minutes : minutes;
}

/**
 * How far apart the year is first sampled. Every zone the platform knows keeps an offset for
 * weeks between two changes (the shortest, Ramadan pauses of daylight time, last about a
 * month), so a week that starts and ends at one offset holds no change; a test checks this
 * against a day-by-day search for every zone.
 */
const SCAN = 7 * DAY;

/**
 * The first minute in `(lo, hi]` at which `zone` no longer has the offset `previous`, which
 * it has at `lo` and not at `hi`: a binary search.
 */
export function changeWithin(zone: string, lo: number, hi: number, previous: number): number {
  while (hi - lo > MINUTE) {
    const mid = lo + Math.max(1, Math.floor((hi - lo) / 2 / MINUTE)) * MINUTE;
    if (zoneOffset(zone, mid) === previous) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * Every offset change of `zone` during the UTC calendar year: the year is sampled week by
 * week, a week whose offset changed day by day, and a day whose offset changed to the minute.
 */
export function zoneTransitions(zone: string, year: number): readonly ZoneTransition[] {
  const key = `${zone}\u0000${year}`;
  const cached = yearly.get(key);
  if (cached) return cached;
  const found: ZoneTransition[] = [];
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  let previous = zoneOffset(zone, start);
  for (let week = start; week < end; week += SCAN) {
    const weekEnd = Math.min(week + SCAN, end);
    if (zoneOffset(zone, weekEnd) === previous) continue;
    for (let t = week + DAY; t <= weekEnd; t += DAY) {
      const offset = zoneOffset(zone, Math.min(t, end));
      if (offset === previous) continue;
      const hi = changeWithin(zone, t - DAY, Math.min(t, end), previous);
      if (hi < end) found.push({ at: hi, before: previous, after: offset });
      previous = offset;
    }
  }
  yearly.set(key, found);
  return found;
}

/** Every offset change of `zone` in the instants `[from, to)`. */
export function zoneTransitionsBetween(zone: string, from: number, to: number): ZoneTransition[] {
  const out: ZoneTransition[] = [];
  for (let y = new Date(from).getUTCFullYear(); y <= new Date(to).getUTCFullYear(); y++)
    out.push(...zoneTransitions(zone, y).filter((t) => t.at >= from && t.at < to));
  return out;
}
