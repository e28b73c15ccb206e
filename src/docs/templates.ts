/**
 * The docs' Handlebars environment: private, strict, and with HTML escaping ON, so any
 * site.yaml text reaching a template as a plain string is escaped. Markup made by Carrel
 * itself (SVG drawings, rendered Markdown, inline links) arrives as `SafeString`.
 */
import Handlebars from "handlebars";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { carrelPath } from "../package-root.ts";

/** Carrel's docs templates and stylesheet. */
export const DOCS_TEMPLATES = carrelPath("templates", "docs");

/** Compiled docs templates: the page layout and the block partials. */
export interface DocsTemplates {
  readonly layout: Handlebars.TemplateDelegate;
  /** One page as an `<article>` (for the print page). */
  readonly article: Handlebars.TemplateDelegate;
  /** A printable room card: a page of its own, without the site's menu. */
  readonly card: Handlebars.TemplateDelegate;
  /** The block partials by name (`block-table`), to render a block on its own. */
  readonly partials: Readonly<Record<string, Handlebars.TemplateDelegate>>;
  readonly stylesheet: string;
}

let cached: DocsTemplates | undefined;

/** Loads and compiles the docs templates once per process. */
export function docsTemplates(): DocsTemplates {
  if (cached) return cached;
  const hbs = Handlebars.create();
  const read = (name: string) => readFileSync(join(DOCS_TEMPLATES, name), "utf8");
  // No helpers of their own: a helper that is not Handlebars' own is a compile error. No
  // @index or @first either: without them #each makes no data frame for every row.
  const options = {
    strict: true,
    preventIndent: true,
    knownHelpers: {},
    knownHelpersOnly: true,
    data: false,
  };
  const partials: Record<string, Handlebars.TemplateDelegate> = {};
  for (const file of readdirSync(DOCS_TEMPLATES).sort()) {
    if (!file.endsWith(".hbs") || ["layout.hbs", "article.hbs", "card.hbs"].includes(file))
      continue;
    const name = file.slice(0, -4);
    const partial = hbs.compile(read(file), options);
    partials[name] = partial;
    hbs.registerPartial(name, partial);
  }
  cached = {
    partials,
    layout: hbs.compile(read("layout.hbs"), options),
    article: hbs.compile(read("article.hbs"), options),
    card: hbs.compile(read("card.hbs"), options),
    stylesheet: read("style.css"),
  };
  return cached;
}

/** Drops the compiled templates, so the next build reads them again (`carrel docs --serve`). */
export function forgetDocsTemplates(): void {
  cached = undefined;
}

/** Marks markup Carrel made as safe for a template. */
export function safe(markup: string): Handlebars.SafeString {
  return new Handlebars.SafeString(markup);
}
