/**
 * Safe HTML building for the docs: every interpolated value is escaped unless it is
 * already `Html` (made here, by an SVG drawer, or by the Markdown renderer).
 */

/** A piece of markup known to be safe: never built from unescaped site.yaml text. */
export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * A character past U+00FF as a numeric character reference (`—` is `&#x2014;`), which HTML
 * and XML read back as the character. A lone surrogate, half a character that UTF-8 cannot
 * carry, becomes U+FFFD, the replacement character, as writing it would have made it.
 */
function reference(c: string): string {
  const code = c.codePointAt(0)!;
  const shown = code >= 0xd800 && code <= 0xdfff ? 0xfffd : code;
  return `&#x${shown.toString(16).toUpperCase()};`;
}

const SPECIAL = /[&<>"'\u0100-\uffff]/;
const SPECIALS = /[&<>"']|[\ud800-\udbff][\udc00-\udfff]|[\u0100-\uffff]/g;
const WIDE = /[\u0100-\uffff]/;
const WIDES = /[\ud800-\udbff][\udc00-\udfff]|[\u0100-\uffff]/g;

/**
 * Escapes text for HTML and XML (element content and quoted attribute values). Characters
 * past U+00FF are written as references too, so every page is text of one byte per
 * character in memory: V8 stores a string with a single wider character (one `—`) at two
 * bytes per character, and the print page holds every page (19 MB of the city's docs were
 * held twice over in a heap snapshot taken as they were written).
 */
export function escapeHtml(text: string): string {
  // Most text has nothing to escape: a test is cheaper than a replace that copies it.
  return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => ESCAPES[c] ?? reference(c)) : text;
}

/**
 * Markup made elsewhere (rendered Markdown) with its characters past U+00FF written as
 * references, as `escapeHtml` writes them. Markup is ASCII but for text and attribute
 * values, where a reference means the character itself.
 */
export function narrowMarkup(markup: string): string {
  return WIDE.test(markup) ? markup.replace(WIDES, reference) : markup;
}

/** A value a template may interpolate: text (escaped), numbers, markup, or lists of them. */
export type Interpolated =
  string | number | Html | undefined | null | false | readonly Interpolated[];

function piece(value: Interpolated): string {
  if (value === undefined || value === null || value === false) return "";
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(piece).join("");
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<b>${name}</b>\`` escapes `name`; nested `Html` passes through. */
export function html(strings: TemplateStringsArray, ...values: Interpolated[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += piece(v) + strings[i + 1]!;
  });
  return new Html(out);
}

/** Joins pieces of markup. */
export function joinHtml(parts: readonly Interpolated[], separator = ""): Html {
  return new Html(parts.map(piece).join(separator));
}
