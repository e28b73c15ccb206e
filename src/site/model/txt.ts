/**
 * How a TXT record's text is cut into DNS character-strings (RFC 1035 section 3.3.14: a
 * length byte and at most 255 bytes each). A record longer than one string (an SPF or DKIM
 * record) is published as several, which readers join back without spaces (RFC 7208
 * section 3.3). The zone file and the Azure record set both publish these strings, so
 * they must cut the text at the same places: between characters, never inside one.
 */

/** The most bytes one character-string holds. */
export const TXT_STRING_BYTES = 255;

/** A TXT record's text as strings of at most 255 bytes each, cut between characters. */
export function txtStrings(text: string): string[] {
  const out: string[] = [];
  let current = "";
  let bytes = 0;
  for (const ch of text) {
    const size = Buffer.byteLength(ch, "utf8");
    if (bytes + size > TXT_STRING_BYTES) {
      out.push(current);
      current = "";
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out;
}
