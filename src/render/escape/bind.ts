/**
 * BIND zone files (RFC 1035 master file format). In an owner name or a domain name in a
 * record, a character other than a letter, digit, hyphen or underscore is written as `\DDD`
 * (its byte in decimal), so no `;`, `(`, `$`, `@`, quote or white space can act; dots
 * separate labels. A TXT record's text is one or more quoted strings of at most 255 bytes,
 * with `"` and `\` escaped and bytes outside printable ASCII as `\DDD`. `;` starts a comment.
 */
import { txtStrings } from "../../site/model/txt.ts";
import { lineComments } from "./comment.ts";
import { integer, ipv4, ipv6 } from "./tokens.ts";
import { EscapeError, shownValue } from "./escape-error.ts";

const LABEL_MAX = 63;
const NAME_MAX = 255;

function escapeBytes(text: string, plain: RegExp): string {
  let out = "";
  for (const byte of Buffer.from(text, "utf8")) {
    const c = String.fromCharCode(byte);
    out += plain.test(c) ? c : `\\${String(byte).padStart(3, "0")}`;
  }
  return out;
}

/** A label with nothing to escape, as nearly every label is. */
const PLAIN_LABEL = /^[A-Za-z0-9_-]{1,63}$/;

/** One label, escaped. */
export function zoneLabel(label: string): string {
  if (PLAIN_LABEL.test(label)) return label;
  if (label === "" || Buffer.byteLength(label, "utf8") > LABEL_MAX)
    throw new EscapeError(`${shownValue(label)} cannot be one label of a DNS name`);
  return escapeBytes(label, /[A-Za-z0-9_-]/);
}

/** A relative or absolute name of plain labels, which is written as it is. */
const PLAIN_NAME = /^[A-Za-z0-9_-]{1,63}(?:\.[A-Za-z0-9_-]{1,63})*\.?$/;

/**
 * A domain name as written in a zone file: relative (`www`) or, ending in a dot, absolute.
 * `@` stands for the origin. Labels are escaped one by one.
 */
export function zoneName(value: unknown): string {
  const text = String(value);
  if (text === "@") return text;
  const absolute = text.endsWith(".");
  const bare = absolute ? text.slice(0, -1) : text;
  if (Buffer.byteLength(bare, "utf8") > NAME_MAX - 2)
    throw new EscapeError(`${shownValue(text)} is too long for a DNS name`);
  if (PLAIN_NAME.test(text)) return text;
  return bare.split(".").map(zoneLabel).join(".") + (absolute ? "." : "");
}

/** An owner name padded with spaces to `width`, to line records up in columns. */
export function zoneOwner(value: unknown, width: unknown): string {
  return zoneName(value).padEnd(typeof width === "number" ? width : 0);
}

/**
 * The data of a record, by its type: an address (A, AAAA), a domain name (PTR, NS, CNAME),
 * a priority and a name (MX), or quoted text (TXT).
 */
export function zoneRdata(record: { type?: unknown; value?: unknown; priority?: unknown }): string {
  switch (record.type) {
    case "A":
      return ipv4(record.value);
    case "AAAA":
      return ipv6(record.value);
    case "PTR":
    case "NS":
    case "CNAME":
      return zoneName(record.value);
    case "MX":
      return `${integer(record.priority)} ${zoneName(record.value)}`;
    case "TXT":
      return zoneTxt(record.value);
    default:
      throw new EscapeError(`a zone record of type ${shownValue(String(record.type))}`);
  }
}

/** The record types Carrel writes. */
const ZONE_TYPES: readonly unknown[] = ["A", "AAAA", "PTR", "NS", "CNAME", "MX", "TXT"];

/** A record type Carrel writes. */
export function zoneType(value: unknown): string {
  if (!ZONE_TYPES.includes(value))
    throw new EscapeError(`${shownValue(String(value))} is not a record type Carrel writes`);
  return value as string;
}

/**
 * The text of a TXT record: quoted strings of at most 255 bytes each, cut where the
 * model cuts them (`txtStrings`, the same strings Azure DNS publishes). `"` and `\` are
 * escaped with `\`, bytes outside printable ASCII as `\DDD`.
 */
export function zoneTxt(value: unknown): string {
  return txtStrings(String(value))
    .map((text) => {
      let out = "";
      for (const byte of Buffer.from(text, "utf8")) {
        if (byte === 0x22 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`;
        else if (byte >= 0x20 && byte <= 0x7e) out += String.fromCharCode(byte);
        else out += `\\${String(byte).padStart(3, "0")}`;
      }
      return `"${out}"`;
    })
    .join(" ");
}

/** A number in a zone file (serial, TTL). */
export const zoneNumber = integer;

/** `;` comment lines (one line of text, or a list of them). */
export function zoneComment(lines: unknown): string {
  return lineComments(lines, ";");
}
