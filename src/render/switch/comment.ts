/**
 * Text for ArubaOS-Switch comment lines (`; ...`). A configuration file is read line by line,
 * so text from site.yaml must never end a comment early: every line break, control character
 * or Unicode line separator becomes a space, and the text is kept to one short line.
 * (Local to the switch renderer until the shared ArubaOS escaping module has a comment helper.)
 */

/** Longest comment text written. */
export const COMMENT_MAX = 200;

/** Makes any text safe to follow `; ` on one line. */
export function arubaComment(text: string): string {
  const one = text
    .replace(/[\p{Cc}\p{Zl}\p{Zp}\u0085]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  const chars = [...one];
  return chars.length <= COMMENT_MAX ? one : `${chars.slice(0, COMMENT_MAX - 1).join("")}…`;
}
