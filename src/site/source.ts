/**
 * A site file's text parsed as a YAML document that keeps source positions, so
 * that every issue can be reported at the line and column of its value.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import type { Issue, LocatedIssue, Path } from "./issue.ts";

/** Site files larger than this are refused before parsing. */
export const MAX_SITE_BYTES = 16 * 1024 * 1024;

/** YAML aliases allowed when building values: a guard against "billion laughs" files. */
const MAX_ALIAS_COUNT = 1000;

/** A parsed site file: its YAML document, plain value, and YAML-level issues. */
export interface SiteSource {
  readonly file: string;
  readonly text: string;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
  /** The plain JavaScript value, or `undefined` when the YAML itself is broken. */
  readonly value: unknown;
  /** Syntax errors, duplicate keys and other YAML problems. */
  readonly issues: readonly LocatedIssue[];
}

/** Plain-words versions of the YAML parser's error codes. */
const YAML_MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: "this key appears twice in the same section; keep only one",
  TAB_AS_INDENT: "tabs cannot indent YAML; use spaces",
  MISSING_CHAR: "a closing quote or bracket is missing",
  MULTIPLE_DOCS: "the file holds more than one YAML document (a line with ---); keep one",
  BLOCK_AS_IMPLICIT_KEY: "a key cannot span several lines; check for a missing colon or quote",
  MULTILINE_IMPLICIT_KEY: "a key cannot span several lines; check for a missing colon or quote",
  UNEXPECTED_TOKEN: "unexpected character; check quotes, colons and indentation",
  BAD_ALIAS: "this alias (*name) has no matching anchor (&name)",
  BAD_SCALAR_START: "a value cannot start with this character; put it in quotes",
};

/** Parses site text. Never throws for bad input: problems come back as issues. */
export function parseSource(file: string, text: string): SiteSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const pos = lines.linePos(offset);
    return { file, line: pos.line, col: pos.col, offset };
  };
  const issues: LocatedIssue[] = doc.errors.map((err) => ({
    ...at(err.pos[0]),
    path: pathAtOffset(doc.contents, err.pos[0]),
    rule: "yaml",
    severity: "error",
    message: YAML_MESSAGES[err.code] ?? err.message.split("\n")[0]!.replace(/ at line \d+.*$/, ""),
  }));
  let value: unknown;
  // A duplicate key still leaves a usable document: go on, so other mistakes show too.
  if (doc.errors.every((e) => e.code === "DUPLICATE_KEY")) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch {
      issues.push({
        ...at(0),
        path: [],
        rule: "yaml",
        severity: "error",
        message: "the file expands YAML aliases (*name) too many times to be a site definition",
      });
    }
  }
  if (value === undefined && issues.length > 0) {
    // Broken YAML: the issues say why.
  } else if (value === null || value === undefined) {
    issues.push({
      ...at(0),
      path: [],
      rule: "yaml",
      severity: "error",
      message: "the file is empty; a site needs at least `version`, `site` and `network`",
    });
    value = undefined;
  } else if (typeof value !== "object" || Array.isArray(value)) {
    issues.push({
      ...at(doc.contents?.range?.[0] ?? 0),
      path: [],
      rule: "yaml",
      severity: "error",
      message: "the file must be a mapping of sections (version:, site:, network:, ...)",
    });
    value = undefined;
  }
  return { file, text, doc, lines, value, issues };
}

/** The path of the deepest key or item whose source range holds an offset. */
function pathAtOffset(node: unknown, offset: number): (string | number)[] {
  const path: (string | number)[] = [];
  let current = node;
  for (;;) {
    if (isMap(current)) {
      const pair = current.items.find((p) => {
        const start = rangeStart(p.key) ?? Infinity;
        const end = (p.value as { range?: number[] } | null)?.range?.[2] ?? rangeEnd(p.key);
        return start <= offset && offset <= end;
      });
      if (!pair || !isScalar(pair.key)) return path;
      path.push(String(pair.key.value));
      current = pair.value;
    } else if (isSeq(current)) {
      const index = current.items.findIndex((item) => {
        const range = (item as { range?: number[] } | null)?.range;
        return range !== undefined && range[0]! <= offset && offset <= range[2]!;
      });
      if (index < 0) return path;
      path.push(index);
      current = current.items[index];
    } else {
      return path;
    }
  }
}

function rangeEnd(node: unknown): number {
  return (node as { range?: number[] } | null)?.range?.[2] ?? -1;
}

/** Finds the character offset of a path's value (or key), or of its nearest existing parent. */
export function offsetOf(source: SiteSource, path: Path, atKey = false): number {
  let node: unknown = source.doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const part = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === part);
      if (!pair) return offset;
      if (last && atKey) return rangeStart(pair.key) ?? offset;
      node = pair.value;
      // A key with no value (`gateway:`) has no value node: point at the key.
      offset = rangeStart(node) ?? rangeStart(pair.key) ?? offset;
    } else if (isSeq(node) && typeof part === "number") {
      const item = node.items[part];
      if (item === undefined) return offset;
      node = item;
      offset = rangeStart(node) ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range?.[0];
}

/** Gives issues their file, line and column. */
export function locate(source: SiteSource, issues: readonly Issue[]): LocatedIssue[] {
  return issues.map((issue) => {
    const offset = offsetOf(source, issue.path, issue.atKey);
    const pos = source.lines.linePos(offset);
    return { ...issue, file: source.file, line: pos.line, col: pos.col, offset };
  });
}
