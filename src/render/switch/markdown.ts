/**
 * Text from site.yaml in the generated Markdown runbooks: one line, with every character that
 * Markdown (or HTML inside it) would read as inline markup escaped, so a label or name shows
 * as written and cannot add a link, emphasis, table cell or tag. Templates place such text
 * inside a sentence, never at the start of a line, where other characters would matter.
 * (Local to the switch renderer until the shared escaping modules have a Markdown one.)
 */

/** Escapes text for use inside a line of Markdown prose. */
export function mdText(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\`*_[\]<>&|~]/g, (c) => `\\${c}`);
}
