/**
 * A switch's front panel as SVG: odd ports on the top row, even below, uplinks apart on
 * the right. Each port shows its number and the VLAN it puts untagged traffic on (or T
 * for a trunk carrying only tagged VLANs), so colour is never the only carrier.
 */
import type { PortInfo, SwitchTable, VlanModel } from "../../site/index.ts";
import { html, joinHtml, type Html } from "../html.ts";
import { TRUNK_FILL, UNUSED_FILL, type VlanColour } from "./colours.ts";
import { svgFrame } from "./frame.ts";

const W = 34;
const H = 40;
const GAP = 4;
const PAD = 16;

/** What the drawing needs besides the switch table. */
export interface PanelInput {
  readonly table: SwitchTable;
  readonly colours: ReadonlyMap<string, VlanColour>;
  readonly vlanByName: ReadonlyMap<string, VlanModel>;
  /** Unique per page: the SVG's title and description ids. */
  readonly id: string;
  /** The text alternative: what each group of ports does. */
  readonly description: string;
}

/**
 * The ids of the shapes every port box reuses. They are the same in every panel, so the
 * print binder can keep one copy of them for all its switches (see `pages/print.ts`).
 */
export const PANEL_SHAPES = {
  defs: "panel",
  port: "shared-port",
  lag: "shared-lag",
  poe: "shared-poe",
} as const;

/** One port, in three parts drawn in three groups: its box, its number and its mark. */
interface PortParts {
  readonly box: Html;
  readonly number: Html;
  readonly mark: Html;
}

/**
 * One port: its box (a shared shape, filled with its VLAN's colour), its number, and its
 * mark (the VLAN id, T, or – when unused). Attributes common to all ports sit on the groups.
 */
function portParts(
  x: number,
  y: number,
  port: number,
  info: PortInfo | undefined,
  input: PanelInput,
): PortParts {
  const vlan = info?.untagged ? input.vlanByName.get(info.untagged) : undefined;
  const fill =
    info === undefined ? UNUSED_FILL : vlan ? input.colours.get(vlan.vlan.name)!.fill : TRUNK_FILL;
  const mark = info === undefined ? "–" : vlan ? String(vlan.vlan.id) : "T";
  const shape = info?.lag !== undefined ? PANEL_SHAPES.lag : PANEL_SHAPES.port;
  return {
    box: html`<use href="#${shape}" x="${x}" y="${y}" fill="${fill}" />${
        info?.poe ? html`<use href="#${PANEL_SHAPES.poe}" x="${x + W - 10}" y="${y + 2}" />` : ""
      }`,
    number: html`<text x="${x + W / 2}" y="${y + 14}">${port}</text>`,
    mark: html`<text x="${x + W / 2}" y="${y + 32}">${mark}</text>`,
  };
}

/** The shapes every port box reuses: a plain port, a LAG member, the PoE corner. */
function shapes(): Html {
  return html`<defs data-shared="${PANEL_SHAPES.defs}">
    <rect id="${PANEL_SHAPES.port}" width="${W}" height="${H}" rx="3" stroke="#1b1f24" />
    <rect
      id="${PANEL_SHAPES.lag}"
      width="${W}"
      height="${H}"
      rx="3"
      stroke="#1b1f24"
      stroke-width="3"
      stroke-dasharray="5 2"
    />
    <path id="${PANEL_SHAPES.poe}" d="M0 0 h8 v8 z" fill="#1b1f24" />
  </defs>`;
}

/** Draws the panel, with a legend of the VLANs the switch carries untagged. */
export function frontPanel(input: PanelInput): Html {
  const { table } = input;
  const configured = [...table.ports.keys()];
  const count = table.model?.portCount ?? Math.max(1, ...configured);
  const uplinks = new Set(table.model?.uplinkPorts ?? []);
  const access = Array.from({ length: count }, (_, i) => i + 1).filter((p) => !uplinks.has(p));
  const up = [...uplinks].sort((a, b) => a - b);
  const boxes: PortParts[] = [];
  const place = (ports: number[], x0: number): number => {
    ports.forEach((port, i) => {
      const col = Math.floor(i / 2);
      const x = x0 + col * (W + GAP) + Math.floor(col / 6) * 8;
      const y = PAD + 18 + (i % 2) * (H + GAP);
      boxes.push(portParts(x, y, port, table.ports.get(port), input));
    });
    const cols = Math.ceil(ports.length / 2);
    return x0 + cols * (W + GAP) + Math.floor(Math.max(0, cols - 1) / 6) * 8;
  };
  const accessEnd = place(access, PAD);
  let width = accessEnd + PAD;
  const labels: Html[] = [
    html`<text x="${PAD}" y="${PAD + 8}" font-size="12" fill="#1b1f24"
      >Ports 1&#x2013;${access.length === 0 ? 0 : access[access.length - 1]}</text
    >`,
  ];
  if (up.length > 0) {
    const x0 = accessEnd + 20;
    width = place(up, x0) + PAD;
    labels.push(
      html`<text x="${x0}" y="${PAD + 8}" font-size="12" fill="#1b1f24"
        >${table.model?.uplinkKind ?? ""} uplinks</text
      >`,
    );
  }
  const panelH = PAD + 18 + 2 * H + GAP + PAD;
  // Legend: one row per VLAN seen untagged on the switch, then the marks.
  const seen = [
    ...new Set(configured.sort((a, b) => a - b).map((p) => table.ports.get(p)!.untagged)),
  ].filter((v): v is string => v !== undefined && input.vlanByName.has(v));
  const entries: { swatch: Html; text: string }[] = seen.map((name) => {
    const v = input.vlanByName.get(name)!;
    return {
      swatch: html`<rect
          width="18"
          height="14"
          fill="${input.colours.get(name)!.fill}"
          stroke="#1b1f24"
        />
        <text x="9" y="11" font-size="9" font-weight="700" text-anchor="middle"
          >${v.vlan.id}</text
        >`,
      text: `VLAN ${v.vlan.id} ${name} (untagged)`,
    };
  });
  entries.push(
    {
      swatch: html`<rect width="18" height="14" fill="${TRUNK_FILL}" stroke="#1b1f24" /><text
          x="9"
          y="11"
          font-size="9"
          font-weight="700"
          text-anchor="middle"
          >T</text
        >`,
      text: "T: tagged VLANs only",
    },
    {
      swatch: html`<rect width="18" height="14" fill="${UNUSED_FILL}" stroke="#1b1f24" /><text
          x="9"
          y="11"
          font-size="9"
          text-anchor="middle"
          >&#x2013;</text
        >`,
      text: "not configured",
    },
    {
      swatch: html`<rect width="18" height="14" fill="#ffffff" stroke="#1b1f24" /><path
          d="M8 0 h10 v10 z"
          fill="#1b1f24"
        />`,
      text: "PoE power on",
    },
    {
      swatch: html`<rect
        width="18"
        height="14"
        fill="#ffffff"
        stroke="#1b1f24"
        stroke-width="3"
        stroke-dasharray="5 2"
      />`,
      text: "member of a LAG (trunk)",
    },
  );
  const colW = 250;
  const perRow = Math.max(1, Math.floor((width - 2 * PAD) / colW));
  const legend = entries.map((e, i) => {
    const x = PAD + (i % perRow) * colW;
    const y = panelH + 8 + Math.floor(i / perRow) * 22;
    return html`<g transform="translate(${x} ${y})"
      >${e.swatch}<text x="26" y="11" font-size="12" fill="#1b1f24">${e.text}</text></g
    >`;
  });
  const height = panelH + 16 + Math.ceil(entries.length / perRow) * 22;
  return svgFrame(
    {
      id: input.id,
      width,
      height,
      title: `Front panel of ${table.switch.name}`,
      desc: input.description,
    },
    html`${shapes()}<rect
        x="1"
        y="1"
        width="${width - 2}"
        height="${panelH - 2}"
        rx="6"
        fill="#f3f5f8"
        stroke="#4a5460"
      />
      ${joinHtml(labels, "\n")}
      <g>${joinHtml(boxes.map((b) => b.box))}</g>
      <g font-size="11" text-anchor="middle" fill="#1b1f24"
        >${joinHtml(boxes.map((b) => b.number))}<g font-weight="700"
          >${joinHtml(boxes.map((b) => b.mark))}</g
        ></g
      >
      ${joinHtml(legend, "\n")}`,
  );
}
