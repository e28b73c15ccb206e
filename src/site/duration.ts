/**
 * Durations as site.yaml writes them (`8h`, `30m`, `1d`, `2w`, `45s`, or a number of
 * seconds): the one pattern, its conversion to seconds, the lease limits every DHCP
 * server Carrel renders for accepts, and the words the docs and change summary use.
 */

/** Seconds in each unit a duration may carry; no unit means seconds. */
export const DURATION_UNITS = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 } as const;

/** A whole number and an optional unit: `8h`, `30 m`, `45`. */
export const DURATION_PATTERN = /^(\d+) *([smhdw]?)$/;

/**
 * The lease times all four DHCP servers accept. dnsmasq hands out no lease shorter than
 * two minutes (it silently lengthens one), and the Windows DHCP console takes at most
 * 999 days, 23 hours and 59 minutes; Kea and ISC dhcpd take any 32-bit number of seconds.
 */
export const LEASE_LIMITS = {
  minSeconds: 2 * 60,
  maxSeconds: 999 * 86_400 + 23 * 3600 + 59 * 60,
} as const;

/** Seconds of a duration as written; `undefined` when it is not one. */
export function durationSeconds(value: string | number): number | undefined {
  if (typeof value === "number") return Number.isSafeInteger(value) ? value : undefined;
  const match = DURATION_PATTERN.exec(value.trim());
  if (!match) return undefined;
  const unit = (match[2] || "s") as keyof typeof DURATION_UNITS;
  return Number(match[1]) * DURATION_UNITS[unit];
}

const UNIT_WORDS: readonly (readonly [number, string])[] = [
  [DURATION_UNITS.w, "week"],
  [DURATION_UNITS.d, "day"],
  [DURATION_UNITS.h, "hour"],
  [DURATION_UNITS.m, "minute"],
  [DURATION_UNITS.s, "second"],
];

/**
 * A number of seconds in words, in the largest unit that divides it: 28800 → `8 hours`,
 * 86400 → `1 day`, 5400 → `90 minutes`.
 */
export function durationWords(seconds: number): string {
  const [size, word] = UNIT_WORDS.find(([size]) => seconds % size === 0) ?? UNIT_WORDS[4]!;
  const n = seconds / size;
  return `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
}
