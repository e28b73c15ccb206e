/**
 * ArubaOS-Switch (ProCurve) configuration files. A name is written in double quotes, and
 * the CLI has no escape for a double quote inside them (nor, safely, for a backslash), so a
 * value holding either, or any control character, cannot be written: the validator refuses
 * such names, and these functions refuse them too rather than change them silently. Lines
 * starting with `;` are comments.
 */
import { lineComments } from "./comment.ts";
import { EscapeError, shownValue } from "./escape-error.ts";

/** The longest quoted string the switch's CLI takes. */
export const ARUBA_STRING_MAX = 255;

/** A double-quoted CLI string that the switch reads back as exactly `value`. */
export function arubaQuote(value: unknown): string {
  const text = String(value);
  const bad = /["\\]|[^\x20-\x7e]/.exec(text);
  if (bad)
    throw new EscapeError(
      `${shownValue(text)} cannot be written as a switch name: the switch's quoted names take plain ASCII without " or \\`,
    );
  if (text.length > ARUBA_STRING_MAX)
    throw new EscapeError(`${shownValue(text)} is longer than the switch's ${ARUBA_STRING_MAX}`);
  return `"${text}"`;
}

/** `;` comment lines (one line of text, or a list of them). */
export function arubaComment(lines: unknown): string {
  return lineComments(lines, ";");
}
