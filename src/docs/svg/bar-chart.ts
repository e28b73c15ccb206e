/** A vertical bar chart with value labels: replacement costs per fiscal year. */
import { html, type Html } from "../html.ts";
import { svgFrame } from "./frame.ts";

/** One bar. */
export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly valueText: string;
}

/** Draws bars left to right; every bar carries its value as text. */
export function barChart(bars: readonly Bar[], id: string, title: string, desc: string): Html {
  const barW = 64;
  const gap = 20;
  const chartH = 200;
  const left = 16;
  const top = 28;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const width = left * 2 + bars.length * (barW + gap);
  const height = top + chartH + 40;
  const drawn = bars.map((b, i) => {
    const h = (b.value / max) * chartH;
    const x = left + i * (barW + gap);
    const y = top + chartH - h;
    return html`<g>
      <rect x="${x}" y="${y.toFixed(1)}" width="${barW}" height="${h.toFixed(1)}" fill="#1f4e79" />
      <text
        x="${x + barW / 2}"
        y="${(y - 6).toFixed(1)}"
        font-size="12"
        text-anchor="middle"
        fill="#1b1f24"
        >${b.valueText}</text
      >
      <text
        x="${x + barW / 2}"
        y="${top + chartH + 18}"
        font-size="12"
        text-anchor="middle"
        fill="#1b1f24"
        >${b.label}</text
      >
    </g>`;
  });
  return svgFrame(
    { id, width, height, title, desc },
    html`<line
        x1="${left - 4}"
        y1="${top + chartH + 0.5}"
        x2="${width - left}"
        y2="${top + chartH + 0.5}"
        stroke="#1b1f24"
      />
      ${drawn}`,
  );
}
