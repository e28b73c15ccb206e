/** Helpers for the DHCP and DNS server templates, PowerShell quoting above all. */
import type { HelperDelegate } from "handlebars";

/** A PowerShell single-quoted string: nothing inside is expanded; `'` is doubled. */
function psQuote(value: unknown): string {
  return `'${String(value).replaceAll("'", "''")}'`;
}

export const DHCP_HELPERS: Record<string, HelperDelegate> = {
  /** `{{psq name}}` → `'name'`, safe for any text. */
  psq: (value: unknown) => psQuote(value),
  /** `{{psArray list}}` → `@('a', 'b')`. */
  psArray: (list: unknown) => `@(${(Array.isArray(list) ? list : [list]).map(psQuote).join(", ")})`,
};
