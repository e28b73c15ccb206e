/** PowerShell literals for the rendered scripts (Windows DHCP and DNS, Horizon). */

// PowerShell ends a single-quoted string at ' and also at the typographic quotes
// U+2018-U+201B (‘ ’ ‚ ‛); each is escaped by doubling it. "Children’s Room" must stay one string.
const SINGLE_QUOTES = /['\u2018-\u201B]/g;

/** A single-quoted string literal: nothing inside is expanded, whatever the text holds. */
export function psQuote(value: unknown): string {
  return `'${String(value).replace(SINGLE_QUOTES, "$&$&")}'`;
}

/** An array literal of single-quoted strings: `@('a', 'b')`. */
export function psArray(values: unknown): string {
  return `@(${(Array.isArray(values) ? values : [values]).map(psQuote).join(", ")})`;
}
