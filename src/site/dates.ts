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
