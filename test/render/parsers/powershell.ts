/**
 * A tokenizer for the generated PowerShell scripts, where no PowerShell is installed: it
 * splits a script into code, string literals (decoded) and comments the way PowerShell's
 * tokenizer does for the forms Carrel writes. Single quotes include PowerShell's typographic
 * forms (U+2018-U+201B), and a doubled quote inside a single-quoted string is one quote;
 * double-quoted strings end at `"` or U+201C-U+201E, with backtick escapes; `<# ... #>` and
 * `#` are comments. Test support for the escaping and grid tests.
 */
import { code, type Code } from "./code.ts";

const SINGLE = /['\u2018-\u201B]/;
const DOUBLE = /["\u201C-\u201E]/;

/** The script's statements (one per line of code) and its comments. */
export interface ParsedPowerShell {
  readonly statements: (Code | string)[][];
  readonly comments: string[];
}

/** Tokenizes a script; throws on a string or block comment that never ends. */
export function parsePowerShell(script: string): ParsedPowerShell {
  const text = script.replace(/^\uFEFF/, "");
  const statements: (Code | string)[][] = [];
  const comments: string[] = [];
  let line: (Code | string)[] = [];
  let word = "";
  const flushWord = () => {
    if (word !== "") line.push(code(word));
    word = "";
  };
  const endLine = () => {
    flushWord();
    if (line.length > 0) statements.push(line);
    line = [];
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (text.startsWith("<#", i)) {
      const end = text.indexOf("#>", i + 2);
      if (end < 0) throw new Error("a <# block comment never ends");
      comments.push(text.slice(i + 2, end));
      i = end + 2;
    } else if (c === "#") {
      const eol = text.slice(i).search(/[\r\n]/);
      comments.push(text.slice(i + 1, eol < 0 ? text.length : i + eol));
      i = eol < 0 ? text.length : i + eol;
    } else if (SINGLE.test(c)) {
      flushWord();
      let value = "";
      let j = i + 1;
      for (;;) {
        if (j >= text.length) throw new Error("a single-quoted string never ends");
        const d = text[j]!;
        if (SINGLE.test(d)) {
          if (SINGLE.test(text[j + 1] ?? "")) {
            value += d;
            j += 2;
            continue;
          }
          break;
        }
        value += d;
        j++;
      }
      line.push(value);
      i = j + 1;
    } else if (DOUBLE.test(c)) {
      flushWord();
      let value = "";
      let j = i + 1;
      for (;;) {
        if (j >= text.length) throw new Error("a double-quoted string never ends");
        const d = text[j]!;
        if (d === "`") {
          value += text.slice(j, j + 2);
          j += 2;
        } else if (DOUBLE.test(d)) {
          if (DOUBLE.test(text[j + 1] ?? "")) {
            value += d;
            j += 2;
            continue;
          }
          break;
        } else {
          value += d;
          j++;
        }
      }
      // Double-quoted strings expand variables: keep them as code, never as plain text.
      line.push(code(`"${value}"`));
      i = j + 1;
    } else if (c === "\n" || c === "\r") {
      // A backtick at the end of a line continues the statement.
      if (word.endsWith("`")) word = word.slice(0, -1);
      else endLine();
      i++;
    } else if (/\s/.test(c)) {
      flushWord();
      i++;
    } else if ("(){}[];,=@$".includes(c)) {
      flushWord();
      line.push(code(c));
      i++;
    } else {
      word += c;
      i++;
    }
  }
  endLine();
  return { statements, comments };
}
