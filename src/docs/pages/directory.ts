/** Directory groups and memberships (Entra ID security groups). */
import type { DocsContext } from "../context.ts";
import { code, joined, link, p, type Inline, type Page } from "../doc.ts";
import { href, slug } from "../slug.ts";
import { groupedTable } from "./grouping.ts";

/** Builds directory.html. */
export function directoryPage(ctx: DocsContext): Page {
  const { model } = ctx;
  const groups = [...model.groups.values()];
  const memberOf = (name: string) =>
    groups.filter((g) => g.memberGroups.includes(name)).map((g) => g.name);
  const poolsFor = (name: string) =>
    model.pools.filter((x) => x.pool.entitledGroups.includes(name)).map((x) => x.pool.name);
  const table = groupedTable({
    id: "groups-by-letter",
    caption: "Security groups",
    head: ["Group", "Description", "Member groups", "People", "Is inside", "Gives access to"],
    rows: groups.map((g) => {
      const inside = memberOf(g.name);
      const pools = poolsFor(g.name);
      return {
        group: g.name.slice(0, 1).toUpperCase(),
        id: `group-${slug(g.name)}`,
        cells: [
          g.name,
          g.description ?? "",
          g.memberGroups.length ? joined(g.memberGroups.map((m) => ctx.groupLink(m))) : "—",
          g.members.length ? joined(g.members.map((m) => code(m))) : "—",
          inside.length ? joined(inside.map((m) => ctx.groupLink(m))) : "—",
          pools.length ? joined(pools.map((x) => ["desktop pool ", link(href.pool(x), x)])) : "—",
        ] as Inline[],
      };
    }),
    groupedBy: "first letter",
  });
  return {
    path: "directory.html",
    title: "Directory groups and memberships",
    nav: "directory",
    lead: "Groups in the library's directory (Microsoft Entra ID) decide who can sign in to what. A group can contain people and other groups; a person in an inner group is also in every group that contains it.",
    sections: [
      {
        id: "groups",
        heading: "Groups",
        blocks: groups.length ? table.blocks : [p("This site defines no directory groups.")],
        sections: table.sections,
      },
    ],
  };
}
