/**
 * The YAML parser's errors as issues a person can act on: plain words, one issue per
 * line, and a line indented wrongly reported once, at that line, instead of as the
 * cascade of errors the parser finds around it.
 */
import { LineCounter, parseDocument, type Document, type YAMLError } from "yaml";
import { indentMessage, indentMistakes } from "./indentation.ts";
import type { LocatedIssue } from "./issue.ts";

/** Plain-words versions of the YAML parser's messages, most specific first. */
const PARSER_WORDS: readonly [RegExp, string][] = [
  [
    /must be sufficiently indented and end with a [\]}]/,
    "a list or section in brackets is not closed with ] or }, or a line of it is not indented under its key",
  ],
  [/Missing closing ("|')quote/, "a closing quote is missing"],
  [
    /All mapping items must start at the same column/,
    "the keys of one section must start at the same column",
  ],
  [
    /All sequence items must start at the same column/,
    "the items of one list must start at the same column",
  ],
  [
    /Implicit map keys need to be followed by map values/,
    "this key has no value: write `key: value`, with a colon and a space",
  ],
  [
    /Nested mappings are not allowed in compact mappings/,
    "a value cannot hold `key: value` on the same line; put it on its own line, indented",
  ],
  [/Missing , between/, "a comma is missing between two items in brackets"],
  [/Comments must be separated/, "put a space before # to start a comment"],
  [/Block scalar/, "the text under | or > must be indented more than its key"],
  [
    /Flow end indicator should be more indented/,
    "the closing ] or } must be indented more than its key",
  ],
];

/** Plain-words versions of the YAML parser's error codes, when the message says no more. */
const CODE_WORDS: Record<string, string> = {
  DUPLICATE_KEY: "this key appears twice in the same section; keep only one",
  TAB_AS_INDENT: "tabs cannot indent YAML; use spaces",
  MISSING_CHAR: "a closing quote or bracket is missing",
  MULTIPLE_DOCS: "the file holds more than one YAML document (a line with ---); keep one",
  BLOCK_AS_IMPLICIT_KEY: "a key cannot span several lines; check for a missing colon or quote",
  MULTILINE_IMPLICIT_KEY: "a key cannot span several lines; check for a missing colon or quote",
  UNEXPECTED_TOKEN: "unexpected character; check quotes, colons and indentation",
  BAD_ALIAS: "this alias (*name) has no matching anchor (&name)",
  BAD_SCALAR_START: "a value cannot start with this character; put it in quotes",
  BAD_INDENT: "this line is not indented like the lines around it",
};

/** Options every parse of a site file uses: source positions, duplicate keys, merge keys. */
export const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true, merge: true } as const;

/** Finds the path of the node at an offset (for the error's `dotted.path`). */
export type PathAt = (doc: Document.Parsed, offset: number) => (string | number)[];

function message(err: YAMLError): string {
  const words = PARSER_WORDS.find(([pattern]) => pattern.test(err.message))?.[1];
  return (
    words ?? CODE_WORDS[err.code] ?? err.message.split("\n")[0]!.replace(/ at line \d+.*$/, "")
  );
}

const isSyntax = (err: YAMLError) => err.code !== "DUPLICATE_KEY";

/** The parser's errors as issues, at most one per line (the first says what is wrong there). */
function parserIssues(
  file: string,
  doc: Document.Parsed,
  lines: LineCounter,
  pathAt: PathAt,
): LocatedIssue[] {
  const seen = new Set<number>();
  const issues: LocatedIssue[] = [];
  for (const err of doc.errors) {
    const offset = err.pos[0];
    const { line, col } = lines.linePos(offset);
    if (isSyntax(err) && seen.has(line)) continue;
    if (isSyntax(err)) seen.add(line);
    issues.push({
      file,
      line,
      col,
      offset,
      path: pathAt(doc, offset),
      rule: "yaml",
      severity: "error",
      message: message(err),
    });
  }
  return issues;
}

/**
 * Issues for a parsed document's errors. When a line is indented where nothing lines up
 * with it and that explains the parser's first error, that line gets one clear message,
 * and the parser's errors are taken from the text with the line put where it fits, so
 * that other mistakes still show and the cascade does not.
 */
export function syntaxIssues(
  file: string,
  text: string,
  doc: Document.Parsed,
  lines: LineCounter,
  pathAt: PathAt,
): LocatedIssue[] {
  const raw = parserIssues(file, doc, lines, pathAt);
  const syntax = doc.errors.filter(isSyntax);
  if (syntax.length === 0) return raw;
  const analysis = indentMistakes(text);
  if (analysis.mistakes.length === 0) return raw;
  const fixedLines = new LineCounter();
  const fixed = parseDocument(analysis.repaired, { ...PARSE_OPTIONS, lineCounter: fixedLines });
  // The diagnosis holds only if putting those lines where they fit removes errors.
  const errorLines = (d: Document.Parsed, l: LineCounter) =>
    new Set(d.errors.filter(isSyntax).map((e) => l.linePos(e.pos[0]).line)).size;
  if (errorLines(fixed, fixedLines) >= errorLines(doc, lines)) return raw;

  // Positions in the repaired text, turned back into positions in the file as written.
  const starts = lineStarts(text);
  const fixedStarts = lineStarts(analysis.repaired);
  const back = (offset: number) => {
    const { line, col } = fixedLines.linePos(offset);
    const written = Math.max(1, col - analysis.shifts[line - 1]!);
    return { line, col: written, offset: starts[line - 1]! + written - 1 };
  };
  const mistakes: LocatedIssue[] = analysis.mistakes.map((m) => ({
    file,
    line: m.line + 1,
    col: m.found + 1,
    offset: m.offset,
    path: pathAt(fixed, fixedStarts[m.line]! + m.found + analysis.shifts[m.line]!),
    rule: "yaml",
    severity: "error",
    message: indentMessage(m),
  }));
  const moved = new Set(analysis.mistakes.map((m) => m.line + 1));
  const others = parserIssues(file, fixed, fixedLines, pathAt)
    .map((issue) => ({ ...issue, ...back(issue.offset) }))
    .filter((issue) => !moved.has(issue.line));
  return [...mistakes, ...others];
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
