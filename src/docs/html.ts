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

const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;

/** Escapes text for HTML and XML (element content and quoted attribute values). */
export function escapeHtml(text: string): string {
  // Most text has nothing to escape: a test is cheaper than a replace that copies it.
  return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => ESCAPES[c]!) : text;
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
