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

/** Makes every id, fragment link and aria reference in `markup` unique to one page. */
export function prefixIds(markup: string, prefix: string): string {
  return markup
    .replace(/ id="/g, ` id="${prefix}`)
    .replace(/ href="#/g, ` href="#${prefix}`)
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
    paths.has(file) ? ` href="#${prefixOf(file)}${frag ?? "top"}"` : whole,
  );
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
  const articles = pages.map((whole) => {
    const page = forBinder(whole);
    const o = { idPrefix: "", level: 3 };
    const view = {
      id: "top",
      title: page.title,
      lead: safe(renderInline(page.lead)),
      blocks: blockViews(page.blocks ?? [], o),
      sections: sectionViews(page.sections, o),
    };
    const markup = prefixIds(docsTemplates().article(view), prefixOf(page.path));
    return { partial: "block-html", html: safe(linksWithin(markup, paths)) };
  });
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
    blocks: [...contents, ...articles],
  };
}
