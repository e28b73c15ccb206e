/**
 * The helper table every template sees. Each domain keeps its helpers in its own file;
 * this table is the one place they are joined, so a name clash is visible here.
 */
import type { HelperDelegate } from "handlebars";
import { DHCP_HELPERS } from "./dhcp.ts";
import { DNS_HELPERS } from "./dns.ts";
import { SWITCH_HELPERS } from "./switch.ts";
import { TEXT_HELPERS } from "./text.ts";

export const HELPERS: Record<string, HelperDelegate> = {
  ...TEXT_HELPERS,
  ...DHCP_HELPERS,
  ...DNS_HELPERS,
  ...SWITCH_HELPERS,
};
