/**
 * Values that are the same in every output format: numbers, IPv4 addresses and networks,
 * MAC addresses, true/false, and fixed keywords. They need no quoting because they can only
 * hold digits, letters, dots, colons, slashes and hyphens; anything else is refused, so a
 * template that prints a value through one of these can never print free text by mistake.
 */
import { isIPv6 } from "node:net";
import { EscapeError, shownValue } from "./escape-error.ts";

const OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const IPV4 = new RegExp(`^${OCTET}(\\.${OCTET}){3}$`);
const CIDR = new RegExp(`^${OCTET}(\\.${OCTET}){3}/(3[0-2]|[12]?\\d)$`);
const MAC = /^[0-9a-f]{2}([:-][0-9a-f]{2}){5}$/i;
/** Lower-case words joined by single spaces or hyphens: `udp`, `array of ip-address`. */
const KEYWORD = /^[a-z0-9]+([ -][a-z0-9]+)*$/;

function refuse(kind: string, value: unknown): never {
  throw new EscapeError(`${shownValue(String(value))} is not ${kind}`);
}

/** A whole number, printed in decimal. */
export function integer(value: unknown): string {
  if (typeof value !== "number" || !Number.isSafeInteger(value)) refuse("a whole number", value);
  return String(value);
}

/** An IPv4 address in dotted-quad form. */
export function ipv4(value: unknown): string {
  if (typeof value !== "string" || !IPV4.test(value)) refuse("an IPv4 address", value);
  return value;
}

/** An IPv6 address (hex digits, colons, and a dotted IPv4 tail when there is one). */
export function ipv6(value: unknown): string {
  if (typeof value !== "string" || !isIPv6(value) || !/^[0-9a-fA-F:.]+$/.test(value))
    refuse("an IPv6 address", value);
  return value;
}

/** An IPv4 network in CIDR form. */
export function cidr(value: unknown): string {
  if (typeof value !== "string" || !CIDR.test(value)) refuse("an IPv4 network", value);
  return value;
}

/** A MAC address of six hex pairs, as given (`:` or `-` between them). */
export function mac(value: unknown): string {
  if (typeof value !== "string" || !MAC.test(value)) refuse("a MAC address", value);
  return value;
}

/** `true` or `false`. */
export function bool(value: unknown): string {
  if (typeof value !== "boolean") refuse("true or false", value);
  return String(value);
}

/** A fixed keyword Carrel chose (`udp`, `array of ip-address`), never site text. */
export function keyword(value: unknown): string {
  if (typeof value !== "string" || !KEYWORD.test(value)) refuse("a keyword", value);
  return value;
}
