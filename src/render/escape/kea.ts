/**
 * Kea's configuration: JSON with `#` comments. Strings are JSON strings, but Kea's parser
 * knows only the escapes `\" \\ \/ \b \f \n \r \t` and `\u0000`-`\u00FF`, so a character
 * JSON would write as any other `\u` escape (an unpaired surrogate) is refused. Option data
 * is split by Kea at commas, and a backslash escapes the next character, so text option
 * values escape both before they become a JSON string.
 */
import { lineComments } from "./comment.ts";
import { EscapeError, shownValue } from "./escape-error.ts";
import { ipv4 } from "./tokens.ts";

/** A JSON string literal Kea reads back as exactly `value`. */
export function keaString(value: unknown): string {
  const text = String(value);
  const json = JSON.stringify(text);
  const unsupported = /\\u(?!00[0-9a-f]{2})[0-9a-f]{4}/i.exec(json);
  if (unsupported)
    throw new EscapeError(
      `${shownValue(text)} cannot be written in a Kea string (it holds ${unsupported[0]})`,
    );
  return json;
}

/** The `data` of a text option: one value, with commas and backslashes escaped for Kea. */
export function keaOptionText(value: unknown): string {
  return keaString(String(value).replace(/[\\,]/g, "\\$&"));
}

const IPV4_OR_NUMBER = /^(\d{1,3}(\.\d{1,3}){3}|\d+)$/;

/**
 * An option's `data`: a text option's one value, escaped for Kea's option data; or
 * addresses and numbers separated by commas.
 */
export function keaOptionData(values: unknown, text: unknown): string {
  const list = (Array.isArray(values) ? values : [values]).map(String);
  if (text === true) {
    if (list.length !== 1) throw new EscapeError("a text option takes exactly one value");
    return keaOptionText(list[0]);
  }
  const bad = list.find((v) => !IPV4_OR_NUMBER.test(v));
  if (bad !== undefined)
    throw new EscapeError(`${shownValue(bad)} is not an address or a number for Kea option data`);
  return keaString(list.join(", "));
}

/** A pool's range as Kea writes it, `first - last`, as a JSON string. */
export function keaPool(first: unknown, last: unknown): string {
  return keaString(`${ipv4(first)} - ${ipv4(last)}`);
}

/** `#` comment lines (one line of text, or a list of them). */
export function keaComment(lines: unknown): string {
  return lineComments(lines, "#");
}
