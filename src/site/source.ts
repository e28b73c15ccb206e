/**
 * A site file's text parsed as a YAML document that keeps source positions, so
 * that every issue can be reported at the line and column of its value.
 */
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Pair,
  visit,
  type YAMLMap,
} from "yaml";
import { aliasProblems, deref, isMergePair, mergeSources } from "./aliases.ts";
import type { Issue, LocatedIssue, Path } from "./issue.ts";
import { tooDeep } from "./nesting.ts";
import { readPlainYaml, type PlainYaml } from "./plain-yaml.ts";
import { PARSE_OPTIONS, syntaxIssues } from "./syntax-issues.ts";

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

/** Where the plain-YAML reader found each value, for sources it read. */
const plainStarts = new WeakMap<SiteSource, PlainYaml>();

/** A line counter that knows every line of `text`. */
function countLines(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lines.addNewLine(i + 1);
  return lines;
}

/**
 * A source read by the plain-YAML reader. Its YAML document is parsed only if something asks
 * for it (an issue about part of a value); locating issues otherwise uses the reader's starts.
 */
function plainSource(file: string, text: string, plain: PlainYaml): SiteSource {
  let doc: Document.Parsed | undefined;
  const source: SiteSource = {
    file,
    text,
    get doc() {
      return (doc ??= parseDocument(text, { ...PARSE_OPTIONS, lineCounter: new LineCounter() }));
    },
    lines: countLines(text),
    value: plain.value,
    issues: [],
  };
  plainStarts.set(source, plain);
  return source;
}

/** Parses site text. Never throws for bad input: problems come back as issues. */
export function parseSource(file: string, text: string): SiteSource {
  // Most site files are plain YAML, which a much faster reader handles; it declines
  // everything else (and anything wrong), which the `yaml` package then parses and reports.
  const plain = readPlainYaml(text);
  if (plain) return plainSource(file, text, plain);
  const lines = new LineCounter();
  const at = (offset: number) => {
    const pos = lines.linePos(offset);
    return { file, line: pos.line, col: pos.col, offset };
  };
  // Nested thousands of levels deep, the file would overflow every recursive walk after
  // this one (the YAML composer's first): stop here, at the place it gets too deep.
  const deep = tooDeep(text);
  if (deep) {
    lines.addNewLine(0);
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lines.addNewLine(i + 1);
    const issue: LocatedIssue = {
      ...at(deep.offset),
      path: [],
      rule: "yaml",
      severity: "error",
      message: `lists and sections are nested more than ${deep.limit} levels deep here; a site file needs about ten, so check the indentation, dashes and brackets`,
    };
    return { file, text, doc: parseDocument(""), lines, value: undefined, issues: [issue] };
  }
  const doc = parseDocument(text, { ...PARSE_OPTIONS, lineCounter: lines });
  const issues = syntaxIssues(file, text, doc, lines, (d, offset) =>
    pathAtOffset(d.contents, offset),
  );
  let value: unknown;
  // A duplicate key still leaves a usable document: go on, so other mistakes show too.
  if (doc.errors.every((e) => e.code === "DUPLICATE_KEY")) {
    // Both kinds of problem need an alias (`*name`) or a merge key (`<<`) in the text; most
    // files have neither, and looking costs a walk over every node.
    const aliasIssues = /\*|<</.test(text) ? aliasProblems(doc) : [];
    issues.push(
      ...aliasIssues.map((p) => ({
        ...at(p.offset),
        path: pathAtOffset(doc.contents, p.offset),
        rule: "yaml",
        severity: "error" as const,
        message: p.message,
      })),
    );
    if (aliasIssues.length === 0) {
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
export function pathAtOffset(node: unknown, offset: number): (string | number)[] {
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
      const key = pair.key.value;
      path.push(typeof key === "symbol" ? (key.description ?? "") : String(key));
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

/**
 * The pair for `key` in a map: its own, or one it takes from a merged section (`<<`), where
 * the value is really written. Its own keys win, then merged sections in order.
 */
function pairOf(
  doc: Document,
  map: YAMLMap,
  key: string | number,
  seen = new Set<unknown>(),
): Pair | undefined {
  if (seen.has(map)) return undefined;
  seen.add(map);
  const own = map.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
  if (own) return own;
  for (const pair of map.items) {
    if (!isMergePair(pair)) continue;
    for (const source of mergeSources(doc, pair)) {
      const found = pairOf(doc, source, key, seen);
      if (found) return found;
    }
  }
  return undefined;
}

/** `offsetOf` over the plain-YAML reader's starts: the same answers, without a document. */
function plainOffsetOf(plain: PlainYaml, path: Path, atKey: boolean): number {
  let value: unknown = plain.value;
  let offset = plain.start;
  for (let i = 0; i < path.length; i++) {
    const part = path[i]!;
    const starts =
      value !== null && typeof value === "object" ? plain.starts.get(value) : undefined;
    if (starts instanceof Map) {
      const entry = typeof part === "string" ? starts.get(part) : undefined;
      if (!entry) return offset;
      if (i === path.length - 1 && atKey) return entry.key;
      value = (value as Record<string, unknown>)[part as string];
      offset = entry.value;
    } else if (Array.isArray(starts) && typeof part === "number") {
      const start = starts[part];
      if (start === undefined) return offset;
      value = (value as unknown[])[part];
      offset = start;
    } else {
      return offset;
    }
  }
  return offset;
}

/** Finds the character offset of a path's value (or key), or of its nearest existing parent. */
export function offsetOf(source: SiteSource, path: Path, atKey = false): number {
  const plain = plainStarts.get(source);
  if (plain) return plainOffsetOf(plain, path, atKey);
  let node: unknown = source.doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const part = path[i]!;
    const last = i === path.length - 1;
    node = deref(source.doc, node);
    if (isMap(node)) {
      const pair = pairOf(source.doc, node, part);
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
    let offset = offsetOf(source, issue.path, issue.atKey);
    if (issue.within) {
      // Only inside the value's own text: never a match further down the file.
      const end = valueEnd(source, offset);
      const found = source.text.indexOf(issue.within, offset);
      if (found >= 0 && found < end) offset = found;
    }
    const pos = source.lines.linePos(offset);
    return { ...issue, file: source.file, line: pos.line, col: pos.col, offset };
  });
}

/** Where the node starting at `offset` ends in the text. */
function valueEnd(source: SiteSource, offset: number): number {
  let end = offset;
  visit(source.doc, {
    Scalar(_key, node) {
      if (node.range?.[0] === offset) end = node.range[1];
    },
  });
  return end;
}
