/**
 * The docs' document model: pages made of sections and blocks, built by pure functions
 * in `pages/` and turned into HTML by the templates in `templates/docs/`.
 */
import { Html, escapeHtml } from "./html.ts";

/** Inline content: text (escaped), links, code, emphasis, trusted markup, or a run of them. */
export type Inline =
  | string
  | number
  | Html
  | { readonly kind: "link"; readonly href: string; readonly text: Inline }
  | { readonly kind: "code"; readonly text: string }
  | { readonly kind: "strong"; readonly text: Inline }
  | { readonly kind: "flag"; readonly tone: FlagTone; readonly text: string }
  | readonly Inline[];

/** How urgent a flag is: past its date, or coming up. */
export type FlagTone = "overdue" | "soon";

/** Link targets that become links: a scheme of http, https, mailto or tel, or none (relative). */
const SAFE_HREF = /^(?:(?:https?|mailto|tel):|[^:]*$)/i;

/** A link to another page or fragment (relative). */
export const link = (href: string, text: Inline): Inline => ({ kind: "link", href, text });
/** Literal text in a monospace font: commands, addresses, file names. */
export const code = (text: string): Inline => ({ kind: "code", text });
/** Important words. */
export const strong = (text: Inline): Inline => ({ kind: "strong", text });
/** A marked phrase ("overdue by 2 months"): its words carry the meaning, its colour helps. */
export const flag = (tone: FlagTone, text: string): Inline => ({ kind: "flag", tone, text });

/** Joins inline pieces with a separator (", " by default). */
export function joined(items: readonly Inline[], separator: Inline = ", "): Inline {
  const out: Inline[] = [];
  items.forEach((item, i) => {
    if (i > 0) out.push(separator);
    out.push(item);
  });
  return out;
}

/** A table. The first column holds row headers when `rowHeader` is set. */
export interface Table {
  readonly kind: "table";
  readonly caption: Inline;
  readonly head: readonly string[];
  readonly rows: readonly (readonly Inline[])[];
  readonly rowHeader?: boolean;
  /** Columns (0-based) aligned right: numbers. */
  readonly numeric?: readonly number[];
  /** Fragment ids per row, so other pages can link to one row. */
  readonly rowIds?: readonly (string | undefined)[];
}

/** One block of a section. */
export type Block =
  | { readonly kind: "p"; readonly content: Inline }
  | { readonly kind: "note"; readonly content: Inline }
  | Table
  | { readonly kind: "list"; readonly items: readonly Inline[]; readonly ordered?: boolean }
  | { readonly kind: "facts"; readonly items: readonly (readonly [string, Inline])[] }
  | {
      readonly kind: "figure";
      readonly svg: Html;
      readonly caption: Inline;
      /** The same drawing appears elsewhere in the site; the print binder leaves this copy out. */
      readonly repeats?: boolean;
    }
  | { readonly kind: "html"; readonly html: Html };

/** A titled part of a page; sections nest (h2, h3, h4). */
export interface Section {
  readonly id: string;
  readonly heading: Inline;
  readonly blocks: readonly Block[];
  readonly sections?: readonly Section[];
}

/** Which top-level navigation entry a page belongs under. */
export type NavKey =
  | "overview"
  | "start-here"
  | "vendors"
  | "network"
  | "dhcp"
  | "dns"
  | "servers"
  | "vdi"
  | "directory"
  | "azure"
  | "inventory"
  | "licences"
  | "operations"
  | "runbooks"
  | "glossary"
  | "how-to-change"
  | "changes"
  | "compliance"
  | "security"
  | "services"
  | "public-dns"
  | "rooms"
  | "print";

/** One HTML page of the site. */
export interface Page {
  /** File name, relative to the site root (`vlan-10.html`). */
  readonly path: string;
  readonly title: string;
  readonly nav: NavKey;
  /** The opening paragraph under the title, in plain words. */
  readonly lead: Inline;
  readonly blocks?: readonly Block[];
  readonly sections: readonly Section[];
}

/** Shorthands for blocks. */
export const p = (content: Inline): Block => ({ kind: "p", content });
export const note = (content: Inline): Block => ({ kind: "note", content });
export const list = (items: readonly Inline[], ordered = false): Block => ({
  kind: "list",
  items,
  ordered,
});
export const facts = (items: readonly (readonly [string, Inline])[]): Block => ({
  kind: "facts",
  items,
});
export const figure = (svg: Html, caption: Inline, repeats = false): Block => ({
  kind: "figure",
  svg,
  caption,
  ...(repeats ? { repeats } : {}),
});
export const table = (t: Omit<Table, "kind">): Table => ({ kind: "table", ...t });

/** Renders inline content to escaped HTML. */
export function renderInline(content: Inline): string {
  if (typeof content === "string") return escapeHtml(content);
  if (typeof content === "number") return escapeHtml(String(content));
  if (content instanceof Html) return content.value;
  if (Array.isArray(content)) return content.map(renderInline).join("");
  const c = content as Exclude<Inline, string | number | Html | readonly Inline[]>;
  switch (c.kind) {
    case "link":
      // Site text can reach a link (a vendor's website): only plain web, mail and phone
      // addresses and relative links become links; anything else (javascript:) stays text.
      return SAFE_HREF.test(c.href)
        ? `<a href="${escapeHtml(c.href)}">${renderInline(c.text)}</a>`
        : renderInline(c.text);
    case "code":
      return `<code>${escapeHtml(c.text)}</code>`;
    case "strong":
      return `<strong>${renderInline(c.text)}</strong>`;
    case "flag":
      return `<strong class="flag flag-${c.tone}">${escapeHtml(c.text)}</strong>`;
    default: {
      const never: never = c;
      throw new Error(`unknown inline ${JSON.stringify(never)}`);
    }
  }
}

/** Plain text of inline content (for titles and alt text). */
export function plainText(content: Inline): string {
  if (typeof content === "string") return content;
  if (typeof content === "number") return String(content);
  if (content instanceof Html) return content.value.replace(/<[^>]*>/g, "");
  if (Array.isArray(content)) return content.map(plainText).join("");
  const c = content as Exclude<Inline, string | number | Html | readonly Inline[]>;
  return c.kind === "code" || c.kind === "flag" ? c.text : plainText(c.text);
}
