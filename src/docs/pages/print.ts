/**
 * The "print everything" page: the binder that sits in the server room. Each other page's
 * content appears once, without its navigation; links between pages become links within
 * the binder; a drawing that repeats another (a VLAN's address bar, drawn again in the IP
 * plan) is left out. Ids are prefixed per page so they stay unique.
 */
import type { DocsDate } from "../context.ts";
import { link, list, renderInline, type Page } from "../doc.ts";
import { longDate } from "../format.ts";
import { blockViews, sectionViews } from "../render-page.ts";
import { slug } from "../slug.ts";
import { docsTemplates, safe } from "../templates.ts";

/** The id prefix of one page's content in the binder: `vlan-10--`. */
const prefixOf = (path: string) => `${slug(path.replace(/\.html$/, ""))}--`;

/**
 * Makes every id, fragment link and aria reference in `markup` unique to one page. Shapes
 * shared by drawings (ids starting `shared-`) keep their ids: the binder holds them once.
 */
export function prefixIds(markup: string, prefix: string): string {
  return markup
    .replace(/ id="(?!shared-)/g, ` id="${prefix}`)
    .replace(/ href="#(?!shared-)/g, ` href="#${prefix}`)
    .replace(
      / aria-labelledby="([^"]*)"/g,
      (_, ids: string) =>
        ` aria-labelledby="${ids
          .split(" ")
          .map((id) => prefix + id)
          .join(" ")}"`,
    );
}

/** Points links to other pages of the binder at their place in it: `vlan-10.html` → `#vlan-10--top`. */
export function linksWithin(markup: string, paths: ReadonlySet<string>): string {
  return markup.replace(/ href="([^"#:/]+\.html)(?:#([^"]*))?"/g, (whole, file: string, frag) =>
    file === "print.html"
      ? ` href="#main"`
      : paths.has(file)
        ? ` href="#${prefixOf(file)}${frag ?? "top"}"`
        : whole,
  );
}

/** Drawings' shared shapes: `<defs data-shared="NAME">`, the same in every drawing that has them. */
const SHARED_DEFS = /<defs data-shared="([a-z-]+)">[\s\S]*?<\/defs>/g;

/**
 * Takes the shared shapes out of every page's markup, keeping one copy of each for the
 * binder: a hundred front panels then draw their ports from one set of shapes.
 */
function shareShapes(markups: readonly string[]): { markups: string[]; defs: string } {
  const kept = new Map<string, string>();
  const out = markups.map((m) =>
    m.replace(SHARED_DEFS, (defs, name: string) => {
      if (!kept.has(name)) kept.set(name, defs);
      return "";
    }),
  );
  const defs = kept.size
    ? `<svg xmlns="http://www.w3.org/2000/svg" class="shared-shapes" width="0" height="0" aria-hidden="true" focusable="false">${[...kept.values()].join("")}</svg>`
    : "";
  return { markups: out, defs };
}

/** Leaves out what the binder holds elsewhere: drawings that repeat one on another page. */
function forBinder(page: Page): Page {
  const keep = (b: NonNullable<Page["blocks"]>[number]) => !(b.kind === "figure" && b.repeats);
  type Sections = Page["sections"];
  const sections = (list: Sections): Sections =>
    list.map((s) => ({
      ...s,
      blocks: s.blocks.filter(keep),
      sections: sections(s.sections ?? []),
    }));
  return { ...page, blocks: (page.blocks ?? []).filter(keep), sections: sections(page.sections) };
}

/** The binder's opening words, with the date the site is described as of. */
function coverWords(asOf: DocsDate | undefined): string {
  const when = asOf
    ? `It describes the site as of ${longDate(asOf.date)} (${asOf.source}).`
    : "Its date is not known: build it from a site.yaml committed to git, or give carrel docs --date.";
  return `Every page of this site on one page, to print as the binder kept in the server room. ${when} Print it again whenever site.yaml changes.`;
}

/** The print page's frame and its pre-rendered articles. */
export function printPage(
  pages: readonly Page[],
  asOf: DocsDate | undefined,
): {
  page: Page;
  blocks: Record<string, unknown>[];
} {
  const paths = new Set(pages.map((p) => p.path));
  const rendered = pages.map((whole) => {
    const page = forBinder(whole);
    const o = { idPrefix: "", level: 3 };
    return docsTemplates().article({
      id: "top",
      title: page.title,
      lead: safe(renderInline(page.lead)),
      blocks: blockViews(page.blocks ?? [], o),
      sections: sectionViews(page.sections, o),
    });
  });
  const shared = shareShapes(rendered);
  const articles = shared.markups.map((markup, i) => ({
    partial: "block-html",
    html: safe(linksWithin(prefixIds(markup, prefixOf(pages[i]!.path)), paths)),
  }));
  const contents = blockViews(
    [
      list(
        pages.map((page) => link(`#${prefixOf(page.path)}top`, page.title)),
        true,
      ),
    ],
    { idPrefix: "", level: 2 },
  );
  return {
    page: {
      path: "print.html",
      title: "Everything, for printing",
      nav: "print",
      lead: coverWords(asOf),
      sections: [],
    },
    blocks: [
      ...(shared.defs ? [{ partial: "block-html", html: safe(shared.defs) }] : []),
      ...contents,
      ...articles,
    ],
  };
}
