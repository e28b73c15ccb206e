/** The building blocks of the change summary: values in words, field and list comparisons. */

/** A value in a sentence: lists joined, nothing as `nothing`. */
export function show(v: unknown): string {
  if (v === undefined || v === null) return "nothing";
  if (Array.isArray(v)) return v.length ? v.join(", ") : "none";
  return typeof v === "object" ? JSON.stringify(v) : String(v);
}

/** Whether two values are the same, deeply. */
export function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A field to compare: its key, its name in words and, if not `show`, how to word a value. */
export type Field<T> = readonly [
  key: keyof T & string,
  words: string,
  format?: (v: never) => string,
];

/** Field-by-field sentences: `label: cpus changed from 2 to 4`. */
export function fieldChanges<T extends object>(
  label: string,
  before: T,
  after: T,
  fields: readonly Field<T>[],
): string[] {
  return fields
    .filter(([key]) => !same(before[key], after[key]))
    .map(([key, words, format]) => {
      const word = (format ?? show) as (v: unknown) => string;
      return `${label}: ${words} changed from ${word(before[key])} to ${word(after[key])}`;
    });
}

/** Added, removed and changed entries of a keyed list. */
export function keyed<T>(
  before: readonly T[],
  after: readonly T[],
  key: (t: T) => string,
  describe: (t: T) => string,
  changed: (a: T, b: T) => string[],
): string[] {
  const old = new Map(before.map((t) => [key(t), t]));
  const now = new Map(after.map((t) => [key(t), t]));
  const out: string[] = [];
  for (const [k, t] of now) if (!old.has(k)) out.push(`${describe(t)} added`);
  for (const [k, t] of old) if (!now.has(k)) out.push(`${describe(t)} removed`);
  for (const [k, t] of now) {
    const o = old.get(k);
    if (o) out.push(...changed(o, t));
  }
  return out;
}
