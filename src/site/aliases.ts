/**
 * Anchors (`&name`), aliases (`*name`) and merge keys (`<<: *name`) in a site file.
 * Merge keys work as in YAML 1.1: a section takes every key of the merged section that
 * it does not set itself. Problems are found here, at their line, before the document is
 * turned into values; and a value that came in through a merge is found where it is
 * written, so that an issue about it points at the right line.
 */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  visit,
  type Alias,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from "yaml";

/** A problem with an alias or a merge key, at a character offset. */
export interface AliasProblem {
  readonly offset: number;
  readonly message: string;
}

const resolved = new WeakMap<Document, Map<Alias, Node | undefined>>();

/** What every alias of the document refers to: the last node with its anchor before it. */
function aliasTargets(doc: Document): Map<Alias, Node | undefined> {
  const cached = resolved.get(doc);
  if (cached) return cached;
  const targets = new Map<Alias, Node | undefined>();
  const anchors = new Map<string, Node>();
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) targets.set(node, anchors.get(node.source));
      else if (node.anchor) anchors.set(node.anchor, node);
    },
  });
  resolved.set(doc, targets);
  return targets;
}

/** The node an alias stands for; any other node as it is. */
export function deref(doc: Document, node: unknown): unknown {
  return isAlias(node) ? aliasTargets(doc).get(node) : node;
}

/** Whether a pair is a merge key (`<<`, written plain), as the parser understood it. */
export function isMergePair(pair: unknown): pair is Pair {
  if (!isPair(pair) || !isScalar(pair.key)) return false;
  const value = pair.key.value;
  return typeof value === "symbol" && value.description === "<<";
}

/** The sections a merge pair brings in, in the order they take precedence. */
export function mergeSources(doc: Document, pair: Pair): YAMLMap[] {
  const value = deref(doc, pair.value);
  const items = isSeq(value) ? value.items.map((i) => deref(doc, i)) : [value];
  return items.filter((i): i is YAMLMap => isMap(i));
}

function start(node: unknown): number {
  return (node as { range?: number[] } | null)?.range?.[0] ?? 0;
}

/** Aliases that point into themselves, and merge keys whose value is not a section. */
export function aliasProblems(doc: Document): AliasProblem[] {
  const problems: AliasProblem[] = [];
  const targets = aliasTargets(doc);
  for (const [alias, target] of targets) {
    const range = (target as { range?: number[] } | undefined)?.range;
    const at = start(alias);
    if (range && range[0]! <= at && at <= range[2]!) {
      problems.push({
        offset: at,
        message: `this alias (*${alias.source}) is inside the section it names, so it would repeat forever; copy the values instead`,
      });
    }
  }
  visit(doc, {
    Pair(_key, pair) {
      if (!isMergePair(pair)) return;
      const value = deref(doc, pair.value);
      const items = isSeq(value) ? value.items.map((i) => deref(doc, i)) : [value];
      if (items.length === 0 || items.some((i) => !isMap(i))) {
        problems.push({
          offset: start(pair.value ?? pair.key),
          message:
            "a merge key (<<) takes a section, an alias of one (*name) or a list of aliases; this is none of those",
        });
      }
    },
  });
  return problems.sort((a, b) => a.offset - b.offset);
}
