/** Helpers for values every format writes alike: numbers, addresses, true/false, keywords. */
import type { HelperDelegate } from "handlebars";
import { bool, cidr, integer, ipv4, keyword, mac } from "../escape/tokens.ts";

/** The plain-value helpers, by name. */
export const VALUE_HELPERS: Record<string, HelperDelegate> = {
  /** `{{asNumber leaseSeconds}}`: a whole number. */
  asNumber: (value: unknown) => integer(value),
  /** `{{asIp address}}`: an IPv4 address. */
  asIp: (value: unknown) => ipv4(value),
  /** `{{asCidr subnet}}`: an IPv4 network, `10.20.20.0/23`. */
  asCidr: (value: unknown) => cidr(value),
  /** `{{asMac hw}}`: a MAC address. */
  asMac: (value: unknown) => mac(value),
  /** `{{asBool flag}}`: `true` or `false`. */
  asBool: (value: unknown) => bool(value),
  /** `{{asKeyword type}}`: a fixed keyword Carrel chose, such as `udp`. */
  asKeyword: (value: unknown) => keyword(value),
};
