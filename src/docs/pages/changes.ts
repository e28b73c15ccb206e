/** The change summary page (`--since GIT_REF`). */
import type { DocsContext } from "../context.ts";
import { code, list, p, type Page } from "../doc.ts";
import { siteChanges } from "../../site/index.ts";
import { slug } from "../slug.ts";

/** Builds changes.html, or nothing when no earlier version was given. */
export function changesPage(ctx: DocsContext): Page | undefined {
  const previous = ctx.input.previous;
  if (!previous) return undefined;
  const groups = siteChanges(previous, ctx.model);
  const since = ctx.input.previousLabel ?? "the earlier version";
  return {
    path: "changes.html",
    title: "What changed",
    nav: "changes",
    lead: [
      "Changes to site.yaml since ",
      code(since),
      ", in plain words. Read this before approving a change.",
    ],
    sections: groups.length
      ? groups.map((g) => ({
          id: `changes-${slug(g.area)}`,
          heading: g.area,
          blocks: [list(g.changes)],
        }))
      : [{ id: "none", heading: "No changes", blocks: [p("Nothing in site.yaml changed.")] }],
  };
}
