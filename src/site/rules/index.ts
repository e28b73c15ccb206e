/** Every validation rule, in the spec's order. */
import { r01SiteCode } from "./r01-site-code.ts";
import type { Rule } from "./rule.ts";

export type { Rule, RuleContext } from "./rule.ts";

/** The rules the validator runs. */
export const RULES: readonly Rule[] = [r01SiteCode];
