/**
 * When things fall due: an asset's replacement, a licence's or a service's renewal, a vendor
 * contract's end; and what falls to each fiscal year. Pure dates (YYYY-MM-DD); whether one
 * is overdue depends on the date asked about.
 */
import type { Asset, Site } from "../schema.ts";
import { siteAssets } from "./assets.ts";

/** How far ahead an end date counts as coming up soon (the validator warns as far ahead). */
export const NOTICE_DAYS = 90;

/** What falls due. */
export type DueKind = "asset" | "licence" | "contract" | "service";

/** One dated item: an asset's replacement, a licence's or service's renewal or a contract's end. */
export interface DueDate {
  readonly kind: DueKind;
  /** The asset id, licence name, vendor name or service name. */
  readonly name: string;
  /** YYYY-MM-DD */
  readonly date: string;
}

/** Adds whole years to a YYYY-MM-DD date (29 February becomes 28 February). */
export function addYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  let rest = date.slice(4);
  if (rest === "-02-29" && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) rest = "-02-28";
  return `${String(y).padStart(4, "0")}${rest}`;
}

/** The day an asset is due for replacement: bought plus its lifespan. */
export function replacementDate(asset: Pick<Asset, "purchased" | "lifespanYears">): string {
  return addYears(asset.purchased, asset.lifespanYears);
}

/**
 * Every replacement, renewal and contract end the site records, earliest first: the assets
 * of the inventory and of the rooms, licences, services and vendor contracts.
 */
export function dueDates(site: Site): DueDate[] {
  const out: DueDate[] = [
    ...siteAssets(site).map(({ asset: a }) => ({
      kind: "asset" as const,
      name: a.id,
      date: replacementDate(a),
    })),
    ...(site.inventory?.licenses ?? []).flatMap((l) =>
      l.renews ? [{ kind: "licence" as const, name: l.name, date: l.renews }] : [],
    ),
    ...site.services.flatMap((s) =>
      s.renews ? [{ kind: "service" as const, name: s.name, date: s.renews }] : [],
    ),
    ...site.site.vendors.flatMap((v) =>
      v.contractEnds ? [{ kind: "contract" as const, name: v.name, date: v.contractEnds }] : [],
    ),
  ];
  return out.sort(
    (a, b) =>
      a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name),
  );
}

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** Whole days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

/** Whole calendar months from one date to a later one (a month counts once its day is reached). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** An item's standing on a date: overdue (its date has passed), due soon, or later. */
export type DueStanding =
  | { readonly state: "overdue"; readonly days: number }
  | { readonly state: "soon"; readonly days: number }
  | { readonly state: "later"; readonly days: number };

/** Where a due date stands on `asOf`: overdue once the date has passed, soon within NOTICE_DAYS. */
export function dueStanding(date: string, asOf: string): DueStanding {
  const days = daysBetween(asOf, date);
  if (days < 0) return { state: "overdue", days: -days };
  return { state: days <= NOTICE_DAYS ? "soon" : "later", days };
}

/** A fiscal year, named by the calendar year it ends in. */
export interface FiscalYear {
  readonly name: string;
  readonly year: number;
  /** First and last day, YYYY-MM-DD. */
  readonly first: string;
  readonly last: string;
}

/** The fiscal year that holds `date`, for a year starting on `starts` (MM-DD). */
export function fiscalYear(date: string, starts: string): FiscalYear {
  const y = Number(date.slice(0, 4));
  const startYear = date.slice(5) >= starts ? y : y - 1;
  const first = `${startYear}-${starts}`;
  const endYear = starts === "01-01" ? startYear : startYear + 1;
  const next = new Date(
    Date.UTC(startYear + 1, Number(starts.slice(0, 2)) - 1, Number(starts.slice(3))),
  );
  next.setUTCDate(next.getUTCDate() - 1);
  return { name: `FY${endYear}`, year: endYear, first, last: next.toISOString().slice(0, 10) };
}

/** The first day of the fiscal year named `year` (the year it ends in). */
export function fiscalYearStart(year: number, starts: string): string {
  return `${starts === "01-01" ? year : year - 1}-${starts}`;
}

/** Something paid every year: a licence or a service. */
export interface RecurringCost {
  readonly kind: "licence" | "service";
  readonly name: string;
  readonly annualCost: number;
  /** YYYY-MM-DD, when recorded. */
  readonly renews: string | undefined;
  readonly vendor: string | undefined;
}

/** The licences and services with an annual cost, by renewal date (none last), then name. */
export function recurringCosts(site: Site): RecurringCost[] {
  const out: RecurringCost[] = [
    ...(site.inventory?.licenses ?? []).flatMap((l) =>
      l.annualCost === undefined
        ? []
        : [
            {
              kind: "licence" as const,
              name: l.name,
              annualCost: l.annualCost,
              renews: l.renews,
              vendor: l.vendor,
            },
          ],
    ),
    ...site.services.flatMap((s) =>
      s.annualCost === undefined
        ? []
        : [
            {
              kind: "service" as const,
              name: s.name,
              annualCost: s.annualCost,
              renews: s.renews,
              vendor: s.vendor,
            },
          ],
    ),
  ];
  return out.sort(
    (a, b) =>
      (a.renews ?? "9999").localeCompare(b.renews ?? "9999") || a.name.localeCompare(b.name),
  );
}

/** What one fiscal year costs: the replacements due in it, and every recurring cost. */
export interface FiscalYearBudget {
  readonly fy: FiscalYear;
  /** Assets due for replacement in the year, in file order. */
  readonly replacements: readonly Asset[];
  readonly replacementCost: number;
  /** Licences and services, each paid once a year. */
  readonly recurring: readonly RecurringCost[];
  readonly recurringCost: number;
  readonly total: number;
}

/**
 * The cost of each fiscal year from the first replacement or renewal to the last
 * replacement: every year in between, so quiet years show too. Replacements are estimated
 * at the purchase price; licences and services at their annual cost, paid in every year.
 */
export function fiscalYearBudget(site: Site): FiscalYearBudget[] {
  const starts = site.inventory?.fiscalYearStarts ?? "07-01";
  const assets = siteAssets(site).map((a) => a.asset);
  const recurring = recurringCosts(site);
  const years = [
    ...assets.map((a) => fiscalYear(replacementDate(a), starts).year),
    ...recurring.flatMap((r) => (r.renews ? [fiscalYear(r.renews, starts).year] : [])),
  ];
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const recurringCost = recurring.reduce((n, r) => n + r.annualCost, 0);
  return Array.from({ length: last - first + 1 }, (_, i) => {
    const fy = fiscalYear(fiscalYearStart(first + i, starts), starts);
    const replacements = assets.filter(
      (a) => fiscalYear(replacementDate(a), starts).year === fy.year,
    );
    const replacementCost = replacements.reduce((n, a) => n + a.cost, 0);
    return {
      fy,
      replacements,
      replacementCost,
      recurring,
      recurringCost,
      total: replacementCost + recurringCost,
    };
  });
}
