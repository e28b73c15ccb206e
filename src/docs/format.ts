/** Small wording helpers shared by the pages: counts, money, dates, spans of time, articles. */
import { MONTHS } from "../site/dates.ts";
import { monthsBetween } from "../site/index.ts";

/** `1 switch`, `3 switches`. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/**
 * An amount in the site's currency with its symbol: `$4,200`, `£99.50`, `CA$1,200`.
 * Always formatted the same way (en-US grouping), whatever the machine's locale, so the
 * docs stay byte-identical; cents only when the amount has them.
 */
export function money(n: number, currency: string): string {
  const cents = !Number.isInteger(n);
  const key = `${currency}/${cents}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat("en-US", {
      style: "currency",
      currency,
      minimumFractionDigits: cents ? 2 : 0,
      maximumFractionDigits: 2,
    });
    moneyFormats.set(key, format);
  }
  return format.format(n);
}

/** `2027-06-30` → `30 June 2027`. */
export function longDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** `07-01` → `1 July`. */
export function dayOfYear(monthDay: string): string {
  return longDate(`2000-${monthDay}`).replace(/ 2000$/, "");
}

/**
 * How long from one date to a later one, in the unit a person would say: `5 days`,
 * `3 weeks`, `2 months`, `1 year and 4 months`.
 */
export function spanWords(from: string, to: string, days: number): string {
  if (days < 14) return count(days, "day");
  const months = monthsBetween(from, to);
  if (months < 2) return count(Math.floor(days / 7), "week");
  if (months < 24) return count(months, "month");
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return rest ? `${count(years, "year")} and ${count(rest, "month")}` : count(years, "year");
}

/** Words that start with a vowel letter but a consonant sound ("a user", "a one-off"). */
const CONSONANT_SOUND = /^(uni|use|usu|uti|ure|eu|one|once)/i;
/** Letters whose name starts with a vowel sound, for abbreviations said letter by letter. */
const VOWEL_LETTERS = /^[AEFHILMNORSX]/;
/** Abbreviations said as words ("a LAG", "a NAS"), not letter by letter. */
const SAID_AS_WORDS = /^(LAG|LAN|NAS|SAN|SKU|RAM|SIM|SAAS|SaaS)$/;

/** `a` or `an` for the word that follows: "an access switch", "a core switch", "an SFP port". */
export function indefinite(phrase: string): string {
  const word = phrase.trim().split(/[\s-]/)[0] ?? "";
  const abbreviation = word.length > 1 && word === word.toUpperCase() && /[A-Z]/.test(word);
  const an =
    abbreviation && !SAID_AS_WORDS.test(word)
      ? VOWEL_LETTERS.test(word)
      : /^[aeiou]/i.test(word) && !CONSONANT_SOUND.test(word);
  return `${an ? "an" : "a"} ${phrase}`;
}

/** Fiscal years are a fact of the model; the pages name them through it. */
export { fiscalYear, type FiscalYear } from "../site/model/lifecycle.ts";
