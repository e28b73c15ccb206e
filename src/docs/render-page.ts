/** Turns a `Page` into the view the templates read, and renders it with the layout. */
import type Handlebars from "handlebars";
import { generatedNotice, type SiteStamp } from "../output/index.ts";
import type { DocsDate } from "./context.ts";
import {
  plainText,
  renderInline,
  type Block,
  type NavKey,
  type Page,
  type Section,
} from "./doc.ts";
import { longDate } from "./format.ts";
import { escapeHtml } from "./html.ts";
import { docsTemplates, safe } from "./templates.ts";

/** The top-level pages, in menu order. */
export const NAV: readonly { key: NavKey; label: string; href: string }[] = [
  { key: "overview", label: "Overview", href: "index.html" },
  { key: "start-here", label: "Start here", href: "start-here.html" },
  { key: "network", label: "Network", href: "network.html" },
  { key: "dhcp", label: "DHCP", href: "dhcp.html" },
  { key: "dns", label: "DNS", href: "dns.html" },
  { key: "servers", label: "Servers and VMs", href: "servers.html" },
  { key: "vdi", label: "Public desktops", href: "vdi.html" },
  { key: "directory", label: "Groups", href: "directory.html" },
  { key: "azure", label: "Azure", href: "azure.html" },
  { key: "inventory", label: "Inventory", href: "inventory.html" },
  { key: "licences", label: "Licences", href: "licences.html" },
  { key: "services", label: "Services", href: "services.html" },
  { key: "public-dns", label: "Email and web DNS", href: "public-dns.html" },
  { key: "rooms", label: "Meeting rooms", href: "rooms.html" },
  { key: "vendors", label: "Vendors", href: "vendors.html" },
  { key: "operations", label: "Backups", href: "operations.html" },
  { key: "security", label: "Security", href: "security.html" },
  { key: "runbooks", label: "Runbooks", href: "runbooks.html" },
  { key: "how-to-change", label: "How to change", href: "how-to-change.html" },
  { key: "glossary", label: "Glossary", href: "glossary.html" },
  { key: "changes", label: "Changes", href: "changes.html" },
  { key: "compliance", label: "Compliance", href: "compliance.html" },
  { key: "print", label: "Print all", href: "print.html" },
];

type View = Record<string, unknown>;

const inline = (content: Parameters<typeof renderInline>[0]) => safe(renderInline(content));

/**
 * Text for a template, escaped here rather than by Handlebars: `escapeHtml` also writes
 * characters past U+00FF as references, which keeps the pages one byte per character.
 */
export const text = (value: string) => safe(escapeHtml(value));

function blockView(block: Block): View {
  switch (block.kind) {
    case "p":
    case "note":
      return { partial: `block-${block.kind}`, content: inline(block.content) };
    case "list":
      return {
        partial: "block-list",
        ordered: block.ordered === true,
        items: block.items.map(inline),
      };
    case "facts":
      return {
        partial: "block-facts",
        items: block.items.map(([term, def]) => ({ term: text(term), definition: inline(def) })),
      };
    case "figure":
      return {
        partial: "block-figure",
        svg: safe(block.svg.value),
        // The drawing's own title names the box it scrolls in on a narrow screen.
        labelledBy: /<title id="([^"]+)"/.exec(block.svg.value)?.[1] ?? false,
        caption: inline(block.caption),
      };
    case "html":
      return { partial: "block-html", html: safe(block.html.value) };
    case "table": {
      const numeric = new Set(block.numeric ?? []);
      return {
        partial: "block-table",
        caption: inline(block.caption),
        label: text(plainText(block.caption)),
        head: block.head.map((cell, i) => ({ text: text(cell), numeric: numeric.has(i) })),
        // The row header apart from the other cells: a test less for every cell.
        rows: block.rows.map((cells, r) => {
          const views = cells.map((cell, i) => ({ numeric: numeric.has(i), html: inline(cell) }));
          const header = block.rowHeader === true && views.length > 0;
          return {
            id: block.rowIds?.[r] ?? false,
            header: header ? views[0] : false,
            cells: header ? views.slice(1) : views,
          };
        }),
      };
    }
    default: {
      const never: never = block;
      throw new Error(`unknown block ${JSON.stringify(never)}`);
    }
  }
}

/** A block as markup, made once: the page and the print binder both show it. */
export interface RenderedBlock {
  /** The block's partial's output, without the line end that `block-html` adds back. */
  readonly markup: string;
  /** A drawing the binder holds elsewhere (see `figure`). */
  readonly repeats: boolean;
}

/** A section with its blocks rendered; its heading's level is chosen where it is shown. */
export interface RenderedSection {
  readonly id: string;
  readonly heading: Handlebars.SafeString;
  readonly blocks: readonly RenderedBlock[];
  readonly sections: readonly RenderedSection[];
}

/** What a page shows under its title, rendered. */
export interface RenderedContent {
  readonly lead: Handlebars.SafeString;
  readonly blocks: readonly RenderedBlock[];
  readonly sections: readonly RenderedSection[];
}

/** Renders one block with its partial. */
export function renderBlock(block: Block): RenderedBlock {
  const view = blockView(block);
  const partial = docsTemplates().partials[view.partial as string]!;
  const markup = partial(view);
  return {
    markup: markup.endsWith("\n") ? markup.slice(0, -1) : markup,
    repeats: block.kind === "figure" && block.repeats === true,
  };
}

/** Renders the blocks of a page's sections, each once. */
function renderSections(sections: readonly Section[]): RenderedSection[] {
  return sections.map((s) => ({
    id: escapeHtml(s.id),
    heading: inline(s.heading),
    blocks: (s.blocks ?? []).map(renderBlock),
    sections: renderSections(s.sections ?? []),
  }));
}

/**
 * A page's lead, blocks and sections as markup. The print binder shows every page again,
 * so rendering them once for both halves the work (the binder was half of the docs'
 * Handlebars time in `node --cpu-prof` of the city site).
 */
export function renderContent(page: Page): RenderedContent {
  return {
    lead: inline(page.lead),
    blocks: (page.blocks ?? []).map(renderBlock),
    sections: renderSections(page.sections),
  };
}

/** Views of rendered blocks, for the `block-html` partial. */
export function blockViews(blocks: readonly RenderedBlock[]): View[] {
  return blocks.map((b) => ({ partial: "block-html", html: safe(b.markup) }));
}

/** Views of rendered sections, with heading levels (top-level sections at `level`). */
export function sectionViews(sections: readonly RenderedSection[], level: number): View[] {
  const shown = Math.min(level, 6);
  return sections.map((s) => ({
    id: s.id,
    level: shown,
    open: safe(`<h${shown} id="${s.id}">`),
    close: safe(`</h${shown}>`),
    heading: s.heading,
    blocks: blockViews(s.blocks),
    sections: sectionViews(s.sections, level + 1),
  }));
}

/** Everything the layout needs besides the page. */
export interface SiteFrame {
  readonly siteName: string;
  readonly stamp: SiteStamp;
  /** Nav entries shown (Changes only when a change summary exists). */
  readonly nav: readonly NavKey[];
  /** The date the pages are as of, shown in every footer. */
  readonly asOf: DocsDate | undefined;
  /** The consortium hub the pages belong to, linked from every page's header. */
  readonly hub?: { readonly name: string; readonly href: string };
  /** Entries before the pages' own in the menu (the hub lists its libraries). */
  readonly links?: readonly { readonly href: string; readonly label: string }[];
}

/** How a docs file's notice says to regenerate it. */
export const DOCS_AGAIN = "run carrel docs again";

/** The comment every page starts with, safe inside `<!-- -->`. */
function headerComment(stamp: SiteStamp): string {
  const text = generatedNotice(stamp, DOCS_AGAIN).join("\n") + "\n";
  return text.replace(/--/g, "- -");
}

/** What the layout shows of a page besides its content. */
export type PageHead = Pick<Page, "path" | "title" | "nav">;

/** Renders a page with the layout, around its rendered content. */
export function renderPage(page: PageHead, frame: SiteFrame, content: RenderedContent): string {
  const { layout } = docsTemplates();
  const file = frame.stamp.file.split(/[\\/]/).pop() ?? frame.stamp.file;
  const view = {
    header: headerComment(frame.stamp),
    siteName: text(frame.siteName),
    title: text(page.title),
    lead: content.lead,
    nav: [
      ...(frame.links ?? []).map((l) => ({
        href: text(l.href),
        label: text(l.label),
        current: l.href === page.path,
        start: false,
      })),
      ...NAV.filter((n) => frame.nav.includes(n.key)).map((n) => ({
        href: n.href,
        label: n.label,
        current: n.key === page.nav && n.href === page.path,
        start: n.key === "start-here",
      })),
    ],
    hub: frame.hub ? { name: text(frame.hub.name), href: text(frame.hub.href) } : false,
    blocks: blockViews(content.blocks),
    sections: sectionViews(content.sections, 2),
    stampFile: text(file),
    stampHash: frame.stamp.hash.slice(0, 16),
    asOf: frame.asOf ? longDate(frame.asOf.date) : false,
    asOfSource: text(frame.asOf?.source ?? ""),
  };
  return layout(view);
}
