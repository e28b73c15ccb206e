/**
 * The "print everything" page: the binder that sits in the server room. Each other page's
 * content appears once, without its navigation; links between pages become links within
 * the binder; a drawing that repeats another (a VLAN's address bar, drawn again in the IP
 * plan) is left out. Ids are prefixed per page so they stay unique.
 */
import type { DocsDate } from "../context.ts";
import { link, list, renderInline } from "../doc.ts";
import { longDate } from "../format.ts";
import {
  blockViews,
  renderBlock,
  sectionViews,
  text,
  type PageHead,
  type RenderedBlock,
  type RenderedContent,
  type RenderedSection,
} from "../render-page.ts";
import { slug } from "../slug.ts";
import { docsTemplates, safe } from "../templates.ts";

/** The id prefix of one page's content in the binder: `vlan-10--`. */
const prefixOf = (path: string) => `${slug(path.replace(/\.html$/, ""))}--`;

/** The attributes the binder rewrites: ids, links and aria references. */
const REFERENCE = / (id|href|aria-labelledby)="([^"]*)"/g;
/** A link to another page, with the fragment it points at: `vlan-10.html#port-3`. */
const PAGE_LINK = /^([^#:/]+\.html)(?:#(.*))?$/;

/**
 * Fits one page's markup into the binder, in one pass over it: every id, fragment link
 * and aria reference gets the page's `prefix`, so ids stay unique (shapes shared by
 * drawings, ids starting `shared-`, keep theirs: the binder holds them once); links to
 * pages of the binder point at their place in it: `vlan-10.html` → `#vlan-10--top`.
 * `prefixes` holds the prefix of every page of the binder by path.
 */
export function binderMarkup(
  markup: string,
  prefix: string,
  prefixes: ReadonlyMap<string, string>,
): string {
  return markup.replace(REFERENCE, (whole, name: string, value: string) => {
    if (name === "id") return value.startsWith("shared-") ? whole : ` id="${prefix}${value}"`;
    if (name === "aria-labelledby") {
      const ids = value.split(" ").map((id) => prefix + id);
      return ` aria-labelledby="${ids.join(" ")}"`;
    }
    if (value.startsWith("#"))
      return value.startsWith("#shared-") ? whole : ` href="#${prefix}${value.slice(1)}"`;
    const to = PAGE_LINK.exec(value);
    if (!to) return whole;
    if (to[1] === "print.html") return ` href="#main"`;
    const there = prefixes.get(to[1]!);
    return there === undefined ? whole : ` href="#${there}${to[2] ?? "top"}"`;
  });
}

/** Drawings' shared shapes: `<defs data-shared="NAME">`, the same in every drawing that has them. */
const SHARED_DEFS = /<defs data-shared="([a-z-]+)">[\s\S]*?<\/defs>/g;

/** Leaves out what the binder holds elsewhere: drawings that repeat one on another page. */
function forBinder(content: RenderedContent): RenderedContent {
  const keep = (b: RenderedBlock) => !b.repeats;
  const sections = (list: readonly RenderedSection[]): RenderedSection[] =>
    list.map((s) => ({ ...s, blocks: s.blocks.filter(keep), sections: sections(s.sections) }));
  return { ...content, blocks: content.blocks.filter(keep), sections: sections(content.sections) };
}

/** The binder's opening words, with the date the site is described as of. */
function coverWords(asOf: DocsDate | undefined): string {
  const when = asOf
    ? `It describes the site as of ${longDate(asOf.date)} (${asOf.source}).`
    : "Its date is not known: build it from a site.yaml committed to git, or give carrel docs --date.";
  return `Every page of this site on one page, to print as the binder kept in the server room. ${when} Print it again whenever site.yaml changes.`;
}

/**
 * The print page, filled one page at a time in reading order: each page becomes an
 * article as soon as its content is rendered, so the content need not be kept for it.
 */
export class PrintBinder {
  /** Each page's article, without its shared shapes, its ids not yet prefixed. */
  readonly #articles: { head: PageHead; markup: string }[] = [];
  /** The first copy of each shared shape, by name. */
  readonly #shapes = new Map<string, string>();

  /** Adds a page as the binder's next article. */
  add(head: PageHead, content: RenderedContent): void {
    const shown = forBinder(content);
    const article = docsTemplates().article({
      id: "top",
      title: text(head.title),
      lead: shown.lead,
      blocks: blockViews(shown.blocks),
      sections: sectionViews(shown.sections, 3),
    });
    // One copy of each shared shape serves the whole binder: a hundred front panels then
    // draw their ports from one set of shapes.
    const markup = article.replace(SHARED_DEFS, (defs, name: string) => {
      if (!this.#shapes.has(name)) this.#shapes.set(name, defs);
      return "";
    });
    this.#articles.push({ head, markup });
  }

  /** The print page: the shared shapes, a list of contents, then every page's article. */
  finish(asOf: DocsDate | undefined): { head: PageHead; content: RenderedContent } {
    const pages = this.#articles.map((a) => a.head);
    const prefixes = new Map(pages.map((p) => [p.path, prefixOf(p.path)]));
    const articles = this.#articles.map(({ head, markup }) => ({
      markup: binderMarkup(markup, prefixes.get(head.path)!, prefixes),
      repeats: false,
    }));
    const contentsList = renderBlock(
      list(
        pages.map((page) => link(`#${prefixes.get(page.path)!}top`, page.title)),
        true,
      ),
    );
    const shapes = this.#shapes.size
      ? `<svg xmlns="http://www.w3.org/2000/svg" class="shared-shapes" width="0" height="0" aria-hidden="true" focusable="false">${[...this.#shapes.values()].join("")}</svg>`
      : "";
    return {
      head: { path: "print.html", title: "Everything, for printing", nav: "print" },
      content: {
        lead: safe(renderInline(coverWords(asOf))),
        blocks: [
          ...(shapes ? [{ markup: shapes, repeats: false }] : []),
          contentsList,
          ...articles,
        ],
        sections: [],
      },
    };
  }
}
