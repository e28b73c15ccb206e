/**
 * The topology's layout as numbers only, kept in the docs folder
 * (`assets/topology-layout.json`) so the next build of the same switches and links need not
 * lay them out again. The file is keyed by a hash of the exact graph and of what laid it
 * out (Carrel's tree layout, or elkjs by version). It is committed with the docs and anyone may edit it, so reading it takes
 * numbers only, each checked finite, in the shape of the graph being drawn; anything else
 * means laying out afresh.
 */
import { createHash } from "node:crypto";
import type { ElkExtendedEdge, ElkNode } from "elkjs/lib/elk-api.js";

/** Where the layout is kept, inside the docs folder. */
export const TOPOLOGY_LAYOUT_PATH = "assets/topology-layout.json";

/** A layout file larger than this is not read (a city's is tens of kilobytes). */
export const MAX_TOPOLOGY_LAYOUT_BYTES = 8 * 1024 * 1024;

/** The elkjs release the layouts are made with (a test checks it against elkjs's package.json). */
export const ELK_VERSION = "0.12.1";

/** Where a label sits and how big it is. */
export interface LabelBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A point of a drawn line. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** An edge laid out: its lines (each a start, bend points and an end) and its labels' boxes. */
export interface EdgeLayout {
  readonly sections: readonly (readonly Point[])[];
  readonly labels: readonly LabelBox[];
}

/**
 * Everything elkjs decides about the drawing, in the order of the graph's children and edges
 * (and of each edge's labels). The text drawn comes from the graph, never from here.
 */
export interface TopologyLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly Point[];
  readonly edges: readonly EdgeLayout[];
}

/** What lays a graph out when Carrel's own tree layout does not: elkjs, by version. */
export const ELK_LAYOUT = `elkjs ${ELK_VERSION}`;

/** The graph's key: its exact JSON and what laid it out (`ELK_LAYOUT` by default), hashed. */
export function layoutKey(graph: ElkNode, engine = ELK_LAYOUT): string {
  return createHash("sha256")
    .update(`${engine}\n${JSON.stringify(graph)}`)
    .digest("hex");
}

/** The numbers of what elkjs returned, in the order of `graph` (matched by id). */
export function layoutOf(graph: ElkNode, laid: ElkNode): TopologyLayout {
  const nodes = new Map((laid.children ?? []).map((n) => [n.id, n]));
  const edges = new Map(((laid.edges ?? []) as ElkExtendedEdge[]).map((e) => [e.id, e]));
  return {
    width: laid.width ?? 200,
    height: laid.height ?? 100,
    nodes: (graph.children ?? []).map((c) => {
      const n = nodes.get(c.id)!;
      return { x: n.x ?? 0, y: n.y ?? 0 };
    }),
    edges: ((graph.edges ?? []) as ElkExtendedEdge[]).map((g) => {
      const e = edges.get(g.id)!;
      const labels = new Map((e.labels ?? []).map((l) => [l.id, l]));
      return {
        sections: (e.sections ?? []).map((s) =>
          [s.startPoint, ...(s.bendPoints ?? []), s.endPoint].map((p) => ({ x: p.x, y: p.y })),
        ),
        labels: (g.labels ?? []).map((gl) => {
          const l = labels.get(gl.id)!;
          return { x: l.x ?? 0, y: l.y ?? 0, width: l.width ?? 0, height: l.height ?? 0 };
        }),
      };
    }),
  };
}

/** The layout file's text: one line per node and per edge, so a change reads well in git. */
export function layoutFileText(key: string, layout: TopologyLayout): string {
  const nodes = layout.nodes.map((n) => `    ${JSON.stringify([n.x, n.y])}`);
  const edges = layout.edges.map(
    (e) =>
      `    ${JSON.stringify({
        sections: e.sections.map((s) => s.flatMap((p) => [p.x, p.y])),
        labels: e.labels.map((l) => [l.x, l.y, l.width, l.height]),
      })}`,
  );
  return [
    "{",
    `  "key": ${JSON.stringify(key)},`,
    `  "width": ${JSON.stringify(layout.width)},`,
    `  "height": ${JSON.stringify(layout.height)},`,
    `  "nodes": [${nodes.length ? `\n${nodes.join(",\n")}\n  ` : ""}],`,
    `  "edges": [${edges.length ? `\n${edges.join(",\n")}\n  ` : ""}]`,
    "}",
    "",
  ].join("\n");
}

/** `v` is a plain object with exactly these keys, as `layoutFileText` writes it. */
function hasKeys(v: unknown, keys: readonly string[]): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const own = Object.keys(v);
  return own.length === keys.length && keys.every((k) => own.includes(k));
}

const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** `v` as `n` finite numbers, or undefined. */
function numbers(v: unknown, n: number): number[] | undefined {
  return Array.isArray(v) && v.length === n && v.every(isNumber) ? v : undefined;
}

/** A line's points from `[x0, y0, x1, y1, ...]`: at least a start and an end. */
function points(v: unknown): Point[] | undefined {
  if (!Array.isArray(v) || v.length < 4 || v.length % 2 !== 0 || !v.every(isNumber))
    return undefined;
  const pts: Point[] = [];
  for (let i = 0; i < v.length; i += 2) pts.push({ x: v[i] as number, y: v[i + 1] as number });
  return pts;
}

/**
 * One edge's layout, when it has the labels the graph's edge has and one line: each link
 * has one source and one target, which elkjs's layered layout draws as one section.
 */
function edgeLayout(v: unknown, labelCount: number): EdgeLayout | undefined {
  if (!hasKeys(v, ["sections", "labels"])) return undefined;
  const { sections, labels } = v;
  if (!Array.isArray(sections) || sections.length !== 1) return undefined;
  if (!Array.isArray(labels) || labels.length !== labelCount) return undefined;
  const lines = sections.map(points);
  const boxes = labels.map((l) => numbers(l, 4));
  if (lines.some((s) => !s) || boxes.some((b) => !b)) return undefined;
  return {
    sections: lines as Point[][],
    labels: (boxes as number[][]).map(
      ([x, y, width, height]) => ({ x, y, width, height }) as LabelBox,
    ),
  };
}

/**
 * The layout kept in a file's text, when it is one made for `graph` (its `key`) and every
 * number is there, finite, in the graph's shape: as many nodes, edges and labels per edge,
 * one line per edge.
 * Nothing else may be there. Undefined otherwise; the caller lays out afresh.
 */
export function readLayout(text: string, key: string, graph: ElkNode): TopologyLayout | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!hasKeys(data, ["key", "width", "height", "nodes", "edges"])) return undefined;
  const { width, height, nodes, edges } = data;
  if (data.key !== key || !isNumber(width) || !isNumber(height)) return undefined;
  const children = graph.children ?? [];
  const links = (graph.edges ?? []) as ElkExtendedEdge[];
  if (!Array.isArray(nodes) || nodes.length !== children.length) return undefined;
  if (!Array.isArray(edges) || edges.length !== links.length) return undefined;
  const xy = nodes.map((n) => numbers(n, 2));
  const laid = edges.map((e, i) => edgeLayout(e, links[i]!.labels?.length ?? 0));
  if (xy.some((n) => !n) || laid.some((e) => !e)) return undefined;
  return {
    width,
    height,
    nodes: (xy as number[][]).map(([x, y]) => ({ x, y }) as Point),
    edges: laid as EdgeLayout[],
  };
}
