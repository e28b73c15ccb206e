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

/** The longest login banner the switch keeps, line breaks included. */
export const ARUBA_BANNER_MAX = 3070;

/**
 * `banner motd` text: a double-quoted string that may span lines (the switch keeps the line
 * breaks), plain ASCII without `"` or `\`, so nothing in it can end the string and add a
 * command. No line starts with `;` or `!`, which a configuration file reads as a comment.
 * Anything else is refused, never changed.
 */
export function arubaBanner(value: unknown): string {
  const text = String(value);
  const bad = /["\\]|[^\x20-\x7e\n]|(^|\n)\s*[;!]/.exec(text);
  if (bad)
    throw new EscapeError(
      `${shownValue(text)} cannot be written as a switch banner: it takes plain ASCII lines without " or \\, none starting with ; or !`,
    );
  if (text.length > ARUBA_BANNER_MAX)
    throw new EscapeError(`${shownValue(text)} is longer than the switch's ${ARUBA_BANNER_MAX}`);
  return `"${text}"`;
}

/** `;` comment lines (one line of text, or a list of them). */
export function arubaComment(lines: unknown): string {
  return lineComments(lines, ";");
}

/** Words joined by single spaces (no capture: every ACL entry of a core is checked). */
const COMMAND_WORDS = /^[A-Za-z0-9./:,#-]+(?: [A-Za-z0-9./:,#-]+)*$/;

/**
 * Words of a command Carrel built itself, not site text: a daylight-time rule, an ACL entry,
 * an address and mask, a port or trunk name. Letters, digits, spaces and `. / : , # -` only;
 * anything else (a quote, a `;`, a line break) is refused, so such a value can never add a
 * command or a comment.
 */
export function arubaWords(value: unknown): string {
  const text = typeof value === "number" ? String(value) : value;
  if (typeof text !== "string" || !COMMAND_WORDS.test(text))
    throw new EscapeError(`${shownValue(String(value))} is not words of a switch command`);
  return text;
}

/** An HPE product number (`JL256A`) and a release (`WC.16.11.0025`). */
export interface EditorIdentity {
  readonly productNumber: string | undefined;
  readonly release: string | undefined;
}

/**
 * The line a switch checks first in a configuration file it downloads:
 * `; JL256A Configuration Editor; Created on release #WC.16.11.0025`, with its line break;
 * empty when the product number or release is not known.
 */
export function arubaEditorLine(identity: EditorIdentity): string {
  const { productNumber, release } = identity;
  if (productNumber === undefined || release === undefined) return "";
  if (!/^[A-Za-z0-9]{4,10}$/.test(productNumber))
    throw new EscapeError(`${shownValue(productNumber)} is not an HPE product number`);
  if (!/^[A-Z]{1,3}\.\d{2}\.\d{2}\.\d{4}[a-z]?$/.test(release))
    throw new EscapeError(`${shownValue(release)} is not an ArubaOS-Switch release`);
  return `; ${productNumber} Configuration Editor; Created on release #${release}\n`;
}
