/**
 * Reads a Kea configuration as Kea does: JSON with `#` and `//` comments (and C-style blocks), then
 * each option's `data` split into fields at unescaped commas, with `\` escaping the next
 * comma or backslash (Kea's `str::tokens`). Test support for the escaping and grid tests.
 */

/** The configuration and its comments, in order. */
export interface ParsedKea {
  readonly config: unknown;
  readonly comments: string[];
}

/** Kea's field splitting of option data. */
export function keaTokens(text: string): string[] {
  const result: string[] = [];
  let token = "";
  let inToken = false;
  let escaped = false;
  for (const c of text) {
    if (c === ",") {
      if (!inToken) continue;
      if (escaped) {
        escaped = false;
        token += c;
      } else {
        if (token !== "") result.push(token);
        inToken = false;
        token = "";
      }
    } else if (c === "\\") {
      inToken = true;
      if (escaped) {
        escaped = false;
        token += c;
      } else escaped = true;
    } else {
      inToken = true;
      if (escaped) {
        escaped = false;
        token += `\\${c}`;
      } else token += c;
    }
  }
  if (escaped) token += "\\";
  if (token !== "") result.push(token);
  return result;
}

/** Strips comments outside strings; throws on a string Kea would not end. */
export function parseKea(text: string): ParsedKea {
  const comments: string[] = [];
  let json = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') {
        if (text[j] === "\n") throw new Error(`line break inside a Kea string at ${i}`);
        j += text[j] === "\\" ? 2 : 1;
      }
      json += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === "#" || text.startsWith("//", i)) {
      const end = text.indexOf("\n", i);
      comments.push(text.slice(i + (c === "#" ? 1 : 2), end < 0 ? text.length : end).trim());
      i = end < 0 ? text.length : end;
    } else if (text.startsWith("/*", i)) {
      const end = text.indexOf("*/", i + 2);
      comments.push(text.slice(i + 2, end < 0 ? text.length : end).trim());
      i = end < 0 ? text.length : end + 2;
    } else {
      json += c;
      i++;
    }
  }
  const config = JSON.parse(json, (key, value) =>
    key === "data" && typeof value === "string" ? keaTokens(value) : value,
  );
  return { config, comments };
}
