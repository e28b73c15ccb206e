/**
 * The consortium's WAN as a drawing: the hub (data centre) at the top with its addresses,
 * each member library below it with its allocation and how it is linked, a line from each
 * to the hub, and the VPN address spaces beside the hub. Libraries wrap into rows, so the
 * drawing stays readable with forty of them.
 */
import { html, type Html } from "../html.ts";
import { svgFrame } from "../svg/frame.ts";

/** What the drawing shows. */
export interface WanPlan {
  readonly hub?: { readonly name: string; readonly subnet: string };
  readonly vpns: readonly { readonly name: string; readonly subnet: string }[];
  readonly sites: readonly {
    readonly code: string;
    readonly name: string;
    readonly wan: string;
    readonly link?: string;
    readonly href: string;
  }[];
}

const BOX_W = 220;
const BOX_H = 58;
const GAP = 16;
const PER_ROW = 5;
const INK = "#1b1f24";

/** A box with up to three lines of text; a link around it when `href` is given. */
function box(x: number, y: number, lines: readonly string[], fill: string, href?: string): Html {
  const text = lines
    .slice(0, 3)
    .map(
      (line, i) =>
        html`<text
          x="${x + BOX_W / 2}"
          y="${y + 18 + i * 15}"
          font-size="${i === 0 ? 13 : 11}"
          font-weight="${i === 0 ? 700 : 400}"
          text-anchor="middle"
          fill="${INK}"
          >${line.length > 34 ? `${line.slice(0, 33)}…` : line}</text
        >`,
    );
  const shape = html`<rect
      x="${x}"
      y="${y}"
      width="${BOX_W}"
      height="${BOX_H}"
      rx="6"
      fill="${fill}"
      stroke="${INK}"
    />${text}`;
  return href ? html`<a href="${href}">${shape}</a>` : shape;
}

/** The drawing, with a title and a description in words. */
export function wanDiagram(plan: WanPlan, id: string): Html {
  const columns = Math.min(PER_ROW, Math.max(1, plan.sites.length));
  const width = Math.max(columns, 1 + plan.vpns.length) * (BOX_W + GAP) + GAP;
  const hubY = 16;
  const rowsTop = hubY + BOX_H + 60;
  const rows = Math.ceil(plan.sites.length / columns);
  const height = rowsTop + rows * (BOX_H + 40) + 8;
  const hubX = GAP;
  const hub = plan.hub
    ? box(hubX, hubY, [plan.hub.name, plan.hub.subnet, "hub"], "#dbe8f5")
    : box(hubX, hubY, ["The WAN", "no hub declared"], "#f2f2f2");
  const vpns = plan.vpns.map((v, i) =>
    box(hubX + (i + 1) * (BOX_W + GAP), hubY, [v.name, v.subnet, "VPN"], "#f6edd9"),
  );
  const sites = plan.sites.map((s, i) => {
    const x = GAP + (i % columns) * (BOX_W + GAP);
    const y = rowsTop + Math.floor(i / columns) * (BOX_H + 40);
    const line = html`<line
      x1="${hubX + BOX_W / 2}"
      y1="${hubY + BOX_H}"
      x2="${x + BOX_W / 2}"
      y2="${y}"
      stroke="#6b7785"
    />`;
    return html`${line}${box(x, y, [s.name, `${s.code} · ${s.wan}`, s.link ?? ""], "#ffffff", s.href)}`;
  });
  const desc =
    `${plan.hub ? `The hub, ${plan.hub.name} (${plan.hub.subnet}),` : "The WAN"} links ${plan.sites.length} ${plan.sites.length === 1 ? "library" : "libraries"}: ` +
    plan.sites.map((s) => `${s.name} (${s.wan}${s.link ? `, ${s.link}` : ""})`).join("; ") +
    (plan.vpns.length
      ? `. VPN address spaces: ${plan.vpns.map((v) => `${v.name} ${v.subnet}`).join("; ")}.`
      : ".");
  return svgFrame(
    { id, width, height, title: "The consortium's WAN: the hub and every library", desc },
    html`${sites}${hub}${vpns}`,
  );
}
