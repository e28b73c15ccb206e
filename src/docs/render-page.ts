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

/** Options for turning sections into views. */
export interface ViewOptions {
  /** Prefix for every id (the print page keeps ids of different pages apart). */
  readonly idPrefix: string;
  /** Heading level of top-level sections. */
  readonly level: number;
}

const inline = (content: Parameters<typeof renderInline>[0]) => safe(renderInline(content));

function blockView(block: Block, o: ViewOptions): View {
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
        items: block.items.map(([term, def]) => ({ term, definition: inline(def) })),
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
        label: plainText(block.caption),
        head: block.head.map((text, i) => ({ text, numeric: numeric.has(i) })),
        rows: block.rows.map((cells, r) => {
          const id = block.rowIds?.[r];
          return {
            id: id === undefined ? false : o.idPrefix + id,
            cells: cells.map((cell, i) => ({
              th: i === 0 && block.rowHeader === true,
              numeric: numeric.has(i),
              html: inline(cell),
            })),
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

/** Views of sections, with heading levels and prefixed ids. */
export function sectionViews(sections: readonly Section[], o: ViewOptions): View[] {
  const level = Math.min(o.level, 6);
  return sections.map((s) => {
    const id = escapeHtml(o.idPrefix + s.id);
    return {
      id,
      level,
      open: safe(`<h${level} id="${id}">`),
      close: safe(`</h${level}>`),
      heading: inline(s.heading),
      blocks: (s.blocks ?? []).map((b) => blockView(b, o)),
      sections: sectionViews(s.sections ?? [], { ...o, level: o.level + 1 }),
    };
  });
}

/** Views of loose blocks (before the first section). */
export function blockViews(blocks: readonly Block[], o: ViewOptions): View[] {
  return blocks.map((b) => blockView(b, o));
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

/** Renders a page with the layout. `sections` may be given pre-built (the print page). */
export function renderPage(
  page: Page,
  frame: SiteFrame,
  prebuilt?: { blocks: View[]; sections: View[] },
): string {
  const { layout } = docsTemplates();
  const o: ViewOptions = { idPrefix: "", level: 2 };
  const file = frame.stamp.file.split(/[\\/]/).pop() ?? frame.stamp.file;
  const view = {
    header: headerComment(frame.stamp),
    siteName: frame.siteName,
    title: page.title,
    lead: inline(page.lead),
    nav: [
      ...(frame.links ?? []).map((l) => ({ ...l, current: l.href === page.path, start: false })),
      ...NAV.filter((n) => frame.nav.includes(n.key)).map((n) => ({
        href: n.href,
        label: n.label,
        current: n.key === page.nav && n.href === page.path,
        start: n.key === "start-here",
      })),
    ],
    hub: frame.hub ?? false,
    blocks: prebuilt?.blocks ?? blockViews(page.blocks ?? [], o),
    sections: prebuilt?.sections ?? sectionViews(page.sections, o),
    stampFile: file,
    stampHash: frame.stamp.hash.slice(0, 16),
    asOf: frame.asOf ? longDate(frame.asOf.date) : false,
    asOfSource: frame.asOf?.source ?? "",
  };
  return (layout as Handlebars.TemplateDelegate)(view);
}
