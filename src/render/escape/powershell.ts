/**
 * PowerShell scripts (Windows DHCP and DNS, Horizon). Values are single-quoted strings, in
 * which nothing is expanded; the only character that ends one is a single quote, which
 * PowerShell also recognises in its typographic forms U+2018-U+201B, and each is escaped by
 * doubling it. `#` comments run to the end of the line; a `<# ... #>` block ends at the first
 * `#>`. Scripts are written with a UTF-8 byte order mark: Windows PowerShell 5.1 reads a
 * script without one in the ANSI code page, where the bytes of some UTF-8 characters are
 * typographic quotes that would end a string early.
 */
import { commentText, lineComments } from "./comment.ts";

// "Children’s Room" must stay one string.
const SINGLE_QUOTES = /['\u2018-\u201B]/g;
const HAS_SINGLE_QUOTE = /['\u2018-\u201B]/;

/** The byte order mark every generated script starts with. */
export const POWERSHELL_BOM = "\uFEFF";

/** A single-quoted string literal: nothing inside is expanded, whatever the text holds. */
export function psQuote(value: unknown): string {
  const text = String(value);
  // Most values hold no quote: one test is cheaper than a replace that finds nothing.
  return HAS_SINGLE_QUOTE.test(text) ? `'${text.replace(SINGLE_QUOTES, "$&$&")}'` : `'${text}'`;
}

/** An array literal of single-quoted strings: `@('a', 'b')`. */
export function psArray(values: unknown): string {
  return `@(${(Array.isArray(values) ? values : [values]).map(psQuote).join(", ")})`;
}

/** `$true` or `$false`. */
export function psBool(value: unknown): string {
  return value === true ? "$true" : "$false";
}

/** `#` comment lines (one line of text, or a list of them). */
export function psComment(lines: unknown): string {
  return lineComments(lines, "#");
}

/** Text inside a `<# ... #>` block: one line, and never `#>`, which would end the block. */
export function psBlockText(value: unknown): string {
  return commentText(value).replaceAll("#>", "# >");
}

/** A whole script as written to disk: with the byte order mark. */
export function powershellFile(content: string): string {
  return content.startsWith(POWERSHELL_BOM) ? content : POWERSHELL_BOM + content;
}
