/**
 * Long tables stay usable on large sites: above a threshold, rows are split into
 * groups, each its own sub-section with a heading, and a list of the groups first.
 */
import { link, list, table, type Block, type Inline, type Section, type Table } from "../doc.ts";
import { slug } from "../slug.ts";

/** Rows above this many are grouped. */
export const GROUP_THRESHOLD = 60;

/** A table's rows with the group each belongs to. */
export interface GroupedRows {
  readonly id: string;
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly { group: string; cells: readonly Inline[]; id?: string }[];
  readonly numeric?: readonly number[];
  readonly rowHeader?: boolean;
  /** Words for what the groups are ("by folder"). */
  readonly groupedBy: string;
}

function makeTable(g: GroupedRows, caption: string, rows: GroupedRows["rows"]): Table {
  return table({
    caption,
    head: g.head,
    rows: rows.map((r) => r.cells),
    rowIds: rows.map((r) => r.id),
    ...(g.numeric ? { numeric: g.numeric } : {}),
    rowHeader: g.rowHeader ?? true,
  });
}

/** One table when short; otherwise grouped sub-sections (groups in first-seen order). */
export function groupedTable(g: GroupedRows): { blocks: Block[]; sections: Section[] } {
  if (g.rows.length <= GROUP_THRESHOLD)
    return { blocks: [makeTable(g, g.caption, g.rows)], sections: [] };
  const byName = new Map<string, GroupedRows["rows"][number][]>();
  for (const row of g.rows) {
    const rows = byName.get(row.group) ?? [];
    rows.push(row);
    byName.set(row.group, rows);
  }
  // A group that is itself too long is cut into numbered parts.
  const groups = new Map<string, GroupedRows["rows"][number][]>();
  for (const [name, rows] of byName) {
    if (rows.length <= GROUP_THRESHOLD) groups.set(name, rows);
    else
      for (let i = 0; i < rows.length; i += GROUP_THRESHOLD)
        groups.set(
          `${name}, ${i + 1}-${Math.min(rows.length, i + GROUP_THRESHOLD)}`,
          rows.slice(i, i + GROUP_THRESHOLD),
        );
  }
  const id = (name: string) => `${g.id}-${slug(name)}`;
  return {
    blocks: [
      list([...groups].map(([name, rows]) => link(`#${id(name)}`, `${name} (${rows.length})`))),
    ],
    sections: [...groups].map(([name, rows]) => ({
      id: id(name),
      heading: name,
      blocks: [makeTable(g, `${g.caption}: ${name}`, rows)],
    })),
  };
}

/** Names in a range-like short form when there are many: `PUB-01 … PUB-24 (24)`. */
export function nameRun(names: readonly string[]): string {
  if (names.length <= 3) return names.join(", ");
  return `${names[0]} … ${names[names.length - 1]} (${names.length})`;
}
