/**
 * The one `<svg>` element every drawing sits in: size, an accessible name (title, and a
 * description when the drawing needs words), and the font. The markup is compacted, so a
 * drawing of many parts (a 52-port front panel, a page of address bars) stays small.
 */
import { html, Html, type Interpolated } from "../html.ts";

/** What the frame says about its drawing. */
export interface Frame {
  /** Unique on the page: the title's id is `${id}-title` (or `id` with `titleId`). */
  readonly id: string;
  readonly width: number;
  readonly height: number;
  readonly title: string;
  /** A longer text alternative: what the drawing shows, in words. */
  readonly desc?: string;
  /** Use `id` itself as the title's id (drawings whose ids other markup already names). */
  readonly titleId?: boolean;
}

/** Whitespace between tags and inside them collapsed: what a browser reads is unchanged. */
export function compactSvg(markup: string): string {
  return markup
    .replace(/>\s+</g, "><")
    .replace(/\s+/g, " ")
    .replace(/\s+(\/?>)/g, "$1");
}

/** Wraps a drawing's parts in its `<svg>` element. */
export function svgFrame(frame: Frame, body: Interpolated): Html {
  const titleId = frame.titleId ? frame.id : `${frame.id}-title`;
  const descId = `${frame.id}-desc`;
  const labelled = frame.desc === undefined ? titleId : `${titleId} ${descId}`;
  const svg = html`<svg
    xmlns="http://www.w3.org/2000/svg"
    viewBox="0 0 ${frame.width} ${frame.height}"
    width="${frame.width}"
    height="${frame.height}"
    role="img"
    aria-labelledby="${labelled}"
    font-family="system-ui, sans-serif"
  >
    <title id="${titleId}">${frame.title}</title>
    ${frame.desc === undefined ? "" : html`<desc id="${descId}">${frame.desc}</desc>`}${body}
  </svg>`;
  return new Html(compactSvg(svg.value));
}
