/**
 * ISC dhcpd's `dhcpd.conf`. Quoted strings end at `"` and take backslash escapes (`\"`,
 * `\\`, `\t`, `\n`, octal `\NNN`); any other byte stands for itself. dhcpd reads a quoted
 * string into a buffer of 1,500 bytes. Host declaration names and option names are bare
 * identifiers: letters, digits and hyphens only.
 */
import { isAsciiControl, lineComments } from "./comment.ts";
import { EscapeError, shownValue } from "./escape-error.ts";

/** dhcpd's buffer for one quoted string, less a margin for the quotes. */
const STRING_MAX_BYTES = 1400;

/** A double-quoted string dhcpd reads back as exactly `value`. */
export function dhcpdString(value: unknown): string {
  const text = String(value);
  const body = [...text]
    .map((c) =>
      c === "\\" || c === '"'
        ? `\\${c}`
        : isAsciiControl(c)
          ? `\\${c.charCodeAt(0).toString(8).padStart(3, "0")}`
          : c,
    )
    .join("");
  if (Buffer.byteLength(body, "utf8") > STRING_MAX_BYTES)
    throw new EscapeError(`${shownValue(text)} is too long for a dhcpd string`);
  return `"${body}"`;
}

/** A bare name: a host declaration's name, an option's name. */
export function dhcpdName(value: unknown): string {
  const text = String(value);
  if (!/^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$/.test(text))
    throw new EscapeError(`${shownValue(text)} cannot be a name in dhcpd.conf`);
  return text;
}

/** `#` comment lines (one line of text, or a list of them). */
export function dhcpdComment(lines: unknown): string {
  return lineComments(lines, "#");
}

const IPV4_OR_NUMBER = /^(\d{1,3}(\.\d{1,3}){3}|\d+)$/;

/**
 * An option's values as dhcpd writes them, separated by commas: quoted strings for text
 * options, addresses and numbers as they are.
 */
export function dhcpdOptionValues(values: unknown, text: unknown): string {
  const list = (Array.isArray(values) ? values : [values]).map(String);
  if (text === true) return list.map(dhcpdString).join(", ");
  const bad = list.find((v) => !IPV4_OR_NUMBER.test(v));
  if (bad !== undefined)
    throw new EscapeError(`${shownValue(bad)} is not an address or a number for dhcpd.conf`);
  return list.join(", ");
}
