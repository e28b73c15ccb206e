/** VDI desktop names expanded from a pool's `namePattern`. */
import type { VdiPool } from "../schema.ts";

/** The placeholders a pattern may hold, and their zero-padded widths. */
const PLACEHOLDER = /\{(n{1,3})\}/g;

/** The placeholders found in a pattern (`{nn}` → width 2). */
export function patternPlaceholders(pattern: string): number[] {
  return [...pattern.matchAll(PLACEHOLDER)].map((m) => m[1]!.length);
}

/** The name of desktop number `n` (1-based) for a pattern with one placeholder. */
export function desktopName(pattern: string, n: number): string {
  return pattern.replace(PLACEHOLDER, (_, ns: string) => String(n).padStart(ns.length, "0"));
}

/** Every desktop of a pool, in order: `PUB-01` … `PUB-24`. */
export function desktopNames(pool: Pick<VdiPool, "namePattern" | "count">): string[] {
  return Array.from({ length: pool.count }, (_, i) => desktopName(pool.namePattern, i + 1));
}
