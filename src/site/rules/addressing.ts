/** Rules R1-R15: names, references and addressing. */
import { r01SiteCode } from "./r01-site-code.ts";
import type { Rule } from "./rule.ts";

export const ADDRESSING_RULES: readonly Rule[] = [r01SiteCode];
