/**
 * The consortium's replacement plan: what every library's assets will cost to replace, by
 * fiscal year (the consortium's), with totals per site and per year; as a table for the
 * hub and as CSV files for the budget's spreadsheet. Costs in another currency than the
 * consortium's are not added up; the hub names the sites left out.
 */
import { csvFile } from "../../render/escape/csv.ts";
import { fiscalYear } from "../format.ts";
import type { HubSite } from "./hub-site.ts";

/** The plan as a table of sites by fiscal year. */
export interface ReplacementPlan {
  /** Fiscal years (named by the year they end in), earliest first. */
  readonly years: readonly number[];
  readonly rows: readonly {
    readonly site: HubSite;
    readonly cells: readonly number[];
    readonly total: number;
  }[];
  readonly totals: readonly number[];
  readonly total: number;
  /** Sites whose costs are in another currency. */
  readonly leftOut: readonly HubSite[];
}

/** One asset due, in its fiscal year. */
export interface PlanItem {
  readonly year: number;
  readonly site: HubSite;
  readonly asset: HubSite["assets"][number];
}

/** Every asset of the sites in the consortium's currency, with its fiscal year, by date. */
export function planItems(
  sites: readonly HubSite[],
  fyStarts: string,
  currency: string,
): PlanItem[] {
  return sites
    .filter((s) => s.currency === currency)
    .flatMap((site) =>
      site.assets.map((asset) => ({ year: fiscalYear(asset.due, fyStarts).year, site, asset })),
    )
    .sort(
      (a, b) =>
        a.asset.due.localeCompare(b.asset.due) ||
        a.site.code.localeCompare(b.site.code) ||
        a.asset.id.localeCompare(b.asset.id),
    );
}

/** The plan: a row per site, a column per fiscal year that has anything due. */
export function replacementPlan(
  sites: readonly HubSite[],
  fyStarts: string,
  currency: string,
): ReplacementPlan {
  const items = planItems(sites, fyStarts, currency);
  const years = [...new Set(items.map((i) => i.year))].sort((a, b) => a - b);
  const counted = sites.filter((s) => s.currency === currency);
  const rows = counted.map((site) => {
    const cells = years.map((y) =>
      items.filter((i) => i.site === site && i.year === y).reduce((n, i) => n + i.asset.cost, 0),
    );
    return { site, cells, total: cells.reduce((n, c) => n + c, 0) };
  });
  const totals = years.map((_, k) => rows.reduce((n, r) => n + r.cells[k]!, 0));
  return {
    years,
    rows,
    totals,
    total: totals.reduce((n, t) => n + t, 0),
    leftOut: sites.filter((s) => s.currency !== currency),
  };
}

/** The plan's table as CSV: a row per site, a column per fiscal year, totals last. */
export function planCsv(plan: ReplacementPlan, currency: string): string {
  return csvFile([
    ["Library", "Code", ...plan.years.map((y) => `FY${y}`), `Total (${currency})`],
    ...plan.rows.map((r) => [r.site.name, r.site.code, ...r.cells, r.total]),
    ["Total", "", ...plan.totals, plan.total],
  ]);
}

/** Every asset due, one row each, for the budget's own sums and filters. */
export function itemsCsv(items: readonly PlanItem[], currency: string): string {
  return csvFile([
    [
      "Fiscal year",
      "Library",
      "Code",
      "Asset",
      "Kind",
      "Model",
      "Quantity",
      "Replacement due",
      `Cost (${currency})`,
    ],
    ...items.map((i) => [
      `FY${i.year}`,
      i.site.name,
      i.site.code,
      i.asset.id,
      i.asset.kind,
      i.asset.model,
      i.asset.quantity,
      i.asset.due,
      i.asset.cost,
    ]),
  ]);
}
