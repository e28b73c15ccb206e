/**
 * Inventory: every asset (the inventory's and the meeting rooms' equipment), when it is due
 * for replacement (marked overdue once that date has passed), the replacement cost per
 * fiscal year, and the budget of each fiscal year with the licences and services.
 */
import {
  dueStanding,
  fiscalYearBudget,
  replacementDate,
  type Asset,
  type FiscalYearBudget,
} from "../../site/index.ts";
import type { DocsContext } from "../context.ts";
import { code, figure, joined, link, p, strong, table, type Inline, type Page } from "../doc.ts";
import { dayOfYear, fiscalYear, longDate } from "../format.ts";
import { href, slug } from "../slug.ts";
import { barChart } from "../svg/bar-chart.ts";
import { groupedTable } from "./grouping.ts";

/** When an asset is due for replacement, and in which fiscal year. */
export function replacement(asset: Asset, fyStarts: string) {
  const due = replacementDate(asset);
  return { due, fy: fiscalYear(due, fyStarts) };
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
  const assets = model.assets.map((a) => a.asset);
  const fyStarts = inv?.fiscalYearStarts ?? "07-01";
  const switchNames = new Set(model.site.network.switches.map((s) => s.name));
  const vmNames = new Set(model.vms.map((v) => v.vm.name));
  const rooms = new Map(model.rooms.map((r) => [r.room.id, r.room.name]));
  const roomOf = new Map(
    model.assets.flatMap((a) => (a.room ? [[a.asset.id, a.room] as const] : [])),
  );
  const linked = (id: string): Inline => {
    const room = roomOf.get(id);
    if (room !== undefined) return link(href.room(room), rooms.get(room) ?? room);
    return switchNames.has(id) ? ctx.switchLink(id) : vmNames.has(id) ? ctx.vmLink(id) : "—";
  };
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
  const budget = fiscalYearBudget(model.site);
  const years = budget.map((b) => ({ fy: b.fy, cost: b.replacementCost, assets: b.replacements }));
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
      budgetSection(ctx, budget),
      {
        id: "assets",
        heading: "Assets",
        blocks: assets.length ? assetTable.blocks : [p("No assets are recorded.")],
        sections: assetTable.sections,
      },
    ],
  };
}

/** Each fiscal year's costs: the replacements due in it, and the licences and services. */
function budgetSection(ctx: DocsContext, budget: readonly FiscalYearBudget[]) {
  const recurring = budget[0]?.recurring ?? [];
  return {
    id: "budget",
    heading: "Budget by fiscal year",
    blocks: budget.length
      ? [
          p([
            "What each fiscal year costs: the replacements due in it, and every licence and service, each paid once a year at its ",
            link("licences.html", "renewal"),
            " (",
            recurring.length
              ? joined(
                  recurring.map((r): Inline => [
                    link(
                      r.kind === "licence" ? href.licence(r.name) : href.service(r.name),
                      r.name,
                    ),
                    " ",
                    ctx.money(r.annualCost),
                  ]),
                )
              : "none recorded",
            ").",
          ]),
          table({
            caption: "Costs by fiscal year",
            head: ["Fiscal year", "Replacements", "Licences and services", "Total"],
            numeric: [1, 2, 3],
            rows: budget.map((b): Inline[] => [
              b.fy.name,
              ctx.money(b.replacementCost),
              ctx.money(b.recurringCost),
              strong(ctx.money(b.total)),
            ]),
            rowHeader: true,
          }),
        ]
      : [p("No costs are recorded.")],
  };
}
