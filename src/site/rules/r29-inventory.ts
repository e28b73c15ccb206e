/**
 * R29: inventory and contract dates are real calendar dates, purchases are not in the future,
 * costs are not negative and lifespans are sensible. Warns about hardware past its lifespan and
 * licences or contracts that end within 90 days, so renewals are not missed.
 */
import { calendarDateProblem } from "../dates.ts";
import { error, warning, type Issue, type Path } from "../issue.ts";
import type { Rule } from "./rule.ts";

/** How far ahead renewals and contract ends are announced. */
const NOTICE_DAYS = 90;
const LIFESPAN = { min: 1, max: 30 };
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Days since 1970-01-01 of a year, month (1-12, may overflow into the next year) and day.
 * `setUTCFullYear` rather than `Date.UTC`, which reads years 0-99 as 1900-1999.
 */
function utcDay(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / DAY_MS);
}

/** Days since 1970-01-01 of a real calendar date, or why it is not one. */
function parseDate(text: string): { day: number } | { problem: string } {
  const problem = calendarDateProblem(text);
  if (problem !== undefined) return { problem };
  const [y, m, d] = text.split("-").map(Number) as [number, number, number];
  return { day: utcDay(y, m, d) };
}

function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export const r29Inventory: Rule = {
  id: "R29",
  title: "inventory dates, costs and lifespans are sensible",
  check(site, ctx) {
    const issues: Issue[] = [];
    const todayParsed = parseDate(ctx.today);
    const today = "day" in todayParsed ? todayParsed.day : Math.floor(Date.now() / DAY_MS);

    /** Checks a date is real; returns its day number when it is. */
    const realDate = (text: string, path: Path): number | undefined => {
      const parsed = parseDate(text);
      if ("day" in parsed) return parsed.day;
      issues.push(error("R29", path, `${text} is not a real date; ${parsed.problem}`));
      return undefined;
    };
    /** Warns when an end date is near or past. */
    const ending = (day: number, path: Path, what: string, soon: string, past: string) => {
      const left = day - today;
      const action = left < 0 ? past : soon;
      if (left > NOTICE_DAYS) return;
      const when =
        left > 1
          ? `on ${formatDay(day)}, in ${left} days`
          : left === 1
            ? `tomorrow, ${formatDay(day)}`
            : left === 0
              ? `today, ${formatDay(day)}`
              : `on ${formatDay(day)}, ${-left} ${left === -1 ? "day" : "days"} ago`;
      issues.push(warning("R29", path, `${what} ${when}; ${action}`));
    };
    const notNegative = (value: number | undefined, path: Path, what: string) => {
      if (value !== undefined && value < 0)
        issues.push(error("R29", path, `${what} cannot be negative (${value}); write 0 or more`));
    };

    site.site.vendors.forEach((vendor, v) => {
      if (vendor.contractEnds === undefined) return;
      const path = ["site", "vendors", v, "contractEnds"];
      const day = realDate(vendor.contractEnds, path);
      if (day === undefined) return;
      const verb = day < today ? "ended" : "ends";
      ending(
        day,
        path,
        `the contract with '${vendor.name}' ${verb}`,
        "plan to renew or replace it",
        "renew it and update contractEnds",
      );
    });

    const inventory = site.inventory;
    if (!inventory) return issues;
    inventory.assets.forEach((asset, a) => {
      const base = ["inventory", "assets", a];
      notNegative(asset.cost, [...base, "cost"], "a cost");
      const lifespanOk = asset.lifespanYears >= LIFESPAN.min && asset.lifespanYears <= LIFESPAN.max;
      if (!lifespanOk) {
        issues.push(
          error(
            "R29",
            [...base, "lifespanYears"],
            `a lifespan must be ${LIFESPAN.min} to ${LIFESPAN.max} years, not ${asset.lifespanYears}`,
          ),
        );
      }
      const purchased = realDate(asset.purchased, [...base, "purchased"]);
      if (purchased === undefined) return;
      if (purchased > today) {
        issues.push(
          error(
            "R29",
            [...base, "purchased"],
            `purchase date ${asset.purchased} is in the future (today is ${ctx.today}); write the date it was bought`,
          ),
        );
        return;
      }
      if (!lifespanOk) return;
      const [y, m, d] = asset.purchased.split("-").map(Number) as [number, number, number];
      const end = utcDay(y + asset.lifespanYears, m, d);
      if (end <= today) {
        issues.push(
          warning(
            "R29",
            [...base, "lifespanYears"],
            `'${asset.id}' reached the end of its ${asset.lifespanYears}-year lifespan on ${formatDay(end)}; plan its replacement, or raise lifespanYears if it is staying`,
          ),
        );
      }
    });

    inventory.licenses.forEach((licence, l) => {
      const base = ["inventory", "licenses", l];
      notNegative(licence.annualCost, [...base, "annualCost"], "an annual cost");
      if (licence.renews === undefined) return;
      const day = realDate(licence.renews, [...base, "renews"]);
      if (day === undefined) return;
      ending(
        day,
        [...base, "renews"],
        `licence '${licence.name}' ${day < today ? "was due for renewal" : "renews"}`,
        "plan the renewal",
        "renew it and update the renews date",
      );
    });
    return issues;
  },
};
