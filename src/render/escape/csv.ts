/**
 * Text from site.yaml in a CSV download (the consortium's replacement plan), read by a
 * spreadsheet: every field is quoted, with quotes doubled, so a comma or a line break stays
 * inside its cell; and a field a spreadsheet would take for a formula (`=`, `+`, `-`, `@`,
 * a tab or a carriage return first) starts with an apostrophe, so it shows as text and is
 * never run. Numbers are written as they are.
 */

/** One CSV field. */
export function csvField(value: string | number): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${text.replaceAll('"', '""')}"`;
}

/** A CSV file: a header row and data rows, CRLF line ends as RFC 4180 has them. */
export function csvFile(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
