/** Dates on a timeline: one row per item, a dot at its date on a shared axis of years. */
import { html, type Html } from "../html.ts";
import { svgFrame } from "./frame.ts";

/** One dated item. */
export interface TimelineItem {
  readonly label: string;
  /** YYYY-MM-DD */
  readonly date: string;
}

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** Draws the items sorted by date, on an axis divided into fiscal years (from `fyStarts`, MM-DD). */
export function timeline(
  items: readonly TimelineItem[],
  id: string,
  title: string,
  desc: string,
  fyStarts = "01-01",
): Html {
  const sorted = [...items].sort(
    (a, b) => a.date.localeCompare(b.date) || a.label.localeCompare(b.label),
  );
  const labelW = 300;
  const axisW = 520;
  const rowH = 24;
  const top = 30;
  // Fiscal years are named by the year they end in.
  const fyOf = (date: string) => {
    const y = Number(date.slice(0, 4));
    const startYear = date.slice(5) >= fyStarts ? y : y - 1;
    return startYear;
  };
  const firstStart = fyOf(sorted[0]?.date ?? "2000-01-01");
  const lastStart = fyOf(sorted[sorted.length - 1]?.date ?? "2000-01-01") + 1;
  const start = dayNumber(`${firstStart}-${fyStarts}`);
  const end = dayNumber(`${lastStart}-${fyStarts}`);
  const x = (date: string) =>
    labelW + ((dayNumber(date) - start) / Math.max(1, end - start)) * axisW;
  const height = top + sorted.length * rowH + 10;
  const width = labelW + axisW + 90;
  const ticks = [];
  for (let y = firstStart; y <= lastStart; y++) {
    const tx = x(`${y}-${fyStarts}`);
    ticks.push(
      html`<line
        x1="${tx.toFixed(1)}"
        y1="${top - 6}"
        x2="${tx.toFixed(1)}"
        y2="${height - 6}"
        stroke="#8a939e"
      />`,
    );
    if (y < lastStart) {
      const mid = (tx + x(`${y + 1}-${fyStarts}`)) / 2;
      const name = fyStarts === "01-01" ? y : y + 1;
      ticks.push(
        html`<text
          x="${mid.toFixed(1)}"
          y="${top - 10}"
          font-size="12"
          text-anchor="middle"
          fill="#1b1f24"
          >FY${name}</text
        >`,
      );
    }
  }
  const rows = sorted.map((item, i) => {
    const y = top + i * rowH + rowH / 2;
    return html`<g
      ><text x="${labelW - 10}" y="${y + 4}" font-size="12" text-anchor="end" fill="#1b1f24"
        >${item.label}</text
      >
      <line x1="${labelW}" y1="${y}" x2="${labelW + axisW}" y2="${y}" stroke="#e3e7ec" />
      <circle cx="${x(item.date).toFixed(1)}" cy="${y}" r="6" fill="#1f4e79" />
      <text x="${(x(item.date) + 10).toFixed(1)}" y="${y + 4}" font-size="11" fill="#1b1f24"
        >${item.date}</text
      ></g
    >`;
  });
  return svgFrame({ id, width, height, title, desc }, html`${ticks} ${rows}`);
}
