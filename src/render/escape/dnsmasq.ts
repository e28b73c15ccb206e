/**
 * dnsmasq's configuration: one `option=value` a line, read 1,024 bytes at a time. A `#`
 * after white space starts a comment; commas separate the parts of a value. Inside double
 * quotes every character is literal (commas too) except `\"`, `\\` and `\t \n \r \b \e`.
 * Bare words are written as they are; anything else is quoted.
 */
import { isAsciiControl, lineComments } from "./comment.ts";
import { EscapeError, shownValue } from "./escape-error.ts";

/** dnsmasq reads at most this many bytes of a line (its buffer less the end of line). */
const LINE_MAX_BYTES = 1000;

/** Characters a bare value may hold: no space, comma, quote, `#`, `=` or backslash. */
const BARE = /^[A-Za-z0-9._:/@+*-]+$/;

/** A double-quoted value dnsmasq reads back as exactly `value`, commas and `#` included. */
export function dnsmasqQuote(value: unknown): string {
  const text = String(value);
  if ([...text].some(isAsciiControl))
    throw new EscapeError(`${shownValue(text)} holds a control character dnsmasq cannot read`);
  const quoted = `"${text.replace(/[\\"]/g, "\\$&")}"`;
  if (Buffer.byteLength(quoted, "utf8") > LINE_MAX_BYTES)
    throw new EscapeError(`${shownValue(text)} is too long for a dnsmasq line`);
  return quoted;
}

/** One part of a value: written bare when it is a plain word, else quoted. */
export function dnsmasqValue(value: unknown): string {
  const text = String(value);
  return BARE.test(text) ? text : dnsmasqQuote(text);
}

/** Parts of a value, each a plain word (addresses, names), joined by commas. */
export function dnsmasqList(values: unknown): string {
  const list = (Array.isArray(values) ? values : [values]).map(String);
  const bad = list.find((v) => !BARE.test(v));
  if (bad !== undefined)
    throw new EscapeError(`${shownValue(bad)} cannot be one part of a dnsmasq list`);
  return list.join(",");
}

/**
 * An option's value: text in quotes, so that dnsmasq takes it whole and as text; addresses,
 * numbers and names as plain words joined by commas.
 */
export function dnsmasqOptionValue(values: unknown, quoted: unknown): string {
  const list = (Array.isArray(values) ? values : [values]).map(String);
  if (quoted !== true) return dnsmasqList(list);
  if (list.length !== 1) throw new EscapeError("a text option takes exactly one value");
  return dnsmasqQuote(list[0]);
}

/** `#` comment lines (one line of text, or a list of them). */
export function dnsmasqComment(lines: unknown): string {
  return lineComments(lines, "#");
}
