/** Helpers for dnsmasq's configuration. */
import type { HelperDelegate } from "handlebars";
import {
  dnsmasqComment,
  dnsmasqList,
  dnsmasqOptionValue,
  dnsmasqQuote,
  dnsmasqValue,
} from "../escape/dnsmasq.ts";

/** The dnsmasq helpers, by name. */
export const DNSMASQ_HELPERS: Record<string, HelperDelegate> = {
  /** `{{dnsmasqQuote text}}`: a double-quoted value, read back exactly. */
  dnsmasqQuote: (value: unknown) => dnsmasqQuote(value),
  /** `{{dnsmasqValue path}}`: a plain word as it is, anything else quoted. */
  dnsmasqValue: (value: unknown) => dnsmasqValue(value),
  /** `{{dnsmasqList values}}`: plain words (addresses) joined by commas. */
  dnsmasqList: (values: unknown) => dnsmasqList(values),
  /** `{{dnsmasqOption values quoted}}`: an option's value, text quoted when `quoted`. */
  dnsmasqOption: (values: unknown, quoted: unknown) => dnsmasqOptionValue(values, quoted),
  /** `{{dnsmasqComment lines}}`: `#` comment lines. */
  dnsmasqComment: (lines: unknown) => dnsmasqComment(lines),
};
