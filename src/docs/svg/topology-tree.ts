/**
 * The topology of a network without loops, laid out by Carrel itself: every switch is
 * reached from a core switch by one path (a tree per core; most library networks, LAGs
 * counting as one link). Levels go from the core outwards; each parent's links leave it
 * as one short stem to a bus, and each child hangs off the bus on a branch that carries the
 * link's three labels: the parent's ports near the bus, the child's ports near the child,
 * the trunk and VLAN count between. Networks with a loop (a ring, a switch with two
 * uplinks) are laid out by elkjs (`topology.ts`).
 *
 * elkjs drew a city-sized tree with every core link and port label fanned out from one
 * point, unreadable there, and took most of the docs' time (0.6 s of 2.2 s of the city
 * docs' main thread in `node --cpu-prof`); this takes a few milliseconds.
 */
import type { ElkExtendedEdge, ElkLabel, ElkNode } from "elkjs/lib/elk-api.js";
import type { EdgeLayout, LabelBox, Point, TopologyLayout } from "./topology-layout.ts";

/** Names this layout in the kept layout file's key (bumped when its drawing changes). */
export const TREE_LAYOUT = "carrel tree layout 1";

const PAD = 16;
/** Between neighbouring subtrees, across the levels. */
const GAP = 24;
/** From a parent to its bus. */
const STEM = 14;
/** Around each label on a branch. */
const LABEL_GAP = 6;
/** The shortest branch, bus to child. */
const MIN_BRANCH = 32;

/** One switch in the tree. */
interface Place {
  readonly children: number[];
  /** The link to the parent, by index in the graph's edges; -1 for a root. */
  parentEdge: number;
  level: number;
  /** Breadth this switch and everything under it take. */
  span: number;
  /** Breadth before and after the switch's centre line that it needs for itself. */
  before: number;
  after: number;
  /** The switch's centre line, across the levels. */
  centre: number;
}

/** A label's width and height as the graph gives them. */
const size = (l: ElkLabel | undefined) => ({ w: l?.width ?? 0, h: l?.height ?? 0 });

/** The parent's end label, the child's end label and the middle label of a link. */
function branchLabels(edge: ElkExtendedEdge, parentIsSource: boolean) {
  const [middle, sourceEnd, targetEnd] = edge.labels ?? [];
  return parentIsSource
    ? { middle, near: sourceEnd, far: targetEnd, nearAt: 1, farAt: 2 }
    : { middle, near: targetEnd, far: sourceEnd, nearAt: 2, farAt: 1 };
}

/**
 * The layout of `graph` when its switches and links form trees, else undefined. `across`
 * puts the levels left to right (many switches, so the drawing grows down the page);
 * otherwise top to bottom. Roots are taken in the graph's order of switches (core first).
 */
export function treeLayout(graph: ElkNode, across: boolean): TopologyLayout | undefined {
  const nodes = graph.children ?? [];
  const edges = (graph.edges ?? []) as ElkExtendedEdge[];
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const ends = edges.map((e) => [index.get(e.sources[0]!), index.get(e.targets[0]!)]);

  // A loop, or two links between one pair of switches, is not a tree.
  const group = nodes.map((_, i) => i);
  const root = (i: number): number => {
    while (group[i] !== i) i = group[i] = group[group[i]!]!;
    return i;
  };
  const around: number[][] = nodes.map(() => []);
  for (const [e, [a, b]] of ends.entries()) {
    if (a === undefined || b === undefined) return undefined;
    const [ra, rb] = [root(a), root(b)];
    if (ra === rb) return undefined;
    group[ra] = rb;
    around[a]!.push(e);
    around[b]!.push(e);
  }

  // Along the levels a switch is `depth` long, across them `breadth` wide.
  const depth = (n: ElkNode) => (across ? n.width : n.height) ?? 0;
  const breadth = (n: ElkNode) => (across ? n.height : n.width) ?? 0;
  const places: Place[] = nodes.map((n) => ({
    children: [],
    parentEdge: -1,
    level: 0,
    span: 0,
    before: breadth(n) / 2,
    after: breadth(n) / 2,
    centre: 0,
  }));

  // Levels, breadth first from each root in turn; children in the order of the links.
  const order: number[] = [];
  const roots: number[] = [];
  const seen = new Set<number>();
  for (let r = 0; r < nodes.length; r++) {
    if (seen.has(r)) continue;
    roots.push(r);
    seen.add(r);
    order.push(r);
    for (let k = order.length - 1; k < order.length; k++) {
      const u = order[k]!;
      for (const e of around[u]!) {
        const [a, b] = ends[e]! as [number, number];
        const v = a === u ? b : a;
        if (seen.has(v)) continue;
        seen.add(v);
        order.push(v);
        places[u]!.children.push(v);
        places[v]!.parentEdge = e;
        places[v]!.level = places[u]!.level + 1;
      }
    }
  }

  // Top to bottom a child's labels stand beside its branch, to the right of its centre line.
  if (!across)
    for (const p of places) {
      if (p.parentEdge < 0) continue;
      const labels = edges[p.parentEdge]!.labels ?? [];
      const widest = Math.max(0, ...labels.map((l) => size(l).w));
      p.after = Math.max(p.after, LABEL_GAP + widest + LABEL_GAP);
    }

  // Spans from the leaves up.
  const childrenSpan = (p: Place) =>
    p.children.reduce((sum, c) => sum + places[c]!.span, 0) +
    Math.max(0, p.children.length - 1) * GAP;
  for (let k = order.length - 1; k >= 0; k--) {
    const p = places[order[k]!]!;
    p.span = Math.max(p.before + p.after, childrenSpan(p));
  }

  // Where each subtree starts, from the roots down: children side by side under their parent.
  let cursor = PAD;
  const start = new Array<number>(nodes.length).fill(0);
  for (const r of roots) {
    start[r] = cursor;
    cursor += places[r]!.span + GAP;
  }
  for (const u of order) {
    const p = places[u]!;
    let at = start[u]! + (p.span - childrenSpan(p)) / 2;
    for (const c of p.children) {
      start[c] = at;
      at += places[c]!.span + GAP;
    }
  }
  // Centre lines from the leaves up. Top to bottom a parent sits over the middle of its
  // children; left to right, level with its first child, so the drawing reads from its top
  // left corner (a city's core would otherwise sit halfway down a drawing metres long).
  for (let k = order.length - 1; k >= 0; k--) {
    const u = order[k]!;
    const p = places[u]!;
    const from = start[u]!;
    if (p.children.length === 0) {
      p.centre = from + p.before;
      continue;
    }
    const first = places[p.children[0]!]!.centre;
    const wanted = across ? first : (first + places[p.children.at(-1)!]!.centre) / 2;
    p.centre = Math.min(Math.max(wanted, from + p.before), from + p.span - p.after);
  }

  // Each level's distance from the last: a stem, then a branch long enough for its labels.
  const levels = Math.max(0, ...places.map((p) => p.level)) + 1;
  const branch = new Array<number>(levels).fill(MIN_BRANCH);
  const deepest = new Array<number>(levels).fill(0);
  for (const [i, p] of places.entries()) {
    deepest[p.level] = Math.max(deepest[p.level]!, depth(nodes[i]!));
    if (p.parentEdge < 0) continue;
    const labels = (edges[p.parentEdge]!.labels ?? []).map(size);
    const need = across
      ? labels.reduce((sum, l) => sum + l.w, 0) + (labels.length + 1) * LABEL_GAP
      : labels.reduce((sum, l) => sum + l.h, 0) + (labels.length + 1) * LABEL_GAP;
    branch[p.level] = Math.max(branch[p.level]!, need);
  }
  const levelStart = [PAD];
  for (let k = 1; k < levels; k++)
    levelStart.push(levelStart[k - 1]! + deepest[k - 1]! + STEM + branch[k]!);

  // From (along the levels, across them) to the drawing's (x, y).
  const xy = (d: number, b: number): Point => (across ? { x: d, y: b } : { x: b, y: d });
  const placed = nodes.map((n, i) => {
    const p = places[i]!;
    return xy(levelStart[p.level]!, p.centre - breadth(n) / 2);
  });

  const laid: EdgeLayout[] = edges.map((edge, e) => {
    const [a, b] = ends[e]! as [number, number];
    const child = places[b]!.parentEdge === e ? b : a;
    const parent = child === b ? a : b;
    const p = places[parent]!;
    const c = places[child]!;
    const parentEnd = levelStart[p.level]! + depth(nodes[parent]!);
    const bus = parentEnd + STEM;
    const childStart = levelStart[c.level]!;
    const line =
      p.centre === c.centre
        ? [xy(parentEnd, p.centre), xy(childStart, c.centre)]
        : [xy(parentEnd, p.centre), xy(bus, p.centre), xy(bus, c.centre), xy(childStart, c.centre)];
    const { middle, near, far, nearAt, farAt } = branchLabels(edge, parent === a);
    const boxes: LabelBox[] = [];
    const put = (at: number, l: ElkLabel | undefined, d: number, b: number) => {
      const { w, h } = size(l);
      const { x, y } = xy(d, b);
      boxes[at] = { x, y, width: w, height: h };
    };
    const [n, m, f] = [size(near), size(middle), size(far)];
    if (across) {
      // Above the branch, parent's ports by the bus, child's by the child, the rest between.
      const top = c.centre - 3 - Math.max(n.h, m.h, f.h);
      const nearAtD = bus + LABEL_GAP;
      const farAtD = childStart - LABEL_GAP - f.w;
      put(nearAt, near, nearAtD, top);
      put(farAt, far, farAtD, top);
      put(0, middle, (nearAtD + n.w + farAtD - m.w) / 2, top);
    } else {
      // Beside the branch, from the bus down to the child.
      const left = c.centre + LABEL_GAP;
      const nearAtD = bus + LABEL_GAP;
      const farAtD = childStart - LABEL_GAP - f.h;
      put(nearAt, near, nearAtD, left);
      put(farAt, far, farAtD, left);
      put(0, middle, (nearAtD + n.h + farAtD - m.h) / 2, left);
    }
    // The line runs from the link's first end, as elkjs draws it.
    return { sections: [parent === a ? line : line.reverse()], labels: boxes };
  });

  const right = Math.max(PAD, ...placed.map((p, i) => p.x + (nodes[i]!.width ?? 0)));
  const bottom = Math.max(PAD, ...placed.map((p, i) => p.y + (nodes[i]!.height ?? 0)));
  const labelEdge = laid.flatMap((e) => e.labels);
  return {
    width: Math.max(right, ...labelEdge.map((l) => l.x + l.width)) + PAD,
    height: Math.max(bottom, ...labelEdge.map((l) => l.y + l.height)) + PAD,
    nodes: placed,
    edges: laid,
  };
}
