/** Lease times from site.yaml (`8h`, `30m`, `1d`, `2w`, `45s`, or seconds) as seconds. */
import type { VlanDhcp } from "../../site/index.ts";
import { DhcpConfigError } from "./errors.ts";

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/** Seconds of a duration written as in site.yaml; a bare number counts seconds. */
export function durationSeconds(value: VlanDhcp["leaseTime"]): number {
  if (typeof value === "number") return value;
  const match = /^(\d+)\s*([smhdw]?)$/.exec(value.trim());
  if (!match) throw new DhcpConfigError(`'${value}' is not a duration; write it like 8h or 30m`);
  const seconds = Number(match[1]) * UNIT_SECONDS[match[2] || "s"]!;
  if (seconds <= 0 || seconds > 0xffffffff)
    throw new DhcpConfigError(`a lease time of '${value}' is out of range`);
  return seconds;
}
