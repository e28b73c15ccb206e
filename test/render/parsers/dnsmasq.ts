/**
 * Reads a dnsmasq configuration as dnsmasq does: lines of at most 1,024 bytes, double
 * quotes in which every character is literal except `\" \\ \t \n \r \b \e`, a `#` after
 * white space (or at the start) beginning a comment, `option=value`, and the value split at
 * commas outside quotes. A part wholly in quotes is decoded text; any other part is
 * structure. Test support for the escaping and grid tests.
 */
import { code, type Code } from "./code.ts";

/** One `option=value` line. */
export interface DnsmasqStatement {
  readonly option: Code;
  readonly parts: (Code | string)[];
}

/** The statements and the comments, in order. */
export interface ParsedDnsmasq {
  readonly statements: DnsmasqStatement[];
  readonly comments: string[];
}

/** dnsmasq reads a line with fgets into a buffer of MAXDNAME (1025) bytes. */
const LINE_BYTES = 1024;

const ESCAPES: Record<string, string> = {
  '"': '"',
  "\\": "\\",
  t: "\t",
  n: "\n",
  r: "\r",
  b: "\b",
  e: "\u001b",
};

/** A character of a line, and whether it came from inside quotes. */
interface Ch {
  readonly c: string;
  readonly quoted: boolean;
}

/** Splits text into the pieces fgets returns. */
function physicalLines(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    let rest = Buffer.from(line, "utf8");
    while (rest.length > LINE_BYTES - 1) {
      out.push(rest.subarray(0, LINE_BYTES - 1).toString("utf8"));
      rest = rest.subarray(LINE_BYTES - 1);
    }
    out.push(rest.toString("utf8"));
  }
  return out;
}

function readLine(line: string, lineNo: number): { chars: Ch[]; comment: string | undefined } {
  const chars: Ch[] = [];
  let white = true;
  let afterQuote = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '"' && !afterQuote) {
      let j = i + 1;
      while (j < line.length && line[j] !== '"') {
        if (line[j] === "\\" && ESCAPES[line[j + 1] ?? ""] !== undefined) {
          chars.push({ c: ESCAPES[line[j + 1]!]!, quoted: true });
          j += 2;
        } else {
          chars.push({ c: line[j]!, quoted: true });
          j++;
        }
      }
      if (j >= line.length) throw new Error(`dnsmasq: missing " on line ${lineNo}`);
      i = j;
      // dnsmasq looks at the character after a closing quote without treating it as a quote.
      afterQuote = true;
      continue;
    }
    if (white && c === "#") return { chars, comment: line.slice(i + 1).trim() };
    chars.push({ c, quoted: false });
    white = /\s/.test(c);
    afterQuote = false;
  }
  return { chars, comment: undefined };
}

function part(chars: readonly Ch[]): Code | string {
  const text = chars.map((ch) => ch.c).join("");
  return chars.length > 0 && chars.every((ch) => ch.quoted) ? text : code(text);
}

/** Parses a whole dnsmasq configuration. */
export function parseDnsmasq(text: string): ParsedDnsmasq {
  const statements: DnsmasqStatement[] = [];
  const comments: string[] = [];
  physicalLines(text).forEach((line, index) => {
    const { chars, comment } = readLine(line, index + 1);
    if (comment !== undefined) comments.push(comment);
    let end = chars.length;
    while (end > 0 && !chars[end - 1]!.quoted && /\s/.test(chars[end - 1]!.c)) end--;
    let start = 0;
    while (start < end && !chars[start]!.quoted && /\s/.test(chars[start]!.c)) start++;
    const body = chars.slice(start, end);
    if (body.length === 0) return;
    const eq = body.findIndex((ch) => ch.c === "=");
    const name = (eq < 0 ? body : body.slice(0, eq)).map((ch) => ch.c).join("");
    const parts: (Code | string)[] = [];
    if (eq >= 0) {
      let from = eq + 1;
      for (let k = from; k <= body.length; k++) {
        if (k === body.length || (body[k]!.c === "," && !body[k]!.quoted)) {
          parts.push(part(body.slice(from, k)));
          from = k + 1;
        }
      }
    }
    statements.push({ option: code(name), parts });
  });
  return { statements, comments };
}
