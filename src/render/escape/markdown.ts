/**
 * Text from site.yaml in the generated Markdown runbooks: one line, with every character that
 * Markdown (or HTML inside it) would read as inline markup escaped, so a label or name shows
 * as written and cannot add a link, emphasis, table cell or tag. Templates place such text
 * inside a sentence, never at the start of a line, where other characters would matter.
 */

import { EscapeError, shownValue } from "./escape-error.ts";

/** Escapes text for use inside a line of Markdown prose. */
export function mdText(value: unknown): string {
  return String(value)
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\`*_[\]<>&|~]/g, (c) => `\\${c}`);
}

/**
 * A value shown as code (inside backticks or a fenced block): a name, an address, a file name,
 * a time. Letters, digits, spaces and `. _ : / , # @ -` only, so it can neither close the code
 * span nor start a line of its own; anything else is refused.
 */
export function mdCode(value: unknown): string {
  const text = typeof value === "number" ? String(value) : value;
  if (typeof text !== "string" || !/^[A-Za-z0-9._:/,#@-]+( [A-Za-z0-9._:/,#@-]+)*$/.test(text))
    throw new EscapeError(`${shownValue(String(value))} cannot be shown as code in a runbook`);
  return text;
}

/** Text inside an HTML comment (`<!-- ... -->`) of a Markdown file: it cannot end the comment. */
export function mdComment(value: unknown): string {
  return String(value)
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, " ")
    .replace(/--+/g, "-")
    .replace(/>/g, "");
}
