/** Vendors and contracts: who supplies what, how to reach them, when contracts end. */
import type { DocsContext } from "../context.ts";
import { code, joined, link, p, table, type Inline, type Page } from "../doc.ts";
import { href, slug } from "../slug.ts";

/** Builds vendors.html. */
export function vendorsPage(ctx: DocsContext): Page {
  const { site } = ctx.model;
  const vendors = site.site.vendors;
  const assetsOf = (name: string) =>
    ctx.model.assets.map((a) => a.asset).filter((a) => a.vendor === name);
  const licencesOf = (name: string) =>
    (site.inventory?.licenses ?? []).filter((l) => l.vendor === name);
  const servicesOf = (name: string) => site.services.filter((sv) => sv.vendor === name);
  return {
    path: "vendors.html",
    title: "Vendors and contracts",
    nav: "vendors",
    lead: "The companies that supply and support the library's technology, how to reach them, and what each one is responsible for.",
    sections: [
      {
        id: "vendors",
        heading: "Vendors",
        blocks: [
          vendors.length === 0
            ? p("No vendors are recorded in site.yaml.")
            : table({
                caption: "Vendors, what they provide and how to reach them",
                head: [
                  "Vendor",
                  "Provides",
                  "Phone",
                  "Email",
                  "Website",
                  "Contract",
                  "Contract ends",
                  "Notes",
                ],
                rows: vendors.map((v): Inline[] => [
                  v.name,
                  v.provides.join(", "),
                  v.phone ?? "",
                  v.email ? link(href.mail(v.email), v.email) : "",
                  v.website ?? "",
                  v.contract ? code(v.contract) : "none recorded",
                  v.contractEnds ? ctx.dueDate(v.contractEnds) : "",
                  v.notes ?? "",
                ]),
                rowIds: vendors.map((v) => `vendor-${slug(v.name)}`),
                rowHeader: true,
              }),
        ],
      },
      {
        id: "supplied",
        heading: "What each vendor supplied",
        blocks: vendors.map((v) => {
          const assets = assetsOf(v.name);
          const lic = licencesOf(v.name);
          const parts: Inline[] = [];
          if (assets.length)
            parts.push(["equipment: ", joined(assets.map((a) => link(href.asset(a.id), a.id)))]);
          if (lic.length)
            parts.push([
              "licences: ",
              joined(
                lic.map((l) => [
                  link(href.licence(l.name), l.name),
                  l.annualCost !== undefined ? ` (${ctx.money(l.annualCost)} a year)` : "",
                ]),
              ),
            ]);
          const svc = servicesOf(v.name);
          if (svc.length)
            parts.push([
              "services: ",
              joined(
                svc.map((sv) => [
                  link(href.service(sv.name), sv.name),
                  sv.annualCost !== undefined ? ` (${ctx.money(sv.annualCost)} a year)` : "",
                ]),
              ),
            ]);
          return p([
            link(href.vendor(v.name), v.name),
            ": ",
            parts.length ? joined(parts, "; ") : "nothing recorded in the inventory",
            ".",
          ]);
        }),
      },
    ],
  };
}
