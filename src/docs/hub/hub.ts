/**
 * The consortium hub, `docs/index.html`: the member libraries (each linking to its own docs
 * under `docs/<code>/`), the WAN as a drawing and as an address plan, the consortium-wide
 * inventory and replacement plan by fiscal year with totals per site and per year (and as
 * CSV files for the budget), and the licences and contracts several libraries share.
 */
import type { ConsortiumFile } from "../../consortium/schema.ts";
import {
  generatedNotice,
  sortFiles,
  type GeneratedFile,
  type SiteStamp,
} from "../../output/index.ts";
import type { DocsDate } from "../context.ts";
import {
  code,
  figure,
  joined,
  link,
  note,
  p,
  strong,
  table,
  type Inline,
  type Page,
  type Section,
} from "../doc.ts";
import { fiscalYear, longDate, money } from "../format.ts";
import { DOCS_AGAIN, renderContent, renderPage, type SiteFrame } from "../render-page.ts";
import { docsTemplates } from "../templates.ts";
import { itemsCsv, planCsv, planItems, replacementPlan } from "./budget.ts";
import type { HubSite } from "./hub-site.ts";
import { wanDiagram } from "./wan-diagram.ts";

/** What the hub is built from. */
export interface HubInput {
  readonly consortium: ConsortiumFile;
  /** The members whose docs were built, in consortium.yaml's order. */
  readonly sites: readonly HubSite[];
  /** Members whose docs could not be built (their problems were printed). */
  readonly missing: readonly { readonly code: string; readonly file: string }[];
  /** consortium.yaml's name and hash, for each file's header. */
  readonly stamp: SiteStamp;
  readonly asOf?: DocsDate;
}

/** The CSV downloads. */
export const PLAN_CSV = "replacement-plan.csv";
export const ITEMS_CSV = "replacement-items.csv";

const siteHref = (code: string) => `${code}/index.html`;

function librariesSection(input: HubInput): Section {
  const { consortium } = input;
  const entries = new Map(consortium.sites.map((s) => [s.code, s]));
  return {
    id: "libraries",
    heading: "Member libraries",
    blocks: [
      table({
        caption: "The libraries, each with its own documentation",
        head: [
          "Library",
          "Code",
          "Address",
          "WAN allocation",
          "Link to the hub",
          "On call",
          "VLANs",
          "Switches",
          "VMs",
          "Desktops",
        ],
        rowHeader: true,
        numeric: [6, 7, 8, 9],
        rows: input.sites.map((s) => {
          const entry = entries.get(s.code);
          return [
            link(siteHref(s.code), s.name),
            code(s.code),
            s.address ?? "",
            entry ? code(entry.wan) : "",
            entry?.link ?? "",
            joined(s.onCall.map((c): Inline => [c.name, c.phone ? ` (${c.phone})` : ""])),
            s.counts.vlans,
            s.counts.switches,
            s.counts.vms,
            s.counts.desktops,
          ];
        }),
      }),
      ...(input.missing.length > 0
        ? [
            note([
              strong("Not documented: "),
              joined(input.missing.map((m) => code(m.file))),
              " could not be read or validated; run carrel validate at the repository's root to see why.",
            ]),
          ]
        : []),
    ],
  };
}

function wanSection(input: HubInput): Section {
  const { consortium } = input;
  const hub = consortium.wan.hub;
  const names = new Map(input.sites.map((s) => [s.code, s.name]));
  const plan = {
    ...(hub ? { hub: { name: hub.name, subnet: hub.subnet } } : {}),
    vpns: consortium.wan.vpn.map((v) => ({ name: v.name, subnet: v.subnet })),
    sites: consortium.sites.map((s) => ({
      code: s.code,
      name: names.get(s.code) ?? s.code,
      wan: s.wan,
      ...(s.link ? { link: s.link } : {}),
      href: siteHref(s.code),
    })),
  };
  const rows: Inline[][] = [
    ...(hub
      ? [[code(hub.subnet), `The hub: ${hub.name}`, hub.address ?? "", hub.description ?? ""]]
      : []),
    ...consortium.wan.vpn.map((v) => [code(v.subnet), `VPN: ${v.name}`, "", v.description ?? ""]),
    ...consortium.sites.map((s) => [
      code(s.wan),
      [link(siteHref(s.code), names.get(s.code) ?? s.code)],
      "",
      s.link ?? "",
    ]),
  ];
  return {
    id: "wan",
    heading: "The WAN",
    blocks: [
      p(
        "Every library has its own share of the consortium's addresses; its VLANs must lie inside it, and no two libraries, the hub or a VPN may use the same addresses (carrel validate checks this).",
      ),
      figure(
        wanDiagram(plan, "wan"),
        "The hub and the libraries it links; each box leads to the library's documentation.",
      ),
      table({
        caption: "The address plan",
        head: ["Addresses", "Used by", "Address", "About"],
        rows,
      }),
    ],
  };
}

function inventorySection(input: HubInput): Section {
  const { consortium } = input;
  const currency = consortium.consortium.currency;
  const fy = consortium.consortium.fiscalYearStarts;
  const plan = replacementPlan(input.sites, fy, currency);
  const cost = (n: number) => (n === 0 ? "" : money(n, currency));
  const rows: Inline[][] = [
    ...plan.rows.map((r) => [
      link(siteHref(r.site.code), r.site.name),
      ...r.cells.map(cost),
      money(r.total, currency),
    ]),
    [
      strong("All libraries"),
      ...plan.totals.map((t) => strong(money(t, currency))),
      strong(money(plan.total, currency)),
    ],
  ];
  const years = plan.years.map((y) => `FY${y}`);
  const blocks = [
    p([
      "What each library's assets will cost to replace, in the fiscal year each falls due (bought plus its lifespan; fiscal years start on ",
      longDate(`2000-${fy}`).replace(/ 2000$/, ""),
      " and are named by the year they end in). Download the table as ",
      link(PLAN_CSV, PLAN_CSV),
      ", or every asset as ",
      link(ITEMS_CSV, ITEMS_CSV),
      ".",
    ]),
    table({
      caption: `Replacement costs by library and fiscal year (${currency})`,
      head: ["Library", ...years, "Total"],
      rowHeader: true,
      numeric: [...years.map((_, i) => i + 1), years.length + 1],
      rows,
    }),
    ...(plan.leftOut.length > 0
      ? [
          note(
            `Left out of the totals, because their costs are in another currency than the consortium's (${currency}): ${plan.leftOut.map((s) => `${s.name} (${s.currency})`).join(", ")}.`,
          ),
        ]
      : []),
  ];
  const items = planItems(input.sites, fy, currency);
  const detail = table({
    caption: "Every asset, by replacement date",
    head: ["Due", "Fiscal year", "Library", "Asset", "Model", "Quantity", "Cost"],
    numeric: [5, 6],
    rows: items.map((i) => [
      longDate(i.asset.due),
      `FY${i.year}`,
      link(siteHref(i.site.code), i.site.name),
      i.asset.id,
      i.asset.model,
      i.asset.quantity,
      money(i.asset.cost, currency),
    ]),
  });
  return {
    id: "inventory",
    heading: "Inventory and replacement plan",
    blocks,
    sections: [{ id: "assets", heading: "Every asset", blocks: [detail] }],
  };
}

function sharedSection(input: HubInput): Section {
  const { consortium } = input;
  const currency = consortium.consortium.currency;
  const fy = consortium.consortium.fiscalYearStarts;
  const names = new Map(input.sites.map((s) => [s.code, s.name]));
  const who = (sites: "all" | readonly string[]): Inline =>
    sites === "all"
      ? "every library"
      : joined(sites.map((c) => link(siteHref(c), names.get(c) ?? c)));
  const licences = table({
    caption: "Licences the consortium holds for several libraries",
    head: ["Licence", "Vendor", "Seats", "Renews", "Fiscal year", "Cost a year", "For"],
    rowHeader: true,
    numeric: [2, 5],
    rows: consortium.licences.map((l) => [
      l.name,
      l.vendor ?? "",
      l.seats ?? "",
      l.renews ? longDate(l.renews) : "",
      l.renews ? fiscalYear(l.renews, fy).name : "",
      l.annualCost !== undefined ? money(l.annualCost, currency) : "",
      who(l.sites),
    ]),
  });
  const contracts = table({
    caption: "Contracts several libraries share",
    head: ["Contract", "Vendor", "Number", "Ends", "Cost a year", "For"],
    rowHeader: true,
    numeric: [4],
    rows: consortium.contracts.map((c) => [
      c.name,
      c.vendor,
      c.contract ? code(c.contract) : "",
      c.ends ? longDate(c.ends) : "",
      c.annualCost !== undefined ? money(c.annualCost, currency) : "",
      who(c.sites),
    ]),
  });
  // Licences that libraries hold each on their own, under the same name: candidates to share.
  const byName = new Map<string, { name: string; sites: HubSite[]; cost: number }>();
  for (const site of input.sites)
    for (const l of site.licences) {
      const key = l.name.toLowerCase();
      const entry = byName.get(key) ?? { name: l.name, sites: [], cost: 0 };
      entry.sites.push(site);
      if (site.currency === currency) entry.cost += l.annualCost ?? 0;
      byName.set(key, entry);
    }
  const common = [...byName.values()].filter((e) => e.sites.length > 1);
  return {
    id: "shared",
    heading: "Shared licences and contracts",
    blocks: [
      consortium.licences.length > 0 ? licences : p("consortium.yaml lists no shared licences."),
      consortium.contracts.length > 0 ? contracts : p("consortium.yaml lists no shared contracts."),
      ...(common.length > 0
        ? [
            table({
              caption: "Licences several libraries hold each on their own",
              head: ["Licence", "Libraries", "Cost a year, together"],
              rowHeader: true,
              numeric: [2],
              rows: common.map((e) => [
                e.name,
                joined(e.sites.map((s) => link(siteHref(s.code), s.name))),
                money(e.cost, currency),
              ]),
            }),
          ]
        : []),
    ],
  };
}

function contactsSection(input: HubInput): Section {
  const contacts = input.consortium.consortium.contacts;
  return {
    id: "contacts",
    heading: "Consortium contacts",
    blocks: [
      contacts.length === 0
        ? p("consortium.yaml lists no contacts of its own.")
        : table({
            caption: "Who to call at the consortium",
            head: ["Name", "Role", "Phone", "E-mail", "On call"],
            rowHeader: true,
            rows: contacts.map((c) => [
              c.name,
              c.role ?? "",
              c.phone ?? "",
              c.email ? link(`mailto:${c.email}`, c.email) : "",
              c.onCall ? "yes" : "",
            ]),
          }),
    ],
  };
}

/** The hub's page. */
export function hubPage(input: HubInput): Page {
  const n = input.sites.length;
  return {
    path: "index.html",
    title: input.consortium.consortium.name,
    nav: "overview",
    lead: `The ${n} member ${n === 1 ? "library" : "libraries"} of ${input.consortium.consortium.name}, the WAN that links them, their inventory and replacement plan, and the licences and contracts they share. Each library's own documentation is linked from its name.`,
    sections: [
      librariesSection(input),
      wanSection(input),
      inventorySection(input),
      sharedSection(input),
      contactsSection(input),
    ],
  };
}

/** The stylesheet, with the generated-from comment the sites' stylesheets have. */
function stylesheet(stamp: SiteStamp): string {
  const [generated, noEdit] = generatedNotice(stamp, DOCS_AGAIN);
  return `/* ${generated}\n   ${noEdit} */\n${docsTemplates().stylesheet}`;
}

/** The hub's files: the page, its stylesheet and the CSV downloads. */
export function buildHub(input: HubInput): GeneratedFile[] {
  const { consortium } = input;
  const currency = consortium.consortium.currency;
  const fy = consortium.consortium.fiscalYearStarts;
  const frame: SiteFrame = {
    siteName: consortium.consortium.name,
    stamp: input.stamp,
    nav: [],
    asOf: input.asOf,
    links: [
      { href: "index.html", label: "All libraries" },
      ...input.sites.map((s) => ({ href: siteHref(s.code), label: s.name })),
    ],
  };
  const plan = replacementPlan(input.sites, fy, currency);
  const page = hubPage(input);
  return sortFiles([
    { path: "index.html", content: renderPage(page, frame, renderContent(page)) },
    { path: "style.css", content: stylesheet(input.stamp) },
    { path: PLAN_CSV, content: planCsv(plan, currency) },
    { path: ITEMS_CSV, content: itemsCsv(planItems(input.sites, fy, currency), currency) },
  ]);
}
