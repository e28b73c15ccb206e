/**
 * Inventory: every asset, when it is due for replacement (marked overdue once that date has
 * passed), and the cost per fiscal year.
 */
import { dueStanding, replacementDate, type Asset } from "../../site/index.ts";
import type { DocsContext } from "../context.ts";
import { code, figure, link, p, strong, table, type Inline, type Page } from "../doc.ts";
import { dayOfYear, fiscalYear, longDate } from "../format.ts";
import { href, slug } from "../slug.ts";
import { barChart } from "../svg/bar-chart.ts";
import { groupedTable } from "./grouping.ts";

/** When an asset is due for replacement, and in which fiscal year. */
export function replacement(asset: Asset, fyStarts: string) {
  const due = replacementDate(asset);
  return { due, fy: fiscalYear(due, fyStarts) };
}

/** The first day of the fiscal year named `year` (the year it ends in). */
function starting(year: number, fyStarts: string): string {
  return `${fyStarts === "01-01" ? year : year - 1}-${fyStarts}`;
}

/** A sentence on what is past its replacement date on the docs' date. */
function overdueWords(ctx: DocsContext, assets: readonly Asset[]): Inline {
  if (!ctx.asOf) return "";
  const date = ctx.asOf.date;
  const late = assets.filter((a) => dueStanding(replacementDate(a), date).state === "overdue");
  const on = longDate(date);
  if (late.length === 0) return `On ${on} no asset is past its replacement date.`;
  return [
    strong(
      `On ${on}, ${late.length} ${late.length === 1 ? "asset is" : "assets are"} past ${late.length === 1 ? "its" : "their"} replacement date: `,
    ),
    late.map((a, i): Inline => [i ? ", " : "", link(href.asset(a.id), a.id)]),
    ".",
  ];
}

/** Builds inventory.html. */
export function inventoryPage(ctx: DocsContext): Page {
  const { model } = ctx;
  const inv = model.site.inventory;
  const assets = inv?.assets ?? [];
  const fyStarts = inv?.fiscalYearStarts ?? "07-01";
  const switchNames = new Set(model.site.network.switches.map((s) => s.name));
  const vmNames = new Set(model.vms.map((v) => v.vm.name));
  const linked = (id: string): Inline =>
    switchNames.has(id) ? ctx.switchLink(id) : vmNames.has(id) ? ctx.vmLink(id) : "—";
  const rows = assets.map((a) => {
    const r = replacement(a, fyStarts);
    return {
      group: a.kind,
      id: `asset-${slug(a.id)}`,
      cells: [
        a.id,
        a.kind,
        a.model,
        a.serial ? code(a.serial) : "",
        a.quantity,
        ctx.locationName(a.location),
        longDate(a.purchased),
        ctx.money(a.cost),
        a.lifespanYears,
        [
          longDate(r.due),
          ` (${r.fy.name})`,
          ctx.standing(r.due) === "" ? "" : [" ", ctx.standing(r.due)],
        ],
        ctx.vendorLink(a.vendor),
        linked(a.id),
      ] as Inline[],
    };
  });
  const assetTable = groupedTable({
    id: "assets-by-kind",
    caption: "Equipment the library owns",
    head: [
      "Asset",
      "Kind",
      "Model",
      "Serial",
      "Quantity",
      "Location",
      "Bought",
      "Cost",
      "Lifespan (years)",
      "Replace by",
      "Vendor",
      "Documented at",
    ],
    numeric: [4, 7, 8],
    rows,
    groupedBy: "kind",
  });
  const byFy = new Map<
    string,
    { fy: ReturnType<typeof fiscalYear>; cost: number; assets: Asset[] }
  >();
  for (const a of assets) {
    const { fy } = replacement(a, fyStarts);
    const entry = byFy.get(fy.name) ?? { fy, cost: 0, assets: [] };
    entry.cost += a.cost;
    entry.assets.push(a);
    byFy.set(fy.name, entry);
  }
  const due = [...byFy.values()].sort((a, b) => a.fy.year - b.fy.year);
  // Every fiscal year from the first to the last replacement, so quiet years show as 0.
  const years = due.length
    ? Array.from({ length: due[due.length - 1]!.fy.year - due[0]!.fy.year + 1 }, (_, i) => {
        const year = due[0]!.fy.year + i;
        return (
          due.find((d) => d.fy.year === year) ?? {
            fy: fiscalYear(`${starting(year, fyStarts)}`, fyStarts),
            cost: 0,
            assets: [],
          }
        );
      })
    : [];
  const total = years.reduce((n, y) => n + y.cost, 0);
  const chart = barChart(
    years.map((y) => ({ label: y.fy.name, value: y.cost, valueText: ctx.money(y.cost) })),
    "replacement-chart",
    "Replacement costs by fiscal year",
    years.map((y) => `${y.fy.name}: ${ctx.money(y.cost)}`).join("; ") || "No assets.",
  );
  return {
    path: "inventory.html",
    title: "Inventory and replacement plan",
    nav: "inventory",
    lead: [
      "The equipment the library owns, when each item is due for replacement, and what replacing it will cost in each fiscal year. ",
      `A fiscal year starts on ${dayOfYear(fyStarts)} and is named by the year it ends in. `,
      `Replacement costs are estimated at the original purchase price, in ${model.site.site.currency}. `,
      overdueWords(ctx, assets),
    ],
    sections: [
      {
        id: "replacement-plan",
        heading: "Replacement plan",
        blocks: years.length
          ? [
              figure(
                chart,
                "Estimated replacement cost in each fiscal year. The table below gives the same figures.",
              ),
              table({
                caption: "Replacement cost by fiscal year",
                head: ["Fiscal year", "From", "To", "Assets due", "Estimated cost"],
                numeric: [4],
                rows: [
                  ...years.map((y): Inline[] => [
                    y.fy.name,
                    longDate(y.fy.first),
                    longDate(y.fy.last),
                    y.assets.length
                      ? y.assets.map((a, i): Inline => [
                          i ? ", " : "",
                          link(href.asset(a.id), a.id),
                        ])
                      : "none",
                    ctx.money(y.cost),
                  ]),
                  [strong("Total"), "", "", "", strong(ctx.money(total))],
                ],
                rowHeader: true,
              }),
            ]
          : [p("No assets are recorded.")],
      },
      {
        id: "assets",
        heading: "Assets",
        blocks: assets.length ? assetTable.blocks : [p("No assets are recorded.")],
        sections: assetTable.sections,
      },
    ],
  };
}
