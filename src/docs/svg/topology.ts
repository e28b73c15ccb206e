/**
 * The switch topology: switches as boxes, links as lines labelled with their trunk and the
 * number of VLANs they carry, and at each end with the ports the cable plugs into there.
 * A network without loops is laid out by Carrel's tree layout (`topology-tree.ts`), any
 * other by elkjs (layered algorithm). The layout of an earlier build of the same graph is
 * reused when given (`topology-layout.ts`).
 */
import type { ELK as Elk, ElkExtendedEdge, ElkNode } from "elkjs/lib/elk-api.js";
import { createRequire } from "node:module";
import type { SiteModel } from "../../site/index.ts";
import { html, joinHtml, type Html } from "../html.ts";
import { portRunText } from "../../site/index.ts";
import { svgFrame } from "./frame.ts";
import {
  ELK_LAYOUT,
  layoutFileText,
  layoutKey,
  layoutOf,
  readLayout,
  type TopologyLayout,
} from "./topology-layout.ts";
import { TREE_LAYOUT, treeLayout } from "./topology-tree.ts";

const NODE_W = 170;
const NODE_H = 48;

type Link = SiteModel["links"][number];

/** A link's label on the drawing: `trk1, 7 VLANs`. */
export function linkLabel(link: Link): string {
  const vlans = link.tagged.length + (link.untagged ? 1 : 0);
  const via = link.a.lag ?? "single cable";
  return `${via}, ${vlans} VLAN${vlans === 1 ? "" : "s"}`;
}

/** The ports of one end of a link: `ports 49-50`, `port 25`. */
export function endLabel(end: Link["a"]): string {
  return `${end.ports.length === 1 ? "port" : "ports"} ${portRunText(end.ports)}`;
}

/** A link in words, both ends named: `core-sw1 ports 49-50 to access-sw1 ports 25-26`. */
export function linkEnds(link: Link): string {
  return `${link.a.switch} ${endLabel(link.a)} to ${link.b.switch} ${endLabel(link.b)}`;
}

const label = (id: string, text: string, placement?: "HEAD" | "TAIL") => ({
  id,
  text,
  width: text.length * 6.6 + 8,
  height: 16,
  ...(placement ? { layoutOptions: { "elk.edgeLabels.placement": placement } } : {}),
});

/** Lays a graph out: elkjs, unless a test gives its own. */
export type LayoutGraph = (graph: ElkNode) => Promise<ElkNode>;

/**
 * elkjs, loaded only when a layout is not reused (it is one large file). Its bundled build is
 * CommonJS, so it is required: `import()` of it had Node scan its 1.6 MB for the names it
 * exports first (cjsPreparseModuleExports, 96 ms in `node --cpu-prof` of the city's docs).
 */
export const elkLayout: LayoutGraph = async (graph) => {
  const ELK = createRequire(import.meta.url)("elkjs/lib/elk.bundled.js") as new () => Elk;
  return new ELK().layout(graph);
};

/** How the topology is laid out. */
export interface TopologyOptions {
  /** The layout file of an earlier build (`assets/topology-layout.json`), reused when it fits. */
  readonly previous?: string;
  /** Lays the graph out when the previous layout does not fit; elkjs by default. */
  readonly layout?: LayoutGraph;
}

/** The drawing, and the layout file to keep beside the pages for the next build. */
export interface Topology {
  readonly svg: Html;
  readonly layoutFile: string;
}

/** Many switches are drawn left to right, so the picture grows down the page. */
const across = (model: SiteModel) => model.switches.length > 10;

/** The graph to lay out, in the form elkjs takes. */
function topologyGraph(model: SiteModel, core: ReadonlySet<string>): ElkNode {
  const graph: ElkNode = {
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": across(model) ? "RIGHT" : "DOWN",
      "elk.spacing.nodeNode": "24",
      "elk.layered.spacing.nodeNodeBetweenLayers": "70",
      "elk.edgeLabels.inline": "false",
      "elk.padding": "[top=16,left=16,bottom=16,right=16]",
    },
    children: model.switches.map((s) => ({
      id: `n-${s.switch.name}`,
      width: NODE_W,
      height: NODE_H,
    })),
    edges: model.links.map((l, i) => ({
      id: `e${i}`,
      sources: [`n-${l.a.switch}`],
      targets: [`n-${l.b.switch}`],
      labels: [
        label(`l${i}`, linkLabel(l)),
        label(`l${i}-a`, endLabel(l.a), "TAIL"),
        label(`l${i}-b`, endLabel(l.b), "HEAD"),
      ],
    })),
  };
  // Core switches first so the layered layout puts them at the top.
  graph.children!.sort((a, b) => Number(core.has(b.id.slice(2))) - Number(core.has(a.id.slice(2))));
  return graph;
}

/** Lays out (or reuses the layout of) and draws the topology. */
export async function topology(
  model: SiteModel,
  id: string,
  description: string,
  options: TopologyOptions = {},
): Promise<Topology> {
  const core = new Set(model.coreSwitches.map((s) => s.name));
  const graph = topologyGraph(model, core);
  // A network without loops is laid out here (a few milliseconds), any other by elkjs.
  const tree = treeLayout(graph, across(model));
  const key = layoutKey(graph, tree ? TREE_LAYOUT : ELK_LAYOUT);
  const reused =
    options.previous === undefined ? undefined : readLayout(options.previous, key, graph);
  const layout = reused ?? tree ?? layoutOf(graph, await (options.layout ?? elkLayout)(graph));
  return {
    svg: drawing(model, core, graph, layout, id, description),
    layoutFile: layoutFileText(key, layout),
  };
}

/** The SVG of a laid-out graph: the numbers from `layout`, every word from the graph and model. */
function drawing(
  model: SiteModel,
  core: ReadonlySet<string>,
  graph: ElkNode,
  layout: TopologyLayout,
  id: string,
  description: string,
): Html {
  const width = Math.ceil(layout.width);
  const height = Math.ceil(layout.height);
  const nodes = graph.children!.map((n, i) => {
    const { x, y } = layout.nodes[i]!;
    const name = n.id.slice(2);
    const table = model.switches.find((s) => s.switch.name === name)!;
    const isCore = core.has(name);
    return html`<g transform="translate(${x.toFixed(1)} ${y.toFixed(1)})">
      <rect
        width="${NODE_W}"
        height="${NODE_H}"
        rx="6"
        fill="${isCore ? "#dbe8f6" : "#ffffff"}"
        stroke="#1b1f24"
        stroke-width="${isCore ? 2.5 : 1.2}"
      />
      <text
        x="${NODE_W / 2}"
        y="20"
        font-size="14"
        font-weight="700"
        text-anchor="middle"
        fill="#1b1f24"
        >${name}</text
      >
      <text x="${NODE_W / 2}" y="38" font-size="11" text-anchor="middle" fill="#1b1f24"
        >${table.switch.role} · ${table.management.address}</text
      >
    </g>`;
  });
  const edges = (graph.edges as ElkExtendedEdge[]).map((e, i) => {
    const laid = layout.edges[i]!;
    const lines = laid.sections.map((pts) => {
      return html`<polyline
        points="${pts.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ")}"
        fill="none"
        stroke="#1b1f24"
        stroke-width="2.5"
      />`;
    });
    // The boxes are the layout's, the words the graph's.
    const boxes = (e.labels ?? []).map((l, j) => ({ ...laid.labels[j]!, text: l.text ?? "" }));
    const labels = boxes.map(
      (l) =>
        html`<rect
            x="${l.x.toFixed(1)}"
            y="${l.y.toFixed(1)}"
            width="${l.width}"
            height="${l.height}"
            fill="#ffffff"
          /><text
            x="${(l.x + 4).toFixed(1)}"
            y="${(l.y + 12).toFixed(1)}"
            font-size="11"
            fill="#1b1f24"
            >${l.text}</text
          >`,
    );
    return joinHtml([...lines, ...labels], "\n");
  });
  return svgFrame(
    {
      id,
      width,
      height,
      title: "Network topology: how the switches connect",
      desc: description,
    },
    html`${joinHtml(edges, "\n")} ${joinHtml(nodes, "\n")}`,
  );
}
