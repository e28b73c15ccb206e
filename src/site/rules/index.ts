/** Every validation rule, in the spec's order. */
import { ADDRESSING_RULES } from "./addressing.ts";
import { LATER_RULES } from "./later.ts";
import type { Rule } from "./rule.ts";
import { secretValues } from "./secrets.ts";

export type { Rule, RuleContext } from "./rule.ts";

/**
 * The rules the validator runs: R1-R15 (names, references, addressing), then R16-R33,
 * then the checks that look at every value (secrets written in by mistake).
 */
export const RULES: readonly Rule[] = [...ADDRESSING_RULES, ...LATER_RULES, secretValues];
