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
import { integer } from "../escape/tokens.ts";
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
  /**
   * `{{arubaAclEntries entries}}`: an access list's `seq rule` lines, indented, without a
   * newline after the last. One call per list: a core's lists hold tens of thousands of
   * entries, and a `{{#each}}` over them was the largest share of the city render
   * (node --cpu-prof: Handlebars' each, helper wrappers and their garbage).
   */
  arubaAclEntries: (entries: unknown) => {
    if (!Array.isArray(entries)) throw new TypeError("arubaAclEntries needs a list of entries");
    return (entries as { seq: unknown; rule: unknown }[])
      .map((e) => `   ${integer(e.seq)} ${arubaWords(e.rule)}`)
      .join("\n");
  },
  /** `{{arubaEditorLine identity}}`: the product-number line a switch checks first. */
  arubaEditorLine: (identity: EditorIdentity) => arubaEditorLine(identity),
  /** `{{arubaMembers set}}` with `{ports, lags}`: `1-8,17,Trk1`; empty when there are none. */
  arubaMembers: (set: { ports?: unknown; lags?: unknown }) =>
    formatMembers(
      Array.isArray(set?.ports) ? (set.ports as number[]) : [],
      Array.isArray(set?.lags) ? (set.lags as string[]) : [],
    ),
};
