/** What every page builder reads: the model, lookups between its parts, and shared links. */
import type { AuditReport } from "../audit/report.ts";
import type { DriftReport } from "../drift/report.ts";
import type { GeneratedFile } from "../output/index.ts";
import { dueStanding, type SiteModel, type VlanModel } from "../site/index.ts";
import { code, flag, link, type Inline } from "./doc.ts";
import { longDate, money, spanWords } from "./format.ts";
import { href } from "./slug.ts";
import { vlanColours, type VlanColour } from "./svg/colours.ts";
import type { LayoutGraph } from "./svg/topology.ts";

/** A Markdown file read from beside site.yaml: a runbook, or a room card's notes. */
export interface RunbookText {
  /** The path as written in site.yaml (`operations.runbooks`, a service's `runbook`...). */
  readonly path: string;
  readonly text: string;
}

/** The date the docs describe the site at, and how it was found. */
export interface DocsDate {
  /** YYYY-MM-DD */
  readonly date: string;
  /** Where it came from, in words: "the last commit of site.yaml", "given with --date". */
  readonly source: string;
}

/** Everything besides the model that the docs are built from. */
export interface DocsInput {
  /** Rendered switch, DHCP and DNS configurations; copied under `configs/`. */
  readonly configs: readonly GeneratedFile[];
  /** The Markdown files the site names (`markdownPaths`): runbooks and room card notes. */
  readonly runbooks: readonly RunbookText[];
  /** The site as it was at an earlier version, for the change summary. */
  readonly previous?: SiteModel;
  /** Names the earlier version (a git ref) in the change summary. */
  readonly previousLabel?: string;
  /** A drift check of the running configurations, for the Compliance page. */
  readonly compliance?: DriftReport;
  /**
   * The audit for the Security page, made by the caller with the site file's positions (and
   * the running configurations, when given); without it the site is audited here, on `asOf`,
   * its places given by path only.
   */
  readonly audit?: AuditReport;
  /** Names the site file and its hash, for each page's header. */
  readonly stamp: { readonly file: string; readonly hash: string };
  /**
   * The date the docs are as of: overdue and coming-up items are judged on it, and the
   * print view shows it. Never the wall clock, so the same input gives the same pages;
   * without it nothing is marked overdue.
   */
  readonly asOf?: DocsDate;
  /** The consortium the site belongs to: every page links back to its hub. */
  readonly hub?: { readonly name: string; readonly href: string };
  /**
   * The topology layout file of an earlier build (`assets/topology-layout.json`, read by the
   * caller from the docs folder): its numbers are reused when they fit the same graph.
   */
  readonly previousLayout?: string;
  /** Lays out the topology when no earlier layout fits; elkjs unless a test gives its own. */
  readonly layoutGraph?: LayoutGraph;
}

/** The model with lookups that page builders share. */
export interface DocsContext {
  readonly model: SiteModel;
  readonly input: DocsInput;
  readonly colours: ReadonlyMap<string, VlanColour>;
  readonly configPaths: ReadonlySet<string>;
  /** The date the docs are as of, when known. */
  readonly asOf: DocsDate | undefined;
  /** An amount with the site's currency symbol. */
  money(n: number): string;
  /**
   * A due date's standing on the docs' date: "overdue by 2 months", "due in 44 days"
   * (within the notice period), or nothing when it is further off or the date is unknown.
   */
  standing(date: string): Inline;
  /** A due date in words with its standing: "1 September 2026 (overdue by 2 months)". */
  dueDate(date: string): Inline;
  /** A link to a VLAN's page: "VLAN 20 staff". */
  vlanLink(name: string): Inline;
  switchLink(name: string): Inline;
  vmLink(name: string): Inline;
  groupLink(name: string): Inline;
  locationName(id: string | undefined): Inline;
  /** The asset that documents a switch or VM (same id), if any. */
  assetLink(id: string): Inline | undefined;
  vendorLink(name: string | undefined): Inline;
  /** The rendered configs of a kind (`switches/`, `dhcp/`, `dns/`). */
  configsUnder(prefix: string): readonly GeneratedFile[];
}

/** Builds the shared context. */
export function docsContext(model: SiteModel, input: DocsInput): DocsContext {
  const site = model.site;
  const locations = new Map(site.site.locations.map((l) => [l.id, l]));
  // The inventory's assets and the equipment recorded with the rooms.
  const assets = new Set(model.assets.map((a) => a.asset.id));
  const vendors = new Set(site.site.vendors.map((v) => v.name));
  const switches = new Set(site.network.switches.map((s) => s.name));
  const vms = new Set((site.vsphere?.vms ?? []).map((v) => v.name));
  const groups = new Set(model.groups.keys());
  const standing = (date: string): Inline => {
    if (!input.asOf) return "";
    const on = input.asOf.date;
    const s = dueStanding(date, on);
    switch (s.state) {
      case "overdue":
        return flag("overdue", `overdue by ${spanWords(date, on, s.days)}`);
      case "soon":
        return flag("soon", s.days === 0 ? "due today" : `due in ${spanWords(on, date, s.days)}`);
      case "later":
        return "";
      default: {
        const never: never = s;
        return never;
      }
    }
  };
  return {
    model,
    input,
    colours: vlanColours(model.vlans.map((v) => v.vlan.name)),
    configPaths: new Set(input.configs.map((c) => c.path)),
    asOf: input.asOf,
    money: (n) => money(n, site.site.currency),
    standing,
    dueDate(date) {
      const now = standing(date);
      return now === "" ? longDate(date) : [longDate(date), " (", now, ")"];
    },
    vlanLink(name) {
      const v: VlanModel | undefined = model.vlanByName.get(name);
      return v ? link(href.vlan(v.vlan.id), `VLAN ${v.vlan.id} ${name}`) : name;
    },
    switchLink: (name) => (switches.has(name) ? link(href.switchPage(name), name) : name),
    vmLink: (name) => (vms.has(name) ? link(href.vm(name), name) : name),
    groupLink: (name) => (groups.has(name) ? link(href.group(name), name) : name),
    locationName(id) {
      if (id === undefined) return "not recorded";
      const loc = locations.get(id);
      return loc ? link(href.location(id), loc.name) : code(id);
    },
    assetLink: (id) => (assets.has(id) ? link(href.asset(id), `asset ${id}`) : undefined),
    vendorLink(name) {
      if (name === undefined) return "not recorded";
      return vendors.has(name) ? link(href.vendor(name), name) : name;
    },
    configsUnder: (prefix) => input.configs.filter((c) => c.path.startsWith(prefix)),
  };
}
