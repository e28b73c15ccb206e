/** Rules R16-R31: switching; vSphere, directory and Azure; inventory and operations. */
import type { Rule } from "./rule.ts";

export const LATER_RULES: readonly Rule[] = [];
