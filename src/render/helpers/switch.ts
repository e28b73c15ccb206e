/** Helpers for ArubaOS-Switch templates: quoted names, port-and-trunk lists, comments, Markdown. */
import type { HelperDelegate } from "handlebars";
import { arubaComment } from "../switch/comment.ts";
import { mdText } from "../switch/markdown.ts";
import { formatMembers } from "../switch/member-lists.ts";
import { fitName } from "../switch/names.ts";

/** Longest quoted string the helper writes; callers fit names to their own limits first. */
const QUOTED_MAX = 255;

export const SWITCH_HELPERS: Record<string, HelperDelegate> = {
  /** `{{arubaQuote name}}`: a double-quoted CLI string that cannot break out of its quotes. */
  arubaQuote: (text: unknown) => `"${fitName(String(text), QUOTED_MAX)}"`,
  /** `{{arubaComment text}}`: text that stays on its `;` comment line. */
  arubaComment: (text: unknown) => arubaComment(String(text)),
  /** `{{mdText text}}`: site text in a generated Markdown file, markup escaped. */
  mdText: (text: unknown) => mdText(String(text)),
  /** `{{arubaMembers set}}` with `{ports, lags}`: `1-8,17,Trk1`; empty when there are none. */
  arubaMembers: (set: { ports?: unknown; lags?: unknown }) =>
    formatMembers(
      Array.isArray(set?.ports) ? (set.ports as number[]) : [],
      Array.isArray(set?.lags) ? (set.lags as string[]) : [],
    ),
};
