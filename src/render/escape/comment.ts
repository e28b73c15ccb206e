/**
 * Comment text, shared by every format whose comments run to the end of the line (`#` in
 * Kea, dhcpd, dnsmasq and PowerShell; `;` in ArubaOS-Switch and BIND zone files). A line
 * comment ends at a line break, so the text must hold none: any line break, control or
 * invisible formatting character is written as its name (`<U+000A>`), visibly, instead.
 */
import { codePointName, describeForbidden, PRINTABLE_ASCII } from "../../site/text.ts";

/** Whether a character is an ASCII control character (C0 or DEL). */
export function isAsciiControl(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 0x20 || c === 0x7f;
}

/** One line of comment text that cannot end the comment early. */
export function commentText(value: unknown): string {
  const text = String(value);
  // Printable ASCII, most comment text, is written as it is.
  if (PRINTABLE_ASCII.test(text)) return text;
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    out += describeForbidden(cp) === undefined ? ch : `<${codePointName(cp)}>`;
  }
  return out;
}

/**
 * Comment lines, each behind `marker` and ending with a line break. `lines` is one line of
 * text or a list of them; an empty list writes nothing.
 */
export function lineComments(lines: unknown, marker: string): string {
  const list = Array.isArray(lines) ? lines : [lines];
  return list.map((l) => `${marker} ${commentText(l)}\n`).join("");
}
