/** Calendar words shared by the rules' messages and the docs. */

/** The months' names, January first: `MONTHS[m - 1]` for a 1-based month. */
export const MONTHS: readonly string[] = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * Why `YYYY-MM-DD` text is not a real calendar date ("February 2027 has 28 days"), or
 * undefined when it is one. The schema has already checked the form.
 */
export function calendarDateProblem(text: string): string | undefined {
  const [y, m, d] = text.split("-").map(Number) as [number, number, number];
  if (![y, m, d].every(Number.isInteger)) return "write it as YYYY-MM-DD";
  if (m < 1 || m > 12) return "months run from 01 to 12";
  // Day 0 of the next month is the last day of this one; setUTCFullYear keeps years 0-99.
  const last = new Date(0);
  last.setUTCFullYear(y, m, 0);
  const days = last.getUTCDate();
  if (d < 1 || d > days) return `${MONTHS[m - 1]} ${y} has ${days} days`;
  return undefined;
}
