/** The runbooks: Markdown files beside site.yaml, rendered to pages, and an index of them. */
import MarkdownIt from "markdown-it";
import { runbookPaths } from "../../site/index.ts";
import type { DocsContext, RunbookText } from "../context.ts";
import { link, list, p, type Page } from "../doc.ts";
import { Html, narrowMarkup } from "../html.ts";
import { href } from "../slug.ts";

// Raw HTML in a runbook is shown as text, never passed through.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** The runbook's title (its first `# ` heading, else its file name) and the rest of its text. */
export function splitTitle(runbook: RunbookText): { title: string; body: string } {
  const lines = runbook.text.split(/\r?\n/);
  const at = lines.findIndex((l) => /^#\s+\S/.test(l));
  if (at < 0)
    return { title: runbook.path.split("/").pop()!.replace(/\.md$/i, ""), body: runbook.text };
  return {
    title: lines[at]!.replace(/^#\s+/, "").trim(),
    body: [...lines.slice(0, at), ...lines.slice(at + 1)].join("\n"),
  };
}

/** Renders a runbook's Markdown; links to other runbooks point at their pages. */
export function renderRunbook(body: string): Html {
  const env = {};
  const tokens = markdown.parse(body, env);
  for (const token of tokens)
    for (const child of token.children ?? []) {
      if (child.type !== "link_open") continue;
      const target = String(child.attrGet("href") ?? "");
      if (/^[\w./-]+\.md(#.*)?$/i.test(target))
        child.attrSet("href", href.runbook(target.split("#")[0]!));
    }
  return new Html(narrowMarkup(markdown.renderer.render(tokens, markdown.options, env)));
}

/**
 * The runbooks among the Markdown files read: every file but the room cards' notes (which
 * the cards print), unless a runbook list names it too.
 */
export function runbookTexts(ctx: DocsContext): RunbookText[] {
  const runbooks = new Set(runbookPaths(ctx.model.site));
  const notes = new Set(
    ctx.model.rooms.flatMap((r) => (r.room.card?.notes ? [r.room.card.notes] : [])),
  );
  return ctx.input.runbooks.filter((r) => runbooks.has(r.path) || !notes.has(r.path));
}

/** One page per runbook. */
export function runbookPages(ctx: DocsContext): Page[] {
  return runbookTexts(ctx).map((r) => {
    const { title, body } = splitTitle(r);
    return {
      path: href.runbook(r.path),
      title,
      nav: "runbooks",
      lead: [
        "Runbook from ",
        r.path,
        ". Follow the steps in order; stop and ask if something does not look as described.",
      ],
      blocks: [
        { kind: "html", html: new Html(`<div class="runbook">${renderRunbook(body).value}</div>`) },
      ],
      sections: [],
    };
  });
}

/** The index of runbooks. */
export function runbooksPage(ctx: DocsContext): Page {
  const books = runbookTexts(ctx);
  return {
    path: "runbooks.html",
    title: "Runbooks",
    nav: "runbooks",
    lead: "Step-by-step instructions for jobs that do not happen often enough to remember: restoring a server, replacing a switch, and so on.",
    sections: [
      {
        id: "list",
        heading: "All runbooks",
        blocks: [
          books.length === 0
            ? p("No runbooks are listed under operations.runbooks in site.yaml.")
            : list(books.map((r) => link(href.runbook(r.path), splitTitle(r).title))),
        ],
      },
    ],
  };
}
