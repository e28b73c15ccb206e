/**
 * Licences and renewals: what is licensed, what it costs each year, and when it renews; the
 * timeline also carries the services' renewals and the vendor contracts' ends.
 */
import { dueDates } from "../../site/index.ts";
import type { DocsContext } from "../context.ts";
import { figure, link, p, strong, table, type Inline, type Page } from "../doc.ts";
import { fiscalYear, longDate } from "../format.ts";
import { href, slug } from "../slug.ts";
import { timeline, type TimelineItem } from "../svg/timeline.ts";
import { groupedTable } from "./grouping.ts";

/** How many dated items the timeline draws; the tables list all. */
export const TIMELINE_LIMIT = 40;

/** Builds licences.html. */
export function licencesPage(ctx: DocsContext): Page {
  const { model } = ctx;
  const inv = model.site.inventory;
  const licences = [...(inv?.licenses ?? [])].sort(
    (a, b) =>
      (a.renews ?? "9999").localeCompare(b.renews ?? "9999") || a.name.localeCompare(b.name),
  );
  const fyStarts = inv?.fiscalYearStarts ?? "07-01";
  const annual = licences.reduce((n, l) => n + (l.annualCost ?? 0), 0);
  // The model's due dates, less the replacements (the inventory page plans those).
  const items: TimelineItem[] = dueDates(model.site)
    .filter((d) => d.kind !== "asset")
    .map((d) => ({
      label: d.kind === "contract" ? `${d.name} contract ends` : `${d.name} renews`,
      date: d.date,
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.label.localeCompare(b.label));
  const services = model.services.filter((m) => m.service.annualCost !== undefined);
  const serviceCost = services.reduce((n, m) => n + m.service.annualCost!, 0);
  const shown = items.slice(0, TIMELINE_LIMIT);
  const contracts = model.site.site.vendors.filter((v) => v.contractEnds);
  const licenceTable = groupedTable({
    id: "licences-by-year",
    caption: "Licences, by renewal date",
    head: ["Licence", "Seats", "Renews", "Fiscal year", "Cost a year", "Vendor", "Notes"],
    numeric: [1, 4],
    rows: licences.map((l) => {
      const fy = l.renews ? fiscalYear(l.renews, fyStarts).name : "";
      return {
        group: fy ? `Renewing in ${fy}` : "No renewal date",
        id: `licence-${slug(l.name)}`,
        cells: [
          l.name,
          l.seats ?? "",
          l.renews ? ctx.dueDate(l.renews) : "not recorded",
          fy,
          l.annualCost !== undefined ? ctx.money(l.annualCost) : "",
          ctx.vendorLink(l.vendor),
          l.notes ?? "",
        ] as Inline[],
      };
    }),
    groupedBy: "fiscal year",
  });
  return {
    path: "licences.html",
    title: "Licences and renewals",
    nav: "licences",
    lead: [
      "Software the library pays for, what it costs each year, and when it must be renewed. ",
      strong(`Licences cost ${ctx.money(annual)} a year in total.`),
      services.length
        ? [
            " The ",
            link(href.services(), "services"),
            ` (web site, email, catalogue...) cost ${ctx.money(serviceCost)} more; their renewals are on the timeline too.`,
          ]
        : "",
    ],
    sections: [
      {
        id: "renewals",
        heading: "Renewals timeline",
        blocks: items.length
          ? [
              figure(
                timeline(
                  shown,
                  "renewals",
                  "Licence and service renewals, and contract ends",
                  shown.map((i) => `${i.label}: ${longDate(i.date)}`).join("; "),
                  fyStarts,
                ),
                items.length > shown.length
                  ? `The ${shown.length} earliest of ${items.length} dates; the tables list them all.`
                  : "Licence and service renewals and vendor contract ends, earliest first. The tables below and the services page give the same dates.",
              ),
            ]
          : [p("No renewal dates are recorded.")],
      },
      {
        id: "licences",
        heading: "Licences",
        blocks: licences.length === 0 ? [p("No licences are recorded.")] : licenceTable.blocks,
        sections: licenceTable.sections,
      },
      {
        id: "contracts",
        heading: "Vendor contracts",
        blocks: [
          contracts.length === 0
            ? p("No vendor contract has an end date recorded.")
            : table({
                caption: "Vendor contracts by end date",
                head: ["Vendor", "Contract", "Ends", "Fiscal year"],
                rows: [...contracts]
                  .sort((a, b) => a.contractEnds!.localeCompare(b.contractEnds!))
                  .map((v) => [
                    ctx.vendorLink(v.name),
                    v.contract ?? "",
                    ctx.dueDate(v.contractEnds!),
                    fiscalYear(v.contractEnds!, fyStarts).name,
                  ]),
                rowHeader: true,
              }),
        ],
      },
    ],
  };
}
