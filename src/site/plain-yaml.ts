/**
 * A fast reader for the plain YAML that site files are written in: block sections and lists,
 * one-line values (plain, quoted, or in brackets), comments. It gives the same values as the
 * `yaml` package does with Carrel's options (YAML 1.2, core schema), and where each key, value
 * and list item starts, which is all that locating an issue needs.
 *
 * The `yaml` package builds a node for every value and keeps them all, through a generator-based
 * lexer; on a city-sized site that was most of the cost of validating it. This reader declines
 * (returns `undefined`) at the first thing outside what it knows, and the caller then parses with
 * the `yaml` package as before. It declines anchors, aliases, tags, merge keys, block scalars
 * (`|`, `>`), values over several lines, empty values, quoted or non-text keys, duplicate keys,
 * tabs, carriage returns, control characters and escapes in double quotes: rare in a site file,
 * and all of them things the `yaml` package must judge (and report on) itself.
 */

/** Where the keys and values of one section, or the items of one list, start in the text. */
export type Starts = Map<string, { readonly key: number; readonly value: number }> | number[];

/** A file read by this reader: its value, and the starts of every section and list in it. */
export interface PlainYaml {
  readonly value: Record<string, unknown>;
  /** Where the top section's first key starts. */
  readonly start: number;
  /** Each section (a plain object) or list (an array) of `value`, with its starts. */
  readonly starts: WeakMap<object, Starts>;
}

/** One line of content, or the part of a line after a list's `- `. */
interface Line {
  /** Column of its first character. */
  readonly indent: number;
  /** Offset of its first character. */
  readonly start: number;
  /** Offset where its text ends (the line break or the end of the file). */
  readonly end: number;
  /** A list item's dash: the item itself is the next line (on the same line of text). */
  readonly dash: boolean;
}

/** Deeper than this the reader declines, and the nesting guard of the full parser decides. */
const MAX_DEPTH = 48;

/**
 * Characters that make a file something for the full parser: control characters, and the
 * Unicode spaces JavaScript's trimming would strip where YAML keeps them (`site\u00a0:`).
 */
const DECLINE =
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  /[\t\r\x00-\x08\x0b-\x1f\x7f\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** Whether a `-` at `at` starts a plain value (`-5`, `-x`), not a lone dash YAML refuses. */
function dashStartsValue(text: string, at: number, end: number): boolean {
  return at + 1 < end && !" ,[]{}".includes(text[at + 1]!);
}

/** Characters that cannot start a plain value. */
const INDICATORS = new Set([..."-?:,[]{}#&*!|>'\"%@`"]);

class Decline extends Error {}

const decline = (): never => {
  throw new Decline();
};

/** The YAML 1.2 core schema's reading of a plain scalar, as the `yaml` package does it. */
function plainValue(text: string): unknown {
  // Only these can start anything but text: most values are names, and skip the tests.
  if (text !== "" && !"0123456789+-.~nNtTfF".includes(text[0]!)) return text;
  if (/^(?:~|[Nn]ull|NULL)?$/.test(text)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text)) return text[0] === "t" || text[0] === "T";
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) {
    return text.slice(-3).toLowerCase() === "nan" ? NaN : text[0] === "-" ? -Infinity : Infinity;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text)) return parseFloat(text);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text);
  return text;
}

/** The lines of content: blank and comment lines dropped, each `- ` split off as a dash. */
function contentLines(text: string): Line[] {
  const lines: Line[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let end = text.indexOf("\n", lineStart);
    if (end < 0) end = text.length;
    let at = lineStart;
    while (text.charCodeAt(at) === 0x20) at++;
    if (at < end && text[at] !== "#") {
      if (at === lineStart && (text.startsWith("---", at) || text.startsWith("...", at))) decline();
      if (text[at] === "%") decline();
      while (text[at] === "-" && (at + 1 === end || text[at + 1] === " ")) {
        lines.push({ indent: at - lineStart, start: at, end, dash: true });
        at++;
        while (text.charCodeAt(at) === 0x20) at++;
        // A dash with nothing after it holds its item on the next lines: for the full parser.
        if (at >= end || text[at] === "#") decline();
      }
      lines.push({ indent: at - lineStart, start: at, end, dash: false });
    }
    lineStart = end + 1;
  }
  return lines;
}

/** Reads site files; one instance per file. */
class Reader {
  readonly starts = new WeakMap<object, Starts>();
  readonly text: string;
  readonly lines: readonly Line[];
  #i = 0;

  constructor(text: string, lines: readonly Line[]) {
    this.text = text;
    this.lines = lines;
  }

  /** Reads the whole file: one section. */
  file(): Record<string, unknown> {
    const first = this.lines[0] ?? decline();
    if (first.dash) decline();
    const value = this.section(first.indent, 0);
    if (this.#i < this.lines.length) decline();
    return value;
  }

  /** The block node starting at the current line: a list, a section or a one-line value. */
  #node(depth: number): unknown {
    if (depth > MAX_DEPTH) decline();
    const line = this.lines[this.#i]!;
    if (line.dash) return this.#list(line.indent, depth);
    if (this.#keyEnd(line) !== undefined) return this.section(line.indent, depth);
    this.#i++;
    return this.#inline(line.start, line.end);
  }

  /** A block list whose dashes are at column `indent`. */
  #list(indent: number, depth: number): unknown[] {
    const items: unknown[] = [];
    const starts: number[] = [];
    for (;;) {
      const dash = this.lines[this.#i];
      if (!dash || dash.indent < indent) break;
      if (dash.indent > indent) decline();
      if (!dash.dash) break;
      this.#i++;
      starts.push(this.lines[this.#i]!.start);
      items.push(this.#node(depth + 1));
    }
    this.starts.set(items, starts);
    return items;
  }

  /** A block section whose keys are at column `indent`. */
  section(indent: number, depth: number): Record<string, unknown> {
    const value: Record<string, unknown> = {};
    const starts = new Map<string, { key: number; value: number }>();
    for (;;) {
      const line = this.lines[this.#i];
      if (!line || line.indent < indent) break;
      if (line.indent > indent || line.dash) decline();
      const keyEnd = this.#keyEnd(line) ?? decline();
      const key = this.text.slice(line.start, keyEnd).trimEnd();
      if (key.length > 1000 || key === "__proto__" || key === "<<") decline();
      if (typeof plainValue(key) !== "string" || starts.has(key)) decline();
      let at = keyEnd + 1;
      while (this.text.charCodeAt(at) === 0x20) at++;
      this.#i++;
      let start: number;
      if (at < line.end && this.text[at] !== "#") {
        start = at;
        value[key] = this.#inline(at, line.end);
      } else {
        // The value is the block below: deeper, or a list at the key's own column.
        const next = this.lines[this.#i];
        if (!next || !(next.indent > indent || (next.indent === indent && next.dash))) decline();
        start = next!.start;
        value[key] = this.#node(depth + 1);
      }
      starts.set(key, { key: line.start, value: start });
    }
    this.starts.set(value, starts);
    return value;
  }

  /** Where a line's plain key ends (its `:`), or `undefined` when the line is no `key: value`. */
  #keyEnd(line: Line): number | undefined {
    const { text } = this;
    const first = text[line.start]!;
    if (first === "'" || first === '"') {
      // A quoted value, or a quoted key (which this reader leaves to the full parser).
      const close = this.#quoteEnd(line.start, line.end);
      let at = close;
      while (text.charCodeAt(at) === 0x20) at++;
      if (text[at] === ":") decline();
      return undefined;
    }
    if (first === "[" || first === "{") return undefined;
    if (INDICATORS.has(first) && first !== "-") decline();
    for (let at = line.start; at < line.end; at++) {
      const c = text[at];
      if (c === ":" && (at + 1 === line.end || text[at + 1] === " ")) return at;
      if (c === "#" && text[at - 1] === " ") return undefined;
    }
    return undefined;
  }

  /** A one-line value from `at`: quoted, in brackets or plain; the rest of the line a comment. */
  #inline(at: number, end: number): unknown {
    const { text } = this;
    const first = text[at]!;
    let value: unknown;
    let after: number;
    if (first === "'" || first === '"') {
      after = this.#quoteEnd(at, end);
      value = this.#quoted(at, after);
    } else if (first === "[" || first === "{") {
      const flow = this.#flow(at, end, 0);
      value = flow.value;
      after = flow.end;
    } else {
      if (INDICATORS.has(first) && !(first === "-" && dashStartsValue(text, at, end))) decline();
      const line = text.slice(at, end);
      const comment = line.indexOf(" #");
      const raw = (comment >= 0 ? line.slice(0, comment) : line).trimEnd();
      if (raw.includes(": ") || raw.endsWith(":")) decline();
      return plainValue(raw);
    }
    while (text.charCodeAt(after) === 0x20) after++;
    if (after < end && text[after] !== "#") decline();
    if (after < end && text[after - 1] !== " ") decline();
    return value;
  }

  /** The offset just after a quoted scalar starting at `at`, on this line. */
  #quoteEnd(at: number, end: number): number {
    const { text } = this;
    const quote = text[at];
    for (let i = at + 1; i < end; i++) {
      if (quote === '"' && text[i] === "\\") decline();
      if (text[i] !== quote) continue;
      if (quote === "'" && text[i + 1] === "'") {
        i++;
        continue;
      }
      return i + 1;
    }
    return decline();
  }

  /** The text of a quoted scalar from `at` to `after` (quotes included). */
  #quoted(at: number, after: number): string {
    const inner = this.text.slice(at + 1, after - 1);
    return this.text[at] === "'" ? inner.replaceAll("''", "'") : inner;
  }

  /** A flow list or section (`[...]`, `{...}`) on one line, from its bracket at `at`. */
  #flow(at: number, end: number, depth: number): { value: unknown; end: number } {
    if (depth > MAX_DEPTH) decline();
    const { text } = this;
    const isList = text[at] === "[";
    const close = isList ? "]" : "}";
    const items: unknown[] = [];
    const itemStarts: number[] = [];
    const map: Record<string, unknown> = {};
    const mapStarts = new Map<string, { key: number; value: number }>();
    let i = this.#skip(at + 1, end);
    if (text[i] === close) {
      this.starts.set(isList ? items : map, isList ? itemStarts : mapStarts);
      return { value: isList ? items : map, end: i + 1 };
    }
    for (;;) {
      if (isList) {
        const item = this.#flowScalarOrNode(i, end, depth);
        itemStarts.push(i);
        items.push(item.value);
        i = item.end;
      } else {
        const key = this.#flowPlain(i, end);
        if (typeof key.value !== "string" || mapStarts.has(key.value)) decline();
        const name = key.value as string;
        if (name === "__proto__" || name === "<<" || text[key.end] !== ":") decline();
        if (text[key.end + 1] !== " ") decline();
        const valueAt = this.#skip(key.end + 1, end);
        const value = this.#flowScalarOrNode(valueAt, end, depth);
        mapStarts.set(name, { key: i, value: valueAt });
        map[name] = value.value;
        i = value.end;
      }
      i = this.#skip(i, end);
      if (text[i] === close) break;
      if (text[i] !== ",") decline();
      i = this.#skip(i + 1, end);
      // A trailing comma, or the list going on past the line: for the full parser.
      if (text[i] === close || i >= end) decline();
    }
    this.starts.set(isList ? items : map, isList ? itemStarts : mapStarts);
    return { value: isList ? items : map, end: i + 1 };
  }

  #skip(at: number, end: number): number {
    while (at < end && this.text.charCodeAt(at) === 0x20) at++;
    if (at >= end || this.text[at] === "#") decline();
    return at;
  }

  /** A value inside brackets: nested brackets, a quoted scalar or a plain one. */
  #flowScalarOrNode(at: number, end: number, depth: number): { value: unknown; end: number } {
    const c = this.text[at];
    if (c === "[" || c === "{") return this.#flow(at, end, depth + 1);
    if (c === "'" || c === '"') {
      const after = this.#quoteEnd(at, end);
      if (this.text[after] === ":") decline();
      return { value: this.#quoted(at, after), end: after };
    }
    const plain = this.#flowPlain(at, end);
    if (this.text[plain.end] === ":") decline();
    return plain;
  }

  /** A plain scalar inside brackets: up to `,`, a bracket, `: ` or a comment. */
  #flowPlain(at: number, end: number): { value: unknown; end: number } {
    const { text } = this;
    if (INDICATORS.has(text[at]!) && !(text[at] === "-" && dashStartsValue(text, at, end)))
      decline();
    let i = at;
    for (; i < end; i++) {
      const c = text[i]!;
      if (c === "," || c === "[" || c === "]" || c === "{" || c === "}") break;
      if (c === ":" && (i + 1 === end || " ,[]{}".includes(text[i + 1]!))) break;
      if (c === "#" && text[i - 1] === " ") decline();
    }
    const raw = text.slice(at, i).trimEnd();
    if (raw === "") decline();
    return { value: plainValue(raw), end: at + raw.length };
  }
}

/**
 * Reads `text` when it is plain YAML with a section at the top; `undefined` when it holds
 * anything this reader leaves to the full parser.
 */
export function readPlainYaml(text: string): PlainYaml | undefined {
  if (DECLINE.test(text)) return undefined;
  try {
    const lines = contentLines(text);
    const reader = new Reader(text, lines);
    const value = reader.file();
    return { value, start: lines[0]!.start, starts: reader.starts };
  } catch (err) {
    if (err instanceof Decline) return undefined;
    throw err;
  }
}
