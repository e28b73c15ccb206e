/** Small helpers shared by the rules. */
import type { Path } from "../issue.ts";

/** One named thing and where it is written. */
export interface Named {
  readonly name: string;
  readonly path: Path;
}

/**
 * The later occurrences of names already seen, each with the first one's name as written.
 * `fold` decides when two names are the same (case-insensitive by default for hostnames).
 */
export function repeats<T extends Named>(
  items: readonly T[],
  fold: (name: string) => string = (n) => n,
): { item: T; first: T }[] {
  const seen = new Map<string, T>();
  const out: { item: T; first: T }[] = [];
  for (const item of items) {
    const key = fold(item.name);
    const first = seen.get(key);
    if (first) out.push({ item, first });
    else seen.set(key, item);
  }
  return out;
}

/** Case-insensitive comparison key. */
export const lower = (name: string) => name.toLowerCase();

/** Joins names for a message: `'a', 'b' and 'c'`. */
export function listNames(names: readonly string[]): string {
  const quoted = names.map((n) => `'${n}'`);
  return quoted.length <= 1
    ? (quoted[0] ?? "")
    : `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}
