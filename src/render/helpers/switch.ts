/** Helpers for ArubaOS-Switch templates: quoted names, comments and port-and-trunk lists. */
import type { HelperDelegate } from "handlebars";
import { arubaComment, arubaQuote } from "../escape/aruba.ts";
import { formatMembers } from "../switch/member-lists.ts";

/** The ArubaOS-Switch helpers, by name. */
export const SWITCH_HELPERS: Record<string, HelperDelegate> = {
  /** `{{arubaQuote name}}`: a double-quoted CLI string that cannot break out of its quotes. */
  arubaQuote: (text: unknown) => arubaQuote(text),
  /** `{{arubaComment lines}}`: `;` comment lines (one line of text, or a list of them). */
  arubaComment: (lines: unknown) => arubaComment(lines),
  /** `{{arubaMembers set}}` with `{ports, lags}`: `1-8,17,Trk1`; empty when there are none. */
  arubaMembers: (set: { ports?: unknown; lags?: unknown }) =>
    formatMembers(
      Array.isArray(set?.ports) ? (set.ports as number[]) : [],
      Array.isArray(set?.lags) ? (set.lags as string[]) : [],
    ),
};
