/**
 * Differences between two lists of comparable lines: what site.yaml renders and what runs.
 * As multisets (order does not count), or, for access lists, in order (the first match
 * decides, so order counts): then the longest common subsequence is kept and the rest differs.
 */
import type { Difference, SitePlace } from "./report.ts";

/** A comparable entry and the line it came from. */
export interface Keyed {
  readonly key: string;
  readonly line: number;
}

/** What to compare and how to word the differences. */
export interface ListComparison {
  readonly rendered: readonly Keyed[];
  readonly running: readonly Keyed[];
  readonly missing: (key: string) => string;
  readonly extra: (key: string) => string;
  /** Where site.yaml would change to add or drop an entry. */
  readonly site: SitePlace | undefined;
  readonly file: string;
  /** The running line's text, unless it is secret. */
  readonly text: (line: number) => string | undefined;
  readonly ordered?: boolean;
}

function unordered(a: readonly Keyed[], b: readonly Keyed[]): { onlyA: Keyed[]; onlyB: Keyed[] } {
  const left = [...b];
  const onlyA: Keyed[] = [];
  for (const x of a) {
    const i = left.findIndex((y) => y.key === x.key);
    if (i >= 0) left.splice(i, 1);
    else onlyA.push(x);
  }
  return { onlyA, onlyB: left };
}

function ordered(a: readonly Keyed[], b: readonly Keyed[]): { onlyA: Keyed[]; onlyB: Keyed[] } {
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] =
        a[i]!.key === b[j]!.key
          ? lcs[i + 1]![j + 1]! + 1
          : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const onlyA: Keyed[] = [];
  const onlyB: Keyed[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i]!.key === b[j]!.key) {
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) onlyA.push(a[i++]!);
    else onlyB.push(b[j++]!);
  }
  return { onlyA: [...onlyA, ...a.slice(i)], onlyB: [...onlyB, ...b.slice(j)] };
}

/** The differences between the two lists. */
export function listDifferences(c: ListComparison): Difference[] {
  // Most lists match entry for entry; that needs no search.
  if (
    c.rendered.length === c.running.length &&
    c.rendered.every((x, i) => x.key === c.running[i]!.key)
  )
    return [];
  const { onlyA, onlyB } = (c.ordered ? ordered : unordered)(c.rendered, c.running);
  return [
    ...onlyA.map((x) => ({ message: c.missing(x.key), ...(c.site ? { site: c.site } : {}) })),
    ...onlyB.map((x) => {
      const text = c.text(x.line);
      return {
        message: c.extra(x.key),
        running: { file: c.file, line: x.line, ...(text !== undefined ? { text } : {}) },
      };
    }),
  ];
}
