/**
 * Free text made to fit a quoted switch string: plain ASCII (accents dropped: `Café` →
 * `Cafe`), `'` for `"`, `/` for `\`, no control characters, at most `max` characters. The
 * switch renderer uses it for display text (SNMP contact and location) and the model for the
 * default login banner, so both fit the same way.
 */

/** Words of printable ASCII but `"` and `\`, one space apart: text that already fits. */
const FITTING = /^[\x21\x23-\x5b\x5d-\x7e]+(?: [\x21\x23-\x5b\x5d-\x7e]+)*$/;

/** Makes free text fit a quoted switch string of at most `max` characters. */
export function fitName(text: string, max: number): string {
  // Most names fit as written (every port and VLAN of every switch comes here).
  if (text.length <= max && FITTING.test(text)) return text;
  const clean = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/"/g, "'")
    .replace(/\\/g, "/")
    .replace(/[^\x20-\x7e]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return [...clean].slice(0, max).join("").trimEnd();
}
