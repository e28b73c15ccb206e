/** Small wording helpers shared by the pages: counts, amounts, dates and fiscal years. */
import { MONTHS } from "../site/dates.ts";

/** `1 switch`, `3 switches`. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

/** An amount of money with thousands separators (the site does not name its currency). */
export function amount(n: number): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

/** `2027-06-30` → `30 June 2027`. */
export function longDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** Adds whole years to a YYYY-MM-DD date (29 February becomes 28 February). */
export function addYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  let rest = date.slice(4);
  if (rest === "-02-29" && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) rest = "-02-28";
  return `${y}${rest}`;
}

/** A fiscal year, named by the calendar year it ends in. */
export interface FiscalYear {
  readonly name: string;
  readonly year: number;
  /** First and last day, YYYY-MM-DD. */
  readonly first: string;
  readonly last: string;
}

/** The fiscal year that holds `date`, for a year starting on `starts` (MM-DD). */
export function fiscalYear(date: string, starts: string): FiscalYear {
  const y = Number(date.slice(0, 4));
  const startYear = date.slice(5) >= starts ? y : y - 1;
  const first = `${startYear}-${starts}`;
  const endYear = starts === "01-01" ? startYear : startYear + 1;
  const next = new Date(
    Date.UTC(startYear + 1, Number(starts.slice(0, 2)) - 1, Number(starts.slice(3))),
  );
  next.setUTCDate(next.getUTCDate() - 1);
  return { name: `FY${endYear}`, year: endYear, first, last: next.toISOString().slice(0, 10) };
}
