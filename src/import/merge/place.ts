/**
 * Puts placed items into the draft at their site.yaml paths, creating sections and list
 * entries on the way. A second source proposing a different value for the same place is
 * reported with both sources, and the first value (from the source that wins) stays.
 */
import type { PlacedItem } from "../fragment.ts";
import { steps, type Step } from "./keys.ts";
import type { MergeContext } from "./context.ts";
import { isTree, type Tree } from "./place-tree.ts";

export { isTree, type Tree } from "./place-tree.ts";

const equal = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function describe(path: readonly Step[]): string {
  return path
    .map((s) =>
      "map" in s
        ? `.${s.map}`
        : "entry" in s
          ? `[${s.entry}]`
          : "index" in s
            ? `[${s.index}]`
            : `[${s.member}]`,
    )
    .join("")
    .replace(/^\./, "");
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

/** Sets `value` as the slot's content, or merges it with what is there. */
function settle(
  ctx: MergeContext,
  item: PlacedItem,
  where: string,
  existing: unknown,
  set: (v: unknown) => void,
): unknown {
  if (existing === undefined) {
    const value = structuredClone(item.value);
    set(value);
    return value;
  }
  if (isTree(existing) && isTree(item.value)) mergeInto(ctx, existing, item.value, item, where);
  else if (!equal(existing, item.value))
    ctx.note(
      "warning",
      "conflict",
      item.origin,
      `${where} is ${JSON.stringify(existing)} from an earlier source but ${JSON.stringify(item.value)} here; the draft keeps the first`,
    );
  return existing;
}

/** Places one item in the draft. */
export function placeItem(root: Tree, item: PlacedItem, ctx: MergeContext): void {
  const path = steps(item.key);
  let cursor: unknown = root;
  for (let i = 0; i < path.length; i++) {
    const step = path[i]!;
    const last = i === path.length - 1;
    const next = path[i + 1];
    const where = describe(path.slice(0, i + 1));
    const fresh = () => (next !== undefined && !("map" in next) ? [] : {});
    if ("map" in step) {
      if (!isTree(cursor)) return;
      const parent = cursor;
      if (!last) {
        parent[step.map] ??= fresh();
        cursor = parent[step.map];
        continue;
      }
      const had = parent[step.map] !== undefined;
      settle(ctx, item, where, parent[step.map], (v) => (parent[step.map] = v));
      if (!had || isTree(parent[step.map])) annotate(ctx, parent, step.map, item);
      return;
    }
    if (!Array.isArray(cursor)) return;
    const list = cursor;
    if ("member" in step) {
      // A list of names: the name itself is the entry.
      if (!list.includes(step.member)) list.push(step.member);
      return;
    }
    if ("index" in step) {
      if (last) settle(ctx, item, where, list[step.index], (v) => (list[step.index] = v));
      else cursor = list[step.index] ??= fresh();
      continue;
    }
    let entry = list.find((e): e is Tree => isTree(e) && String(e[step.by]) === step.entry);
    if (!entry) {
      // The entry's own value of the key (a number, say) rather than its text.
      entry = {
        [step.by]:
          last && isTree(item.value) && item.value[step.by] !== undefined
            ? item.value[step.by]
            : step.entry,
      };
      list.push(entry);
    }
    if (last && isTree(item.value)) {
      mergeInto(ctx, entry, item.value, item, where);
      for (const t of itemComments(ctx, item)) ctx.comments.before(entry, t);
    }
    cursor = entry;
  }
}

/** Comments an item's value with its source, the guess and the note it carries. */
function annotate(ctx: MergeContext, parent: Tree, key: string, item: PlacedItem): void {
  const value = parent[key];
  for (const t of itemComments(ctx, item)) {
    if (isTree(value)) ctx.comments.before(value, t);
    else ctx.comments.key(parent, key, t);
  }
}
