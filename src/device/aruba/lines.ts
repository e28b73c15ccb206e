/**
 * The lines of a config file as the parser walks them: physical lines joined where a quoted
 * text runs over several (a `banner motd`), with their indentation, and paste artefacts
 * (the `Running configuration:` title, CLI prompts, the `; Ver` checksum line) left out.
 */

/** One logical line: its 1-based number, indentation and trimmed text. */
export interface LogicalLine {
  readonly line: number;
  readonly indent: number;
  readonly text: string;
}

/** What splitting found besides the lines: where a quoted text never ended, paging prompts. */
export interface SplitResult {
  readonly lines: LogicalLine[];
  /** Line where a quoted text starts that the file never closes (a cut-off file). */
  readonly openQuote: number | undefined;
  /** Lines with a pager prompt (`-- MORE --`) from a pasted terminal session. */
  readonly pagerPrompts: number[];
  readonly lineCount: number;
}

const PROMPT = /^[\w.@-]+(?:\([\w-]+\))?# ?(?:(?:show|sh|write|wr)\b.*)?$/;
const PAGER = /--\s*more\s*--/i;

function quotes(text: string): number {
  let n = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) n++;
  return n;
}

/** Splits config text into logical lines. */
export function splitLines(text: string): SplitResult {
  const physical = text.split(/\r?\n/);
  // A final newline leaves an empty last element that is not a line of the file.
  if (physical.length > 0 && physical[physical.length - 1] === "") physical.pop();
  const lines: LogicalLine[] = [];
  const pagerPrompts: number[] = [];
  let openQuote: number | undefined;
  for (let i = 0; i < physical.length; i++) {
    let raw = physical[i]!.replace(/\t/g, "   ");
    const number = i + 1;
    if (PAGER.test(raw)) {
      pagerPrompts.push(number);
      continue;
    }
    // A quoted text with line breaks in it (a banner) is one command; a `;` comment is read
    // whole, a quote in it opening nothing.
    const comment = raw.trimStart().startsWith(";");
    if (!comment)
      while (quotes(raw) % 2 === 1 && i + 1 < physical.length) raw += `\n${physical[++i]}`;
    if (!comment && quotes(raw) % 2 === 1) openQuote = number;
    const text = raw.trim();
    if (text === "" || text === "Running configuration:" || PROMPT.test(text)) continue;
    lines.push({ line: number, indent: raw.length - raw.trimStart().length, text });
  }
  return { lines, openQuote, pagerPrompts, lineCount: physical.length };
}

/** Removes one pair of surrounding double quotes. */
export function unquote(text: string): string {
  const t = text.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t;
}
