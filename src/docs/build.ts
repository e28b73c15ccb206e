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
import { PrintBinder } from "./pages/print.ts";
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
import {
  DOCS_AGAIN,
  NAV,
  renderContent,
  renderPage,
  type PageHead,
  type RenderedContent,
  type SiteFrame,
} from "./render-page.ts";
import { topology } from "./svg/topology.ts";
import { TOPOLOGY_LAYOUT_PATH } from "./svg/topology-layout.ts";
import { docsTemplates } from "./templates.ts";

/** Builds some of a site's pages when called: one, none or a run of them. */
type PageMaker = () => readonly Page[];

/** A maker of one page, or none when the site has nothing for it. */
const one =
  (make: () => Page | undefined): PageMaker =>
  () => {
    const made = make();
    return made ? [made] : [];
  };

/**
 * Makers of every page of the site, in reading order (the print page follows this order).
 * Each builds its pages only when called, so a page's document tree can be rendered and
 * let go before the next page is built.
 */
async function pageMakers(
  model: SiteModel,
  input: DocsInput,
): Promise<{ makers: PageMaker[]; layoutFile: string }> {
  const ctx = docsContext(model, input);
  const topo = await topology(model, "topology", topologyDescription(ctx), {
    ...(input.previousLayout !== undefined ? { previous: input.previousLayout } : {}),
    ...(input.layoutGraph ? { layout: input.layoutGraph } : {}),
  });
  const audit =
    input.audit ??
    runAudit({
      site: { model, source: undefined, file: input.stamp.file },
      date: input.asOf?.date,
    });
  const { compliance } = input;
  const makers: PageMaker[] = [
    one(() => overviewPage(ctx)),
    one(() => startHerePage(ctx)),
    one(() => changesPage(ctx)),
    one(() => networkPage(ctx, topo.svg)),
    ...model.vlans.map((v) => one(() => vlanPage(ctx, v))),
    ...model.switches.map((t) => one(() => switchPage(ctx, t))),
    one(() => dhcpPage(ctx)),
    one(() => dnsPage(ctx)),
    one(() => publicDnsPage(ctx)),
    one(() => serversPage(ctx)),
    one(() => vdiPage(ctx)),
    one(() => directoryPage(ctx)),
    one(() => azurePage(ctx)),
    one(() => inventoryPage(ctx)),
    one(() => licencesPage(ctx)),
    one(() => (model.site.services.length ? servicesPage(ctx) : undefined)),
    one(() => roomsPage(ctx)),
    () => roomPages(ctx),
    one(() => vendorsPage(ctx)),
    one(() => operationsPage(ctx)),
    one(() => securityPage(ctx, audit)),
    one(() => runbooksPage(ctx)),
    () => runbookPages(ctx),
    one(() => (compliance ? compliancePage(ctx, compliance) : undefined)),
    one(() => howToChangePage(ctx)),
    one(() => glossaryPage(ctx)),
  ];
  return { makers, layoutFile: topo.layoutFile };
}

/** Every page of the site, in reading order (the print page follows this order). */
export async function buildPages(model: SiteModel, input: DocsInput): Promise<Page[]> {
  return (await pageMakers(model, input)).makers.flatMap((make) => make());
}

/** The generated-from comment at the top of the stylesheet. */
function cssHeader(input: DocsInput): string {
  const [generated, noEdit] = generatedNotice(input.stamp, DOCS_AGAIN);
  return `/* ${generated}\n   ${noEdit} */\n`;
}

/**
 * The whole documentation site for a model: HTML pages, `style.css`, the rendered
 * configurations copied under `configs/`, and the topology's layout for the next build. Deterministic: same input, same bytes.
 */
export async function buildDocs(model: SiteModel, input: DocsInput): Promise<GeneratedFile[]> {
  // Each page is rendered as soon as it is built and its document tree let go: with every
  // tree alive until the last page was built, 38 MB more lived on through the rendering
  // (heap used after a full collection at each step of the city docs), and the garbage
  // collector copied it to the old generation.
  const binder = new PrintBinder();
  const rendered: { head: PageHead; content: RenderedContent }[] = [];
  const { makers, layoutFile } = await pageMakers(model, input);
  for (const make of makers)
    for (const page of make()) {
      const head = { path: page.path, title: page.title, nav: page.nav };
      const content = renderContent(page);
      binder.add(head, content);
      rendered.push({ head, content });
    }
  const present = new Set<NavKey>(rendered.map((r) => r.head.nav));
  const frame: SiteFrame = {
    siteName: model.site.site.name,
    stamp: input.stamp,
    nav: NAV.map((n) => n.key).filter((k) => k === "print" || present.has(k)),
    asOf: input.asOf,
    ...(input.hub ? { hub: input.hub } : {}),
  };
  const print = binder.finish(input.asOf);
  const files: GeneratedFile[] = [
    ...rendered.map(({ head, content }) => ({
      path: head.path,
      content: renderPage(head, frame, content),
    })),
    { path: print.head.path, content: renderPage(print.head, frame, print.content) },
    // Room cards have their own one-page layout and stay out of the print binder.
    ...roomCards(docsContext(model, input)),
    { path: "style.css", content: cssHeader(input) + docsTemplates().stylesheet },
    ...input.configs.map((c) => ({ path: `configs/${c.path}`, content: c.content })),
    // Kept for the next build, which reuses the layout while the switches and links stay.
    { path: TOPOLOGY_LAYOUT_PATH, content: layoutFile },
  ];
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.path)) throw new Error(`two documentation files would be written to ${f.path}`);
    seen.add(f.path);
  }
  return sortFiles(files);
}
