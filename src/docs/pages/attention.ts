/**
 * What needs attention on the docs' date: replacements, renewals and contract ends that
 * are overdue, or fall due within the notice period. Shown on the home page and in the
 * first-week list of "Start here".
 */
import { dueDates, dueStanding, NOTICE_DAYS, type DueDate } from "../../site/index.ts";
import type { DocsContext } from "../context.ts";
import { link, list, note, p, type Block, type Inline } from "../doc.ts";
import { longDate } from "../format.ts";
import { href } from "../slug.ts";

/** The dated items that are overdue, and those due soon, on the docs' date. */
export function attention(ctx: DocsContext): { overdue: DueDate[]; soon: DueDate[] } {
  const on = ctx.asOf?.date;
  if (on === undefined) return { overdue: [], soon: [] };
  const all = dueDates(ctx.model.site);
  return {
    overdue: all.filter((d) => dueStanding(d.date, on).state === "overdue"),
    soon: all.filter((d) => dueStanding(d.date, on).state === "soon"),
  };
}

/** One item in words, linked to where it is documented. */
export function dueItem(ctx: DocsContext, d: DueDate): Inline {
  const when = [longDate(d.date), " (", ctx.standing(d.date), ")"];
  switch (d.kind) {
    case "asset": {
      const asset = ctx.model.site.inventory?.assets.find((a) => a.id === d.name);
      return [
        link(href.asset(d.name), `asset ${d.name}`),
        asset ? ` (${asset.model})` : "",
        ": replacement due ",
        when,
      ];
    }
    case "licence":
      return [link(href.licence(d.name), `licence ${d.name}`), ": renewal due ", when];
    case "service":
      return [link(href.service(d.name), `service ${d.name}`), ": renewal due ", when];
    case "contract": {
      const vendor = ctx.model.site.site.vendors.find((v) => v.name === d.name);
      return [
        link(href.vendor(d.name), d.name),
        vendor?.contract ? ` contract ${vendor.contract}` : " contract",
        ": ends ",
        when,
      ];
    }
    default: {
      const never: never = d.kind;
      return never;
    }
  }
}

/** The blocks of a "needs attention" list: overdue first, then what is coming up. */
export function attentionBlocks(ctx: DocsContext): Block[] {
  if (!ctx.asOf)
    return [
      p(
        "These pages do not know their date, so nothing is marked overdue: build them from a site.yaml committed to git, or give the date with carrel docs --date YYYY-MM-DD.",
      ),
    ];
  const { overdue, soon } = attention(ctx);
  const asOf = `${longDate(ctx.asOf.date)} (${ctx.asOf.source})`;
  const blocks: Block[] = [];
  if (overdue.length)
    blocks.push(
      note([
        `Overdue on ${asOf}: `,
        String(overdue.length),
        overdue.length === 1 ? " item." : " items.",
      ]),
      list(overdue.map((d) => dueItem(ctx, d))),
    );
  else blocks.push(p(`Nothing is overdue on ${asOf}.`));
  blocks.push(
    soon.length
      ? p(`Coming up in the next ${NOTICE_DAYS} days:`)
      : p(`Nothing else falls due in the next ${NOTICE_DAYS} days.`),
  );
  if (soon.length) blocks.push(list(soon.map((d) => dueItem(ctx, d))));
  return blocks;
}
