/**
 * JSON as Kea and exporting tools write it: comments (`#`, `//`, `/* *\/`) allowed, and
 * every value keeps the line it starts on, so that a reader can say where a subnet or a
 * reservation was declared. Errors say which line breaks the syntax.
 */

/** A JSON value with its line. Objects keep their keys in file order, each with its line. */
export type JsonNode =
  | { readonly kind: "object"; readonly line: number; readonly entries: readonly JsonEntry[] }
  | { readonly kind: "array"; readonly line: number; readonly items: readonly JsonNode[] }
  | { readonly kind: "string"; readonly line: number; readonly value: string }
  | { readonly kind: "number"; readonly line: number; readonly value: number }
  | { readonly kind: "boolean"; readonly line: number; readonly value: boolean }
  | { readonly kind: "null"; readonly line: number };

/** A key of an object, its line and its value. */
export interface JsonEntry {
  readonly key: string;
  readonly line: number;
  readonly value: JsonNode;
}

/** The parsed value, or the line where the syntax breaks and why. */
export type JsonResult =
  { ok: true; value: JsonNode } | { ok: false; line: number; message: string };

class JsonError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.line = line;
  }
}

/** Parses JSON text that may hold comments. */
export function parseJsonLines(text: string): JsonResult {
  let i = 0;
  let line = 1;
  const fail = (message: string): never => {
    throw new JsonError(line, message);
  };
  const skip = () => {
    for (;;) {
      const c = text[i];
      if (c === "\n") {
        line++;
        i++;
      } else if (c === " " || c === "\t" || c === "\r" || c === "\uFEFF") i++;
      else if (c === "#" || (c === "/" && text[i + 1] === "/")) {
        while (i < text.length && text[i] !== "\n") i++;
      } else if (c === "/" && text[i + 1] === "*") {
        const end = text.indexOf("*/", i + 2);
        if (end < 0) fail("a comment /* is never closed with */");
        for (; i < end + 2; i++) if (text[i] === "\n") line++;
      } else return;
    }
  };
  const string = (): string => {
    i++;
    let out = "";
    while (text[i] !== '"') {
      if (i >= text.length || text[i] === "\n") fail("a quoted text is not closed on its line");
      if (text[i] === "\\") {
        const e = text[++i]!;
        const map: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f" };
        if (e === "u") {
          out += String.fromCharCode(parseInt(text.slice(i + 1, i + 5), 16));
          i += 4;
        } else out += map[e] ?? e;
      } else out += text[i];
      i++;
    }
    i++;
    return out;
  };
  const value = (): JsonNode => {
    skip();
    const at = line;
    const c = text[i];
    if (c === "{") {
      i++;
      const entries: JsonEntry[] = [];
      skip();
      if (text[i] === "}") {
        i++;
        return { kind: "object", line: at, entries };
      }
      for (;;) {
        skip();
        if (text[i] !== '"') fail("expected a quoted key");
        const keyLine = line;
        const key = string();
        skip();
        if (text[i] !== ":") fail(`expected ':' after the key "${key}"`);
        i++;
        entries.push({ key, line: keyLine, value: value() });
        skip();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return { kind: "object", line: at, entries };
        }
        fail(
          i >= text.length
            ? "the file ends inside an object: it looks cut off"
            : "expected ',' or '}'",
        );
      }
    }
    if (c === "[") {
      i++;
      const items: JsonNode[] = [];
      skip();
      if (text[i] === "]") {
        i++;
        return { kind: "array", line: at, items };
      }
      for (;;) {
        items.push(value());
        skip();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return { kind: "array", line: at, items };
        }
        fail(
          i >= text.length
            ? "the file ends inside a list: it looks cut off"
            : "expected ',' or ']'",
        );
      }
    }
    if (c === '"') return { kind: "string", line: at, value: string() };
    const word = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(
      text.slice(i, i + 64),
    );
    if (!word)
      fail(
        i >= text.length
          ? "the file ends where a value should be: it looks cut off"
          : "expected a value",
      );
    i += word![0].length;
    const w = word![0];
    if (w === "true" || w === "false") return { kind: "boolean", line: at, value: w === "true" };
    if (w === "null") return { kind: "null", line: at };
    return { kind: "number", line: at, value: Number(w) };
  };
  try {
    const root = value();
    skip();
    if (i < text.length) fail("unexpected text after the end of the JSON value");
    return { ok: true, value: root };
  } catch (err) {
    if (err instanceof JsonError) return { ok: false, line: err.line, message: err.message };
    throw err;
  }
}

/** The value of a key of an object node, or `undefined`. */
export function member(node: JsonNode | undefined, key: string): JsonNode | undefined {
  return node?.kind === "object" ? node.entries.find((e) => e.key === key)?.value : undefined;
}

/** A string or number member as text, or `undefined`. */
export function text(node: JsonNode | undefined): string | undefined {
  if (node?.kind === "string") return node.value;
  if (node?.kind === "number") return String(node.value);
  return undefined;
}

/** The items of an array node (none when it is not one). */
export function items(node: JsonNode | undefined): readonly JsonNode[] {
  return node?.kind === "array" ? node.items : [];
}
