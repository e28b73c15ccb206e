/**
 * `site.currency` is an ISO 4217 code the docs can print every cost in. (Not one of the
 * spec's numbered rules; it guards the key the way the time-zone rule guards its own.)
 */
import { error } from "../issue.ts";
import { didYouMean } from "../suggest.ts";
import type { Rule } from "./rule.ts";

/** Every currency code this Node.js knows (ISO 4217). */
const CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf("currency"));

/** Symbols people write instead of the code, and the code they usually mean. */
const SYMBOLS: Readonly<Record<string, string>> = { $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY" };

/** Whether a code is one the docs can format. */
export function isCurrencyCode(code: string): boolean {
  return CODES.has(code);
}

/** The rule: `site.currency` is a code the docs can format. */
export const siteCurrency: Rule = {
  id: "currency",
  title: "site.currency is an ISO 4217 currency code",
  check(site) {
    const code = site.site.currency;
    if (isCurrencyCode(code)) return [];
    const path = ["site", "currency"];
    const upper = code.trim().toUpperCase();
    const hint = isCurrencyCode(upper)
      ? `; write it in capitals: ${upper}`
      : Object.hasOwn(SYMBOLS, code.trim())
        ? `; write the code, not the symbol: ${SYMBOLS[code.trim()]}`
        : didYouMean(upper, CODES) || "; write a three-letter code such as USD, CAD, EUR or GBP";
    return [error("currency", path, `'${code}' is not an ISO 4217 currency code${hint}`)];
  },
};
