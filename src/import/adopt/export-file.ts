/**
 * JSON export files (PowerCLI, Microsoft Graph, Azure CLI) as the admin saved them: the
 * file name for messages, its text, and parsing that says at which line a broken file
 * breaks. A byte-order mark is dropped; UTF-16 (Windows PowerShell's default for `>`) is
 * recognised and refused with what to do instead.
 */

/** An export file as given on the command line, and its text. */
export interface ExportFile {
  readonly source: string;
  readonly text: string;
}

/** A file that is not a usable export; the message starts with the file (and line). */
export class ExportError extends Error {}

/** The text without a byte-order mark. */
export const exportText = (file: ExportFile) => file.text.replace(/^\uFEFF/, "");

/** Parses an export's JSON; throws an `ExportError` naming the file and line. */
export function parseExportJson(file: ExportFile): unknown {
  const text = exportText(file);
  if (text.includes("\u0000"))
    throw new ExportError(
      `${file.source}: the file is UTF-16 (Windows PowerShell's default); save it with ` +
        "`Out-File -Encoding utf8` or `Set-Content -Encoding utf8`",
    );
  try {
    return JSON.parse(text);
  } catch (err) {
    const position = /position (\d+)/.exec(String(err))?.[1];
    const line =
      position === undefined ? undefined : text.slice(0, Number(position)).split("\n").length;
    throw new ExportError(
      `${file.source}${line ? `:${line}` : ""}: not valid JSON (is the file complete?)`,
    );
  }
}

/** The 1-based line where `"<key>": "<value>"` first stands in a file, when it does. */
export function lineOfKey(file: ExportFile, key: string, value: string): number | undefined {
  const text = exportText(file);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const index = text.search(
    new RegExp(`"${escape(key)}"\\s*:\\s*${escape(JSON.stringify(value))}`),
  );
  return index === -1 ? undefined : text.slice(0, index).split("\n").length;
}
