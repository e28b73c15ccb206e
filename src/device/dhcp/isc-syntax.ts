/**
 * The syntax of ISC dhcpd.conf: statements ended by `;` and blocks in braces, `#` comments,
 * quoted strings. Produces a tree of statements, each with its words and line, and the
 * comment just above it (Carrel writes `# VLAN 20 staff` there; admins often name scopes so).
 */

/** One statement: its words (strings unquoted, commas kept as words) and its block, if any. */
export interface Statement {
  readonly words: readonly string[];
  /** Which words were quoted strings (by index). */
  readonly quoted: ReadonlySet<number>;
  readonly line: number;
  /** The comment on the line above, without `#`. */
  readonly comment: string | undefined;
  readonly block: Statement[] | undefined;
}

/** The statements of a file, or the line where its syntax breaks. */
export type IscSyntax =
  { ok: true; statements: Statement[] } | { ok: false; line: number; message: string };

interface Token {
  readonly text: string;
  readonly quoted: boolean;
  readonly line: number;
}

function tokenize(
  text: string,
): { tokens: Token[]; comments: Map<number, string> } | { line: number; message: string } {
  const tokens: Token[] = [];
  const comments = new Map<number, string>();
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === "\n") {
      line++;
      i++;
    } else if (/\s/.test(c)) i++;
    else if (c === "#") {
      const end = text.indexOf("\n", i);
      const stop = end < 0 ? text.length : end;
      comments.set(line, text.slice(i + 1, stop).trim());
      i = stop;
    } else if (c === '"') {
      const start = line;
      let value = "";
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === "\\" && i + 1 < text.length) i++;
        if (text[i] === "\n") line++;
        value += text[i];
        i++;
      }
      if (i >= text.length)
        return { line: start, message: "a quoted text starts here and never ends" };
      i++;
      tokens.push({ text: value, quoted: true, line: start });
    } else if ("{};,".includes(c)) {
      tokens.push({ text: c, quoted: false, line });
      i++;
    } else {
      let j = i;
      while (j < text.length && !/[\s{};,"#]/.test(text[j]!)) j++;
      tokens.push({ text: text.slice(i, j), quoted: false, line });
      i = j;
    }
  }
  return { tokens, comments };
}

/** Parses dhcpd.conf text into statements. */
export function parseIscSyntax(text: string): IscSyntax {
  const lexed = tokenize(text);
  if ("message" in lexed) return { ok: false, ...lexed };
  const { tokens, comments } = lexed;
  let pos = 0;
  const block = (depth: number): Statement[] | { line: number; message: string } => {
    const out: Statement[] = [];
    let words: Token[] = [];
    while (pos < tokens.length) {
      const t = tokens[pos++]!;
      if (!t.quoted && t.text === "}") {
        if (depth === 0)
          return { line: t.line, message: "a closing brace } without an opening one" };
        if (words.length > 0)
          return { line: words[0]!.line, message: "this statement has no ; at its end" };
        return out;
      }
      if (!t.quoted && (t.text === ";" || t.text === "{")) {
        if (words.length === 0) {
          if (t.text === ";") continue;
          return { line: t.line, message: "a block { without a statement before it" };
        }
        const first = words[0]!;
        let inner: Statement[] | undefined;
        if (t.text === "{") {
          const parsed = block(depth + 1);
          if (!Array.isArray(parsed)) return parsed;
          inner = parsed;
        }
        out.push({
          words: words.map((w) => w.text),
          quoted: new Set(words.flatMap((w, k) => (w.quoted ? [k] : []))),
          line: first.line,
          comment: comments.get(first.line - 1),
          block: inner,
        });
        words = [];
        continue;
      }
      words.push(t);
    }
    if (words.length > 0)
      return {
        line: words[0]!.line,
        message: "the file ends in the middle of this statement: it looks cut off",
      };
    if (depth > 0)
      return {
        line: tokens[tokens.length - 1]?.line ?? 1,
        message: "a block is never closed with }: the file looks cut off",
      };
    return out;
  };
  const statements = block(0);
  return Array.isArray(statements) ? { ok: true, statements } : { ok: false, ...statements };
}
