/**
 * Reads `dhcpd.conf` as dhcpd's lexer does: `#` comments to the end of the line, quoted
 * strings with backslash escapes (`\t \r \n \b`, octal `\NNN`, hex `\xHH`, anything else
 * stands for itself), punctuation `{ } ; ,` and words. Statements end at `;`, `{` or `}`.
 * Test support for the escaping and grid tests.
 */
import { code, type Code } from "./code.ts";

/** The statements (structure and decoded strings) and the comments. */
export interface ParsedDhcpd {
  readonly statements: (Code | string)[][];
  readonly comments: string[];
}

const ESCAPES: Record<string, string> = { t: "\t", r: "\r", n: "\n", b: "\b" };

/** Decodes the body of a quoted string starting after its opening quote; returns the end. */
export function readDhcpdString(text: string, from: number): { value: string; end: number } {
  const bytes: number[] = [];
  let i = from;
  const push = (s: string) => bytes.push(...Buffer.from(s, "utf8"));
  while (i < text.length && text[i] !== '"') {
    if (text[i] !== "\\") {
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      push(ch);
      i += ch.length;
      continue;
    }
    const e = text[i + 1] ?? "";
    if (ESCAPES[e]) {
      push(ESCAPES[e]);
      i += 2;
    } else if (/[0-7]/.test(e)) {
      const m = /^[0-7]{1,3}/.exec(text.slice(i + 1))![0];
      bytes.push(parseInt(m, 8) & 0xff);
      i += 1 + m.length;
    } else if (e === "x") {
      const m = /^[0-9a-fA-F]{1,2}/.exec(text.slice(i + 2))?.[0] ?? "";
      bytes.push(parseInt(m || "0", 16));
      i += 2 + m.length;
    } else {
      push(e);
      i += 2;
    }
  }
  if (i >= text.length) throw new Error(`unterminated dhcpd string at ${from}`);
  return { value: Buffer.from(bytes).toString("utf8"), end: i + 1 };
}

/** Parses a whole `dhcpd.conf`. */
export function parseDhcpd(text: string): ParsedDhcpd {
  const statements: (Code | string)[][] = [];
  const comments: string[] = [];
  let current: (Code | string)[] = [];
  let i = 0;
  const end = (mark: string) => {
    current.push(code(mark));
    statements.push(current);
    current = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) i++;
    else if (c === "#") {
      const eol = text.indexOf("\n", i);
      comments.push(text.slice(i + 1, eol < 0 ? text.length : eol).trim());
      i = eol < 0 ? text.length : eol;
    } else if (c === '"') {
      const s = readDhcpdString(text, i + 1);
      current.push(s.value);
      i = s.end;
    } else if (c === ";" || c === "{" || c === "}") {
      end(c);
      i++;
    } else if (c === ",") {
      current.push(code(","));
      i++;
    } else {
      const m = /^[^\s;{},"#]+/.exec(text.slice(i))![0];
      current.push(code(m));
      i += m.length;
    }
  }
  if (current.length > 0) statements.push(current);
  return { statements, comments };
}
