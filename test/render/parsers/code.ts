/**
 * What the config parsers return: statements made of structure (`{ code }`, as the program
 * reads it) and decoded text (plain strings: string literals and comments). Comparing two
 * parsed files with one value swapped in the text only tells whether the value stayed text.
 */

/** A piece of structure: a keyword, a bare word, punctuation. */
export interface Code {
  readonly code: string;
}

/** Structure, as opposed to decoded text. */
export const code = (text: string): Code => ({ code: text });

/**
 * `value` with every occurrence of `from` replaced by `to` in decoded text (plain strings),
 * never in structure (`{ code }`) or object keys.
 */
export function swapText(value: unknown, from: string, to: string): unknown {
  if (typeof value === "string") return value.split(from).join(to);
  if (Array.isArray(value)) return value.map((v) => swapText(v, from, to));
  if (value !== null && typeof value === "object") {
    if ("code" in value && Object.keys(value).length === 1) return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swapText(v, from, to)]));
  }
  return value;
}
