/** Helpers for ISC dhcpd's `dhcpd.conf`. */
import type { HelperDelegate } from "handlebars";
import { dhcpdComment, dhcpdName, dhcpdOptionValues, dhcpdString } from "../escape/dhcpd.ts";

/** The dhcpd.conf helpers, by name. */
export const DHCPD_HELPERS: Record<string, HelperDelegate> = {
  /** `{{dhcpdString host}}`: a quoted string dhcpd reads back exactly. */
  dhcpdString: (value: unknown) => dhcpdString(value),
  /** `{{dhcpdName host}}`: a bare name (host declaration, option name). */
  dhcpdName: (value: unknown) => dhcpdName(value),
  /** `{{dhcpdValues values text}}`: an option's values, strings quoted when `text`. */
  dhcpdValues: (values: unknown, text: unknown) => dhcpdOptionValues(values, text),
  /** `{{dhcpdComment lines}}`: `#` comment lines. */
  dhcpdComment: (lines: unknown) => dhcpdComment(lines),
};
