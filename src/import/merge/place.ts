/**
 * Puts placed items into the draft at their site.yaml paths, creating sections and list
 * entries on the way. A second source proposing a different value for the same place is
 * reported with both sources, and the first value (from the source that wins) stays.
 */
import type { KeyPart, PlacedItem } from "../fragment.ts";
import type { MergeContext } from "./context.ts";

/** A section of the draft. */
export type Tree = Record<string, unknown>;

/** Whether a value is a plain object (a section or list entry, not a list or scalar). */
export function isTree(value: unknown): value is Tree {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const equal = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function describeKey(key: readonly KeyPart[]): string {
  return key
    .map((k) => (typeof k === "string" ? k : `[${k.item}]`))
    .join(".")
    .replace(/\.\[/g, "[");
}

/** The comments of an item: where it came from (and the guess), and its note. */
export function itemComments(ctx: MergeContext, item: PlacedItem): string[] {
  return [
    item.guessed
      ? `guessed from ${ctx.where(item.origin)}: ${item.guessed}`
      : `from ${ctx.where(item.origin)}`,
    ...(item.note ? [item.note] : []),
  ];
}

/** Comments an item's value with its source, the guess and the note it carries. */
function annotate(ctx: MergeContext, parent: Tree, key: string, item: PlacedItem): void {
  const value = parent[key];
  const texts = itemComments(ctx, item);
  if (isTree(value)) for (const t of texts) ctx.comments.before(value, t);
  else for (const t of texts) ctx.comments.key(parent, key, t);
}

function entryOf(list: unknown[], part: Exclude<KeyPart, string>): Tree | undefined {
  const by = part.by ?? "name";
  return list.find((e): e is Tree => isTree(e) && String(e[by]) === part.item);
}

/** Merges an object value into an existing section: new keys are added, differing ones reported. */
function mergeInto(
  ctx: MergeContext,
  target: Tree,
  value: Tree,
  item: PlacedItem,
  where: string,
): void {
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    if (target[k] === undefined) target[k] = structuredClone(v);
    else if (!equal(target[k], v))
      ctx.note(
        "warning",
        "conflict",
        item.origin,
        `${where}.${k} is ${JSON.stringify(target[k])} from an earlier source but ${JSON.stringify(v)} here; the draft keeps the first`,
      );
  }
}

/** Places one item in the draft. */
export function placeItem(root: Tree, item: PlacedItem, ctx: MergeContext): void {
  const parts = item.key;
  let cursor: unknown = root;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const last = i === parts.length - 1;
    const next = parts[i + 1];
    const fresh = () => (next !== undefined && typeof next !== "string" ? [] : {});
    if (typeof part === "string") {
      if (!isTree(cursor)) return;
      if (!last) {
        cursor[part] ??= fresh();
        cursor = cursor[part];
        continue;
      }
      const existing = cursor[part];
      if (existing === undefined) {
        cursor[part] = structuredClone(item.value);
        annotate(ctx, cursor, part, item);
      } else if (isTree(existing) && isTree(item.value)) {
        mergeInto(ctx, existing, item.value, item, describeKey(parts));
        annotate(ctx, cursor, part, item);
      } else if (!equal(existing, item.value)) {
        ctx.note(
          "warning",
          "conflict",
          item.origin,
          `${describeKey(parts)} is ${JSON.stringify(existing)} from an earlier source but ${JSON.stringify(item.value)} here; the draft keeps the first`,
        );
      }
      continue;
    }
    if (!Array.isArray(cursor)) return;
    let entry = entryOf(cursor, part);
    if (!entry) {
      const by = part.by ?? "name";
      // The entry's own value of the key (a number, say) rather than its text.
      entry = {
        [by]:
          last && isTree(item.value) && item.value[by] !== undefined ? item.value[by] : part.item,
      };
      cursor.push(entry);
    }
    if (last && isTree(item.value)) {
      mergeInto(ctx, entry, item.value, item, describeKey(parts));
      for (const t of itemComments(ctx, item)) ctx.comments.before(entry, t);
    }
    cursor = entry;
  }
}
