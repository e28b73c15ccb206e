/** The glossary: the words these pages use, explained for non-technical staff. */
import type { DocsContext } from "../context.ts";
import { facts, joined, link, p, type Block, type Page } from "../doc.ts";
import { Html, escapeHtml } from "../html.ts";
import { href, slug } from "../slug.ts";
import type { SiteModel } from "../../site/index.ts";
import { TERMS, type Term } from "./glossary-terms.ts";

/** The terms that apply to this site: the glossary lists these, and pages may link them. */
export function glossaryTerms(model: SiteModel): Term[] {
  return TERMS.filter((t) => t.used === undefined || t.used(model));
}

/** "Words used here: ..." linking the glossary entries (of this site) a page relies on. */
export function wordsUsedHere(model: SiteModel, terms: readonly string[]): Block {
  const known = glossaryTerms(model)
    .map((t) => t.term)
    .filter((t) => terms.includes(t));
  return p([
    "Words used here: ",
    joined(known.map((t) => link(href.glossary(t), t))),
    " (see the glossary).",
  ]);
}

/** Builds glossary.html, with only the terms that apply to this site. */
export function glossaryPage(ctx: DocsContext): Page {
  const terms = glossaryTerms(ctx.model);
  return {
    path: "glossary.html",
    title: "Glossary",
    nav: "glossary",
    lead: "The technical words used on these pages, in plain language.",
    sections: [
      {
        id: "terms",
        heading: "Terms",
        blocks: [
          facts(
            terms.map((t) => [
              t.term,
              new Html(`<span id="term-${slug(t.term)}">${escapeHtml(t.words)}</span>`),
            ]),
          ),
        ],
      },
    ],
  };
}
