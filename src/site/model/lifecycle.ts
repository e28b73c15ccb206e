/**
 * When things fall due: an asset's replacement, a licence's renewal, a vendor contract's
 * end. Pure dates (YYYY-MM-DD); whether one is overdue depends on the date asked about.
 */
import type { Asset, Site } from "../schema.ts";

/** How far ahead an end date counts as coming up soon (the validator warns as far ahead). */
export const NOTICE_DAYS = 90;

/** What falls due. */
export type DueKind = "asset" | "licence" | "contract";

/** One dated item: an asset's replacement, a licence's renewal or a contract's end. */
export interface DueDate {
  readonly kind: DueKind;
  /** The asset id, licence name or vendor name. */
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

/** Every replacement, renewal and contract end the site records, earliest first. */
export function dueDates(site: Site): DueDate[] {
  const out: DueDate[] = [
    ...(site.inventory?.assets ?? []).map((a) => ({
      kind: "asset" as const,
      name: a.id,
      date: replacementDate(a),
    })),
    ...(site.inventory?.licenses ?? []).flatMap((l) =>
      l.renews ? [{ kind: "licence" as const, name: l.name, date: l.renews }] : [],
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
