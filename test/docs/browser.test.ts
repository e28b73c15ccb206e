/**
 * The docs site in a real browser: Debian's Chromium or Google Chrome (see
 * test/helpers/browser.ts) driven by playwright-core, never a downloaded browser. Every
 * page loads from file:// without console errors, every internal link and fragment
 * resolves, and axe-core finds no serious or critical accessibility violations. On a 390 px
 * phone screen no page scrolls sideways: wide tables and drawings scroll inside their own
 * box, and the front panel keeps its size. Each room card prints as one A4 page in big,
 * black-on-white type. Screenshots land in test-artifacts/.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFiles } from "../../src/output/index.ts";
import { launchTestBrowser } from "../helpers/browser.ts";
import { edit, EXAMPLE } from "../helpers/site.ts";
import { docsOf, exampleModel } from "./example-docs.ts";

const ARTIFACTS = fileURLToPath(new URL("../../test-artifacts/", import.meta.url));
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

let context: BrowserContext;
let site: string;
let profile: string;
let pages: string[];
let repository: string | undefined;

/** What one visit to a page found. */
interface Visit {
  readonly path: string;
  readonly title: string;
  readonly status: boolean;
  readonly problems: string[];
  readonly hrefs: string[];
  readonly violations: { id: string; impact: string; help: string; where: string }[];
}

/** axe rules run on the print page (see `visit`). */
const PRINT_RULES = [
  "duplicate-id",
  "duplicate-id-aria",
  "duplicate-id-active",
  "aria-valid-attr",
  "aria-valid-attr-value",
  "aria-allowed-attr",
  "svg-img-alt",
  "role-img-alt",
  "heading-order",
  "page-has-heading-one",
  "landmark-one-main",
  "landmark-unique",
  "region",
  "document-title",
  "html-has-lang",
  "list",
  "listitem",
  "definition-list",
  "dlitem",
  "th-has-data-cells",
  "td-headers-attr",
];

/** Tabs working through the pages at once (axe is the slow part). */
const TABS = 2;
let visits: Promise<Visit[]> | undefined;

async function visit(tab: Page, path: string): Promise<Visit> {
  const problems: string[] = [];
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(m.text());
  };
  const onError = (e: Error) => problems.push(e.message);
  const onFailed = (r: { url(): string }) => problems.push(`failed to load ${r.url()}`);
  tab.on("console", onConsole);
  tab.on("pageerror", onError);
  tab.on("requestfailed", onFailed);
  const response = await tab.goto(url(path));
  const title = await tab.title();
  const hrefs = await tab.$$eval("a[href], link[href]", (els) =>
    els.map((e) => (e as unknown as { href: string }).href),
  );
  tab.off("console", onConsole);
  tab.off("pageerror", onError);
  tab.off("requestfailed", onFailed);
  await tab.addScriptTag({ path: AXE });
  // The print page repeats every other page, which axe has already checked in full; on
  // it only the rules about the page's own structure can find anything new (ids made
  // unique per page, headings, landmarks), and the full set would take most of the budget.
  const rules = path === "print.html" ? PRINT_RULES : undefined;
  const violations = await tab.evaluate(async (only) => {
    type Result = {
      violations: { id: string; impact: string; help: string; nodes: { target: unknown }[] }[];
    };
    const g = globalThis as unknown as {
      axe: { run: (...a: unknown[]) => Promise<Result> };
      document: unknown;
    };
    const options = only
      ? { resultTypes: ["violations"], runOnly: { type: "rule", values: only } }
      : { resultTypes: ["violations"] };
    const result = await g.axe.run(g.document, options);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      where: JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target)),
    }));
  }, rules);
  return { path, title, status: response?.ok() ?? true, problems, hrefs, violations };
}

/** Visits every page once (loading, links, axe), shared by the tests below. */
function visitAll(): Promise<Visit[]> {
  visits ??= (async () => {
    const queue = [...pages];
    const done: Visit[] = [];
    const tabs = [context.pages()[0] ?? (await context.newPage())];
    while (tabs.length < TABS) tabs.push(await context.newPage());
    await Promise.all(
      tabs.map(async (tab) => {
        for (let path = queue.shift(); path !== undefined; path = queue.shift())
          done.push(await visit(tab, path));
      }),
    );
    return done.sort((a, b) => a.path.localeCompare(b.path));
  })();
  return visits;
}

beforeAll(async () => {
  // The example's docs, with a change summary so that page is checked too.
  const previous = exampleModel(edit(EXAMPLE, "count: 24", "count: 20").text);
  site = mkdtempSync(join(tmpdir(), "carrel-docs-site-"));
  const files = await docsOf(EXAMPLE, previous);
  repository = exampleModel().site.site.repository;
  writeFiles(site, files);
  pages = files.filter((f) => f.path.endsWith(".html")).map((f) => f.path);
  profile = mkdtempSync(join(tmpdir(), "carrel-chromium-"));
  // Fails, never skips, when no browser is found: the suite is part of "done".
  context = await launchTestBrowser(profile, { width: 1280, height: 900 });
  // Visit every page once here (loading, links, axe); the tests read what was found.
  await visitAll();
});

afterAll(async () => {
  await context?.close();
  for (const dir of [site, profile]) if (dir) rmSync(dir, { recursive: true, force: true });
});

const url = (path: string) => pathToFileURL(join(site, path)).href;

describe("docs site in Chromium", () => {
  it("loads every page from file:// with no console errors or failed requests", async () => {
    const all = await visitAll();
    expect(all.map((v) => v.path)).toEqual([...pages].sort());
    const problems = all.flatMap((v) => [
      ...(v.status ? [] : [`${v.path}: did not load`]),
      ...(v.title ? [] : [`${v.path}: no title`]),
      ...v.problems.map((p) => `${v.path}: ${p}`),
    ]);
    expect(problems).toEqual([]);
  });

  it("resolves every internal link and fragment", async () => {
    const broken: string[] = [];
    const idsOf = new Map<string, Set<string>>();
    const ids = (file: string) => {
      let set = idsOf.get(file);
      if (!set) {
        const text = readFileSync(file, "utf8");
        set = new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
        idsOf.set(file, set);
      }
      return set;
    };
    let links = 0;
    for (const { path, hrefs } of await visitAll()) {
      for (const href of hrefs) {
        if (!href.startsWith("file:")) {
          // The only way out of the site: mail addresses and the site's own repository.
          if (!/^mailto:/.test(href) && href !== repository)
            broken.push(`${path}: external link ${href}`);
          continue;
        }
        links++;
        const target = new URL(href);
        const file = fileURLToPath(target);
        if (!file.startsWith(site)) broken.push(`${path}: ${href} leaves the site`);
        else if (!existsSync(file)) broken.push(`${path}: ${href} does not exist`);
        else if (target.hash && !ids(file).has(decodeURIComponent(target.hash.slice(1))))
          broken.push(`${path}: ${href} has no element with that id`);
      }
    }
    expect(broken).toEqual([]);
    expect(links).toBeGreaterThan(500);
  });

  it("has no serious or critical accessibility violations (axe-core)", async () => {
    const found = (await visitAll()).flatMap((v) =>
      v.violations
        .filter((x) => x.impact === "serious" || x.impact === "critical")
        .map((x) => `${v.path}: ${x.impact} ${x.id} (${x.help}) at ${x.where}`),
    );
    expect(found).toEqual([]);
  });

  it("shows the Security page with every check, each finding and the date", async () => {
    const visit = (await visitAll()).find((v) => v.path === "security.html");
    expect(visit?.title).toBe("Security · Riverbend Public Library");
    const tab = context.pages()[0]!;
    await tab.goto(url("security.html"));
    const rows = await tab.$$eval('tr[id^="check-"]', (r) => r.length);
    expect(rows).toBe(25);
    const text = await tab.textContent("main");
    expect(text).toContain("On 23 November 2026, Carrel's audit checked site.yaml");
    expect(text).toContain("VM 'rbpl-prov01' is not backed up");
  });

  it("writes screenshots of the overview, network and a switch page", async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const tab = context.pages()[0]!;
    for (const [path, name] of [
      ["index.html", "docs-overview.png"],
      ["network.html", "docs-network.png"],
      ["switch-core-sw1.html", "docs-switch-core-sw1.png"],
      ["security.html", "docs-security.png"],
    ] as const) {
      await tab.goto(url(path));
      await tab.screenshot({ path: join(ARTIFACTS, name), fullPage: true });
      expect(existsSync(join(ARTIFACTS, name))).toBe(true);
    }
  });

  it("fits a 390 px phone screen: no page scrolls sideways, wide parts scroll in their box", async () => {
    const tab = await context.newPage();
    await tab.setViewportSize({ width: 390, height: 844 });
    const overflowing: string[] = [];
    try {
      for (const path of pages) {
        await tab.goto(url(path));
        const [scroll, client] = await tab.evaluate(() => {
          const root = (
            globalThis as unknown as {
              document: { documentElement: { scrollWidth: number; clientWidth: number } };
            }
          ).document.documentElement;
          return [root.scrollWidth, root.clientWidth];
        });
        if (scroll > client)
          overflowing.push(`${path}: ${scroll} px wide in a ${client} px window`);
      }
      // The switch page: its port table and its front panel each scroll inside their own box,
      // and the panel is drawn at full size, so its 11 px port labels stay readable.
      await tab.goto(url("switch-core-sw1.html"));
      const boxes = await tab.evaluate(() => {
        type El = {
          scrollWidth: number;
          clientWidth: number;
          getBoundingClientRect(): { width: number };
          getAttribute(n: string): string | null;
          querySelector(s: string): El | null;
        };
        const doc = (globalThis as unknown as { document: { querySelector(s: string): El | null } })
          .document;
        const drawing = doc.querySelector(".drawing")!;
        const svg = drawing.querySelector("svg")!;
        const table = doc.querySelector(".table-wrap")!;
        return {
          drawingScrolls: drawing.scrollWidth > drawing.clientWidth,
          panelDrawn: svg.getBoundingClientRect().width,
          panelWidth: Number(svg.getAttribute("width")),
          tableScrolls: table.scrollWidth > table.clientWidth,
        };
      });
      expect(boxes.drawingScrolls).toBe(true);
      expect(boxes.tableScrolls).toBe(true);
      expect(boxes.panelDrawn).toBe(boxes.panelWidth);
      mkdirSync(ARTIFACTS, { recursive: true });
      for (const path of [
        "index.html",
        "start-here.html",
        "switch-core-sw1.html",
        "inventory.html",
      ]) {
        await tab.goto(url(path));
        const name = `docs-390-${path.replace(/\.html$/, "")}.png`;
        await tab.screenshot({ path: join(ARTIFACTS, name), fullPage: true });
        expect(existsSync(join(ARTIFACTS, name))).toBe(true);
      }
    } finally {
      await tab.close();
    }
    expect(overflowing).toEqual([]);
  });

  it("prints each room card on one A4 page, in type readable at arm's length", async () => {
    const cards = pages.filter((p) => p.startsWith("room-card-"));
    expect(cards.sort()).toEqual(["room-card-board-room.html", "room-card-community-room.html"]);
    const tab = await context.newPage();
    try {
      await tab.emulateMedia({ media: "print" });
      for (const path of cards) {
        await tab.goto(url(path));
        const pdf = await tab.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
        // Chromium writes one page object per printed page.
        const printed = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
        expect(printed.length, `${path} prints on one page`).toBe(1);
        const type = await tab.evaluate(() => {
          type El = { textContent: string | null };
          const g = globalThis as unknown as {
            document: { querySelectorAll(s: string): El[]; querySelector(s: string): El | null };
            getComputedStyle(e: El): { fontSize: string; color: string; backgroundColor: string };
          };
          const steps = [...g.document.querySelectorAll(".room-card li")];
          const sizes = steps.map((li) => parseFloat(g.getComputedStyle(li).fontSize));
          const colours = new Set(steps.map((li) => g.getComputedStyle(li).color));
          const nav = g.document.querySelector(".card-nav");
          return {
            steps: steps.length,
            smallest: Math.min(...sizes),
            colours: [...colours],
            heading: parseFloat(
              g.getComputedStyle(g.document.querySelector(".room-card h1")!).fontSize,
            ),
            // A hidden element has no offset parent; a missing one counts as shown.
            navShown: (nav as unknown as { offsetParent: unknown } | null)?.offsetParent !== null,
          };
        });
        // 14 point (18.67 px) is the smallest size a card uses; steps are black on white
        expect(type.steps).toBeGreaterThan(5);
        expect(type.smallest, path).toBeGreaterThanOrEqual(18.6);
        expect(type.heading, path).toBeGreaterThanOrEqual(1.8 * type.smallest);
        expect(type.colours).toEqual(["rgb(0, 0, 0)"]);
        expect(type.navShown, `${path} prints without its links`).toBe(false);
      }
      // The Board Room's short card prints at the largest size, 18 point.
      await tab.goto(url("room-card-board-room.html"));
      expect(
        await tab.evaluate(
          () =>
            (
              globalThis as unknown as {
                document: { querySelector(s: string): { className: string } };
              }
            ).document.querySelector("main")!.className,
        ),
      ).toBe("room-card card-large");
      // What the printed Community Room card looks like: A4 at 96 dpi, with the page margins.
      mkdirSync(ARTIFACTS, { recursive: true });
      await tab.setViewportSize({ width: 794, height: 1123 });
      await tab.goto(url("room-card-community-room.html"));
      await tab.addStyleTag({ content: "body { margin: 12mm 14mm; }" });
      const shot = join(ARTIFACTS, "room-card-community-room-a4.png");
      await tab.screenshot({ path: shot });
      expect(existsSync(shot)).toBe(true);
    } finally {
      await tab.close();
    }
  });

  it("has no serious or critical accessibility violations on a 390 px screen either", async () => {
    const tab = await context.newPage();
    await tab.setViewportSize({ width: 390, height: 844 });
    try {
      const found: string[] = [];
      for (const path of [
        "index.html",
        "start-here.html",
        "network.html",
        "switch-core-sw1.html",
        "inventory.html",
        "how-to-change.html",
        "security.html",
        "public-dns.html",
        "room-card-community-room.html",
      ]) {
        const v = await visit(tab, path);
        found.push(
          ...v.violations
            .filter((x) => x.impact === "serious" || x.impact === "critical")
            .map((x) => `${path}: ${x.impact} ${x.id} (${x.help}) at ${x.where}`),
        );
      }
      expect(found).toEqual([]);
    } finally {
      await tab.close();
    }
  });
});
