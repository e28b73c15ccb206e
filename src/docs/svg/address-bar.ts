/** A subnet's address use as a horizontal bar: fixed addresses, dynamic range, VDI desktops, free. */
import type { SubnetUse } from "../../site/index.ts";
import { html, type Html } from "../html.ts";
import { svgFrame } from "./frame.ts";

/** Fills of the bar's parts; the text beside always gives the numbers. */
export const BAR_FILLS = {
  fixed: "#1f4e79",
  dynamic: "#6fa8dc",
  desktops: "#e69138",
  free: "#ffffff",
} as const;

/** The numbers a bar shows, in words. */
export function addressUseText(use: SubnetUse): string {
  const parts = [`${use.usable} usable addresses`, `${use.statics.length} fixed`];
  if (use.dynamic > 0) {
    parts.push(`${use.dynamic} in the DHCP range`);
    if (use.desktops > 0) parts.push(`of which ${use.desktops} for VDI desktops`);
  }
  parts.push(`${use.free} free`);
  return parts.join(", ");
}

/** Draws the bar. `id` must be unique on the page. */
export function addressBar(use: SubnetUse, id: string, width = 360, height = 18): Html {
  const scale = (n: number) => (use.usable === 0 ? 0 : (n / use.usable) * width);
  const fixed = scale(use.statics.length);
  const desktops = scale(Math.min(use.desktops, use.dynamic));
  const dynamic = scale(use.dynamic) - desktops;
  const seg = (x: number, w: number, fill: string) =>
    w <= 0
      ? ""
      : html`<rect
          x="${x.toFixed(2)}"
          y="0"
          width="${w.toFixed(2)}"
          height="${height}"
          fill="${fill}"
        />`;
  return svgFrame(
    {
      id,
      titleId: true,
      width,
      height,
      title: `Address use of ${use.vlan.name}: ${addressUseText(use)}`,
    },
    html`<rect x="0" y="0" width="${width}" height="${height}" fill="${BAR_FILLS.free}" />
      ${seg(0, Math.max(fixed, use.statics.length > 0 ? 2 : 0), BAR_FILLS.fixed)}
      ${seg(fixed, dynamic, BAR_FILLS.dynamic)}
      ${seg(fixed + dynamic, desktops, BAR_FILLS.desktops)}
      <rect
        x="0.5"
        y="0.5"
        width="${width - 1}"
        height="${height - 1}"
        fill="none"
        stroke="#1b1f24"
      />`,
  );
}

/**
 * The key to the bar colours: a list of coloured swatches with their words. It is HTML, so
 * it wraps on a narrow screen; the swatches are decoration, the words carry the meaning.
 */
export function addressBarKey(): Html {
  const items: [string, string][] = [
    [BAR_FILLS.fixed, "fixed addresses"],
    [BAR_FILLS.dynamic, "DHCP range"],
    [BAR_FILLS.desktops, "VDI desktops (in the DHCP range)"],
    [BAR_FILLS.free, "free"],
  ];
  const swatch = (fill: string) =>
    html`<svg
      xmlns="http://www.w3.org/2000/svg"
      width="16"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      <rect x="0.5" y="0.5" width="15" height="13" fill="${fill}" stroke="#1b1f24" />
    </svg>`;
  return html`<ul class="swatch-key">
    ${items.map(([fill, text]) => html`<li>${swatch(fill)} ${text}</li>`)}
  </ul>`;
}
