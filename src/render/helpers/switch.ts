/** Helpers for ArubaOS-Switch templates: quoted names, comments, port lists, command words. */
import type { HelperDelegate } from "handlebars";
import {
  arubaBanner,
  arubaComment,
  arubaEditorLine,
  arubaQuote,
  arubaWords,
  type EditorIdentity,
} from "../escape/aruba.ts";
import { formatMembers } from "../switch/member-lists.ts";

/** The ArubaOS-Switch helpers, by name. */
export const SWITCH_HELPERS: Record<string, HelperDelegate> = {
  /** `{{arubaQuote name}}`: a double-quoted CLI string that cannot break out of its quotes. */
  arubaQuote: (text: unknown) => arubaQuote(text),
  /** `{{arubaBanner text}}`: login banner text in quotes, lines kept, nothing that ends them. */
  arubaBanner: (text: unknown) => arubaBanner(text),
  /** `{{arubaComment lines}}`: `;` comment lines (one line of text, or a list of them). */
  arubaComment: (lines: unknown) => arubaComment(lines),
  /** `{{arubaWords rule}}`: words of a command Carrel built (a rule, an address and mask). */
  arubaWords: (value: unknown) => arubaWords(value),
  /** `{{arubaEditorLine identity}}`: the product-number line a switch checks first. */
  arubaEditorLine: (identity: EditorIdentity) => arubaEditorLine(identity),
  /** `{{arubaMembers set}}` with `{ports, lags}`: `1-8,17,Trk1`; empty when there are none. */
  arubaMembers: (set: { ports?: unknown; lags?: unknown }) =>
    formatMembers(
      Array.isArray(set?.ports) ? (set.ports as number[]) : [],
      Array.isArray(set?.lags) ? (set.lags as string[]) : [],
    ),
};
