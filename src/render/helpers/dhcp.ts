/** Helpers for the DHCP and DNS server templates, PowerShell quoting above all. */
import type { HelperDelegate } from "handlebars";

import { psArray, psQuote } from "../powershell.ts";

export const DHCP_HELPERS: Record<string, HelperDelegate> = {
  /** `{{psq name}}` → `'name'`, safe for any text. */
  psq: (value: unknown) => psQuote(value),
  /** `{{psArray list}}` → `@('a', 'b')`. */
  psArray: (list: unknown) => psArray(list),
};
