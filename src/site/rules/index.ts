/** Every validation rule, in the spec's order. */
import { ADDRESSING_RULES } from "./addressing.ts";
import { LATER_RULES } from "./later.ts";
import type { Rule } from "./rule.ts";

export type { Rule, RuleContext } from "./rule.ts";

/** The rules the validator runs: R1-R15 (names, references, addressing), then R16-R32. */
export const RULES: readonly Rule[] = [...ADDRESSING_RULES, ...LATER_RULES];
