/**
 * The helper table every template sees. Each output format keeps its helpers in its own
 * file, over the escaping module of that format; this table is the one place they are
 * joined, so a name clash is visible here. Templates are compiled with `knownHelpersOnly`:
 * a helper that is not in this table is a compile error.
 */
import type { HelperDelegate } from "handlebars";
import { BIND_HELPERS } from "./bind.ts";
import { COMMENT_HELPERS } from "./comment.ts";
import { DHCPD_HELPERS } from "./dhcpd.ts";
import { DNSMASQ_HELPERS } from "./dnsmasq.ts";
import { KEA_HELPERS } from "./kea.ts";
import { MARKDOWN_HELPERS } from "./markdown.ts";
import { POWERSHELL_HELPERS } from "./powershell.ts";
import { SWITCH_HELPERS } from "./switch.ts";
import { TEXT_HELPERS } from "./text.ts";
import { VALUE_HELPERS } from "./values.ts";

/** The helpers of each output format, by format. */
export const FORMAT_HELPERS = {
  values: VALUE_HELPERS,
  comment: COMMENT_HELPERS,
  kea: KEA_HELPERS,
  dhcpd: DHCPD_HELPERS,
  dnsmasq: DNSMASQ_HELPERS,
  powershell: POWERSHELL_HELPERS,
  bind: BIND_HELPERS,
  aruba: SWITCH_HELPERS,
  markdown: MARKDOWN_HELPERS,
  text: TEXT_HELPERS,
} as const;

/** An output format with helpers of its own. */
export type HelperFormat = keyof typeof FORMAT_HELPERS;

/** Every helper, by name: the table the engine registers. */
export const HELPERS: Record<string, HelperDelegate> = Object.assign(
  {},
  ...Object.values(FORMAT_HELPERS),
);

/** `knownHelpers` for Handlebars' compiler: every helper of the table. */
export const KNOWN_HELPERS: Record<string, true> = Object.fromEntries(
  Object.keys(HELPERS).map((name) => [name, true as const]),
);
