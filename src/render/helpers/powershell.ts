/** Helpers for the PowerShell scripts (Windows DHCP and DNS, Horizon). */
import type { HelperDelegate } from "handlebars";
import { psArray, psBlockText, psBool, psComment, psQuote } from "../escape/powershell.ts";

/** The PowerShell helpers, by name. */
export const POWERSHELL_HELPERS: Record<string, HelperDelegate> = {
  /** `{{psq name}}` → `'name'`, safe for any text. */
  psq: (value: unknown) => psQuote(value),
  /** `{{psArray list}}` → `@('a', 'b')`. */
  psArray: (list: unknown) => psArray(list),
  /** `{{psBool flag}}` → `$true` or `$false`. */
  psBool: (value: unknown) => psBool(value),
  /** `{{psComment lines}}`: `#` comment lines. */
  psComment: (lines: unknown) => psComment(lines),
  /** `{{psBlockText text}}`: text inside a `<# ... #>` block. */
  psBlockText: (value: unknown) => psBlockText(value),
};
