/**
 * The "print everything" page: every other page, one after another, as the binder that
 * sits in the server room. Ids are prefixed per page so they stay unique.
 */
import type { Page } from "../doc.ts";
import { docsTemplates, safe } from "../templates.ts";
import { blockViews, sectionViews } from "../render-page.ts";
import { link, list, renderInline } from "../doc.ts";
import { slug } from "../slug.ts";

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

/** The print page's frame and its pre-rendered articles. */
export function printPage(pages: readonly Page[]): {
  page: Page;
  blocks: Record<string, unknown>[];
} {
  const articles = pages.map((page) => {
    const o = { idPrefix: "", level: 3 };
    const view = {
      id: "top",
      title: page.title,
      lead: safe(renderInline(page.lead)),
      blocks: blockViews(page.blocks ?? [], o),
      sections: sectionViews(page.sections, o),
    };
    return {
      partial: "block-html",
      html: safe(prefixIds(renderArticle(view), `${slug(page.path.replace(/\.html$/, ""))}--`)),
    };
  });
  const contents = blockViews(
    [
      list(
        pages.map((page) => link(`#${slug(page.path.replace(/\.html$/, ""))}--top`, page.title)),
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
      lead: "Every page of this site on one page, to print as the binder kept in the server room. Print it again whenever the site changes; the date on the binder's cover should match the last change to site.yaml.",
      sections: [],
    },
    blocks: [...contents, ...articles],
  };
}

function renderArticle(view: Record<string, unknown>): string {
  return docsTemplates().article(view);
}
