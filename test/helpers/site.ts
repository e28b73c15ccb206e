/** Test helpers: the example site, edits to it that know their line, and validation results. */
import { readFileSync } from "node:fs";
import {
  buildModel,
  formatPath,
  validateText,
  type SiteModel,
  type LocatedIssue,
  type Validation,
} from "../../src/site/index.ts";

/** The example library's site.yaml, as text. */
export const EXAMPLE = readFileSync(new URL("../../site.yaml", import.meta.url), "utf8");

/** `text` without its top-level section `key` (the key's line and every indented or comment line under it). */
export function withoutSection(text: string, key: string): string {
  const at = new RegExp(`^${key}:[^\\n]*\\n(?:[ #][^\\n]*\\n|\\n)*`, "m");
  if (!at.test(text)) throw new Error(`withoutSection: no top-level ${key}: in the text`);
  return text.replace(at, "");
}

/** `text` with `lines` (indented, each ending in a line break) added at the top of section `key`. */
export function withInSection(text: string, key: string, lines: string): string {
  const at = new RegExp(`^${key}:[^\\n]*\\n`, "m");
  if (!at.test(text)) throw new Error(`withInSection: no top-level ${key}: in the text`);
  return text.replace(at, (line) => `${line}${lines}`);
}

/** The date the tests pretend it is, so renewal warnings do not drift. */
export const TODAY = "2026-11-23";

/** An edited site text and the 1-based line and column where the replacement starts. */
export interface Edited {
  readonly text: string;
  readonly line: number;
  readonly col: number;
  /** `line:col`, the way `found` prints positions. */
  readonly at: string;
}

/**
 * Replaces the one occurrence of `from` in `text` with `to`.
 * Throws when `from` is missing or ambiguous, so a test cannot silently edit nothing.
 */
export function edit(text: string, from: string, to: string): Edited {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`edit: ${JSON.stringify(from)} is not in the text`);
  if (text.indexOf(from, at + 1) >= 0)
    throw new Error(`edit: ${JSON.stringify(from)} occurs twice`);
  const before = text.slice(0, at).split("\n");
  const line = before.length;
  const col = before[before.length - 1]!.length + 1;
  const edited = text.slice(0, at) + to + text.slice(at + from.length);
  return { text: edited, line, col, at: `${line}:${col}` };
}

/** Validates site text as if it were ./site.yaml at the repository root. */
export function check(
  text: string,
  options: { strict?: boolean; today?: string } = {},
): Validation {
  return validateText("site.yaml", text, { today: TODAY, ...options });
}

/** Issues of one rule (or all), as `line:col path message` strings. */
export function found(result: Validation, rule?: string): string[] {
  return result.issues
    .filter((i: LocatedIssue) => rule === undefined || i.rule === rule)
    .map(
      (i) =>
        `${i.line}:${i.col} ${formatPath(i.path)} ${i.severity === "warning" ? "warning: " : ""}${i.message}`,
    );
}

/** The model of site text, which must be valid; throws with the issues when it is not. */
export function modelOf(text: string): SiteModel {
  const result = check(text);
  if (!result.valid || !result.site)
    throw new Error(`site is not valid:\n${found(result).join("\n")}`);
  return buildModel(result.site);
}
