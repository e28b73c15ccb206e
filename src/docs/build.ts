/**
 * Builds the documentation site as file records: every page, the stylesheet and the
 * rendered configurations under `configs/`. Pure apart from reading Carrel's templates;
 * the caller writes the files (or compares them, for `--check`).
 */
import { runAudit } from "../audit/run.ts";
import { generatedNotice, sortFiles, type GeneratedFile } from "../output/index.ts";
import type { SiteModel } from "../site/index.ts";
import { docsContext, type DocsInput } from "./context.ts";
import type { NavKey, Page } from "./doc.ts";
import { azurePage } from "./pages/azure.ts";
import { changesPage } from "./pages/changes.ts";
import { compliancePage } from "./pages/compliance.ts";
import { dhcpPage } from "./pages/dhcp.ts";
import { directoryPage } from "./pages/directory.ts";
import { dnsPage } from "./pages/dns.ts";
import { glossaryPage } from "./pages/glossary.ts";
import { howToChangePage } from "./pages/how-to-change.ts";
import { inventoryPage } from "./pages/inventory.ts";
import { licencesPage } from "./pages/licences.ts";
import { networkPage, topologyDescription } from "./pages/network.ts";
import { operationsPage } from "./pages/operations.ts";
import { overviewPage } from "./pages/overview.ts";
import { printPage } from "./pages/print.ts";
import { publicDnsPage } from "./pages/public-dns.ts";
import { roomCards } from "./pages/room-card.ts";
import { roomPages, roomsPage } from "./pages/rooms.ts";
import { runbookPages, runbooksPage } from "./pages/runbooks.ts";
import { securityPage } from "./pages/security.ts";
import { serversPage } from "./pages/servers.ts";
import { servicesPage } from "./pages/services.ts";
import { startHerePage } from "./pages/start-here.ts";
import { switchPage } from "./pages/switch.ts";
import { vdiPage } from "./pages/vdi.ts";
import { vendorsPage } from "./pages/vendors.ts";
import { vlanPage } from "./pages/vlan.ts";
import { DOCS_AGAIN, NAV, renderContent, renderPage, type SiteFrame } from "./render-page.ts";
import { topology } from "./svg/topology.ts";
import { docsTemplates } from "./templates.ts";

/** Every page of the site, in reading order (the print page follows this order). */
export async function buildPages(model: SiteModel, input: DocsInput): Promise<Page[]> {
  const ctx = docsContext(model, input);
  const topo = await topology(model, "topology", topologyDescription(ctx));
  const changes = changesPage(ctx);
  const audit =
    input.audit ??
    runAudit({
      site: { model, source: undefined, file: input.stamp.file },
      date: input.asOf?.date,
    });
  return [
    overviewPage(ctx),
    startHerePage(ctx),
    ...(changes ? [changes] : []),
    networkPage(ctx, topo),
    ...model.vlans.map((v) => vlanPage(ctx, v)),
    ...model.switches.map((t) => switchPage(ctx, t)),
    dhcpPage(ctx),
    dnsPage(ctx),
    ...optional(publicDnsPage(ctx)),
    serversPage(ctx),
    vdiPage(ctx),
    directoryPage(ctx),
    azurePage(ctx),
    inventoryPage(ctx),
    licencesPage(ctx),
    ...(model.site.services.length ? [servicesPage(ctx)] : []),
    ...optional(roomsPage(ctx)),
    ...roomPages(ctx),
    vendorsPage(ctx),
    operationsPage(ctx),
    securityPage(ctx, audit),
    runbooksPage(ctx),
    ...runbookPages(ctx),
    ...(input.compliance ? [compliancePage(ctx, input.compliance)] : []),
    howToChangePage(ctx),
    glossaryPage(ctx),
  ];
}

/** A page a site may not have, as a list of none or one. */
const optional = (page: Page | undefined): Page[] => (page ? [page] : []);

/** The generated-from comment at the top of the stylesheet. */
function cssHeader(input: DocsInput): string {
  const [generated, noEdit] = generatedNotice(input.stamp, DOCS_AGAIN);
  return `/* ${generated}\n   ${noEdit} */\n`;
}

/**
 * The whole documentation site for a model: HTML pages, `style.css`, and the rendered
 * configurations copied under `configs/`. Deterministic: same input, same bytes.
 */
export async function buildDocs(model: SiteModel, input: DocsInput): Promise<GeneratedFile[]> {
  const pages = await buildPages(model, input);
  const present = new Set<NavKey>(pages.map((p) => p.nav));
  const frame: SiteFrame = {
    siteName: model.site.site.name,
    stamp: input.stamp,
    nav: NAV.map((n) => n.key).filter((k) => k === "print" || present.has(k)),
    asOf: input.asOf,
    ...(input.hub ? { hub: input.hub } : {}),
  };
  const contents = pages.map(renderContent);
  const print = printPage(pages, contents, input.asOf);
  const files: GeneratedFile[] = [
    ...pages.map((page, i) => ({ path: page.path, content: renderPage(page, frame, contents[i]) })),
    { path: print.page.path, content: renderPage(print.page, frame, print.content) },
    // Room cards have their own one-page layout and stay out of the print binder.
    ...roomCards(docsContext(model, input)),
    { path: "style.css", content: cssHeader(input) + docsTemplates().stylesheet },
    ...input.configs.map((c) => ({ path: `configs/${c.path}`, content: c.content })),
  ];
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.path)) throw new Error(`two documentation files would be written to ${f.path}`);
    seen.add(f.path);
  }
  return sortFiles(files);
}
