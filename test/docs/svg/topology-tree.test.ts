import type { ElkExtendedEdge, ElkNode } from "elkjs/lib/elk-api.js";
import { describe, expect, it } from "vitest";
import type { LabelBox, TopologyLayout } from "../../../src/docs/svg/topology-layout.ts";
import { treeLayout } from "../../../src/docs/svg/topology-tree.ts";
import { topology } from "../../../src/docs/svg/topology.ts";
import { counted } from "./counted-layout.ts";
import { exampleModel, LOOPED } from "../example-docs.ts";

/** A label as the topology gives one: 6.6 pixels a character, 16 high. */
const label = (id: string, text: string) => ({
  id,
  text,
  width: text.length * 6.6 + 8,
  height: 16,
});

/** A graph of `count` switches and the links between them, shaped as the topology's. */
function graphOf(count: number, links: readonly [number, number][]): ElkNode {
  return {
    id: "root",
    children: Array.from({ length: count }, (_, i) => ({ id: `n-s${i}`, width: 170, height: 48 })),
    edges: links.map(([a, b], i) => ({
      id: `e${i}`,
      sources: [`n-s${a}`],
      targets: [`n-s${b}`],
      labels: [
        label(`l${i}`, i % 3 === 0 ? "trk12, 120 VLANs" : "single cable, 6 VLANs"),
        // Now and then a long run of ports, wider than a switch.
        label(`l${i}-a`, i % 7 === 3 ? "ports 1-4,9-12,17-20,25-28,33-36" : "ports 49-50"),
        label(`l${i}-b`, "port 25"),
      ],
    })),
  };
}

/** A random forest of `count` switches (fixed seed): each links to one before it, or to none. */
function forest(count: number, seed: number): [number, number][] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const links: [number, number][] = [];
  for (let i = 1; i < count; i++) {
    if (next() < 0.05) continue; // a switch of its own: a new tree
    const parent = Math.floor(next() * i);
    // Links are written from either end.
    links.push(next() < 0.5 ? [parent, i] : [i, parent]);
  }
  return links;
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const within = (box: Box, layout: TopologyLayout) =>
  box.x >= 0 &&
  box.y >= 0 &&
  box.x + box.width <= layout.width &&
  box.y + box.height <= layout.height;

/** Whether a point lies on the border of a box. */
const onBorder = (p: { x: number; y: number }, b: Box) =>
  ((p.x === b.x || p.x === b.x + b.width) && p.y >= b.y && p.y <= b.y + b.height) ||
  ((p.y === b.y || p.y === b.y + b.height) && p.x >= b.x && p.x <= b.x + b.width);

/** The problems of a layout of `graph`: overlaps, lines off their switches, boxes outside. */
function problems(graph: ElkNode, layout: TopologyLayout): string[] {
  const found: string[] = [];
  const boxes = layout.nodes.map((p, i) => ({
    ...p,
    width: 170,
    height: 48,
    id: graph.children![i]!.id,
  }));
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const labels: (LabelBox & { id: string })[] = layout.edges.flatMap((e, i) =>
    e.labels.map((l, j) => ({ ...l, id: `edge ${i} label ${j}` })),
  );
  for (const [i, a] of boxes.entries()) {
    if (!within(a, layout)) found.push(`${a.id} outside the drawing`);
    for (const b of boxes.slice(i + 1)) if (overlap(a, b)) found.push(`${a.id} overlaps ${b.id}`);
    for (const l of labels) if (overlap(a, l)) found.push(`${l.id} overlaps ${a.id}`);
  }
  for (const [i, a] of labels.entries()) {
    if (!within(a, layout)) found.push(`${a.id} outside the drawing`);
    for (const b of labels.slice(i + 1)) if (overlap(a, b)) found.push(`${a.id} overlaps ${b.id}`);
  }
  for (const [i, e] of (graph.edges as ElkExtendedEdge[]).entries()) {
    const [line] = layout.edges[i]!.sections;
    const from = byId.get(e.sources[0]!)!;
    const to = byId.get(e.targets[0]!)!;
    if (!onBorder(line![0]!, from)) found.push(`edge ${i} does not start on ${from.id}`);
    if (!onBorder(line!.at(-1)!, to)) found.push(`edge ${i} does not end on ${to.id}`);
    for (const [k, p] of line!.slice(1).entries())
      if (p.x !== line![k]!.x && p.y !== line![k]!.y) found.push(`edge ${i} has a slanted part`);
  }
  return found;
}

describe("the topology of a network without loops, laid out by Carrel", () => {
  it.each([
    ["left to right", true],
    ["top to bottom", false],
  ])(
    "draws %s with no box over another and every line orthogonal, on its switches",
    (_, across) => {
      for (const [count, seed] of [
        [1, 1],
        [2, 2],
        [12, 3],
        [60, 4],
        [205, 5],
      ] as const) {
        const graph = graphOf(count, forest(count, seed));
        const layout = treeLayout(graph, across);
        expect(layout, `${count} switches`).toBeDefined();
        expect(problems(graph, layout!), `${count} switches, seed ${seed}`).toEqual([]);
      }
    },
  );

  it("puts a parent's ports by the parent and a child's by the child, whichever end a link names first", () => {
    // given a core with a child named first in one link and second in the other
    const graph = graphOf(3, [
      [0, 1],
      [2, 0],
    ]);
    const layout = treeLayout(graph, true)!;
    const core = layout.nodes[0]!;
    for (const [i, child] of [
      [0, 1],
      [1, 2],
    ] as const) {
      const [, sourceEnd, targetEnd] = layout.edges[i]!.labels;
      const [coreEnd, childEnd] = i === 0 ? [sourceEnd!, targetEnd!] : [targetEnd!, sourceEnd!];
      // then the core's port label is nearer the core than the child's is
      expect(coreEnd.x - core.x).toBeLessThan(childEnd.x - core.x);
      expect(childEnd.x + childEnd.width).toBeLessThanOrEqual(layout.nodes[child]!.x);
    }
  });

  it("leaves a network with a loop, or two links between one pair of switches, to elkjs", () => {
    expect(
      treeLayout(
        graphOf(3, [
          [0, 1],
          [1, 2],
          [2, 0],
        ]),
        true,
      ),
    ).toBeUndefined();
    expect(
      treeLayout(
        graphOf(2, [
          [0, 1],
          [1, 0],
        ]),
        false,
      ),
    ).toBeUndefined();
  });

  it("lays the example out without elkjs, and the looped example with it", async () => {
    const tree = counted();
    const drawn = await topology(exampleModel(), "topology", "the switches", {
      layout: tree.layout,
    });
    expect(tree.calls()).toBe(0);
    expect(String(drawn.svg)).toContain("access-sw1");
    const looped = counted();
    await topology(exampleModel(LOOPED), "topology", "the switches", { layout: looped.layout });
    expect(looped.calls()).toBe(1);
  });
});
