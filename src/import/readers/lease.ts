/** Lease times as site.yaml writes them: `8h`, `30m`, `2d`, or seconds. */

/** Seconds as the shortest site.yaml duration that says them exactly: 28800 → `8h`. */
export function leaseText(seconds: number): string | number {
  if (seconds > 0 && seconds % 86400 === 0 && seconds >= 2 * 86400) return `${seconds / 86400}d`;
  if (seconds > 0 && seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds > 0 && seconds % 60 === 0) return `${seconds / 60}m`;
  return seconds;
}
