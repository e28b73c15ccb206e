/**
 * Turns the bytes of an exported file into text: UTF-8 (with or without a byte-order mark)
 * and UTF-16 (Windows tools such as `Export-DhcpServer` and `dnscmd` often write it), or says
 * plainly why the file is not text.
 */

/** The decoded text, or why the bytes are not text. */
export type Decoded = { ok: true; text: string } | { ok: false; message: string };

function utf16(bytes: Uint8Array, littleEndian: boolean, skip: number): Decoded {
  const body = bytes.subarray(skip, skip + ((bytes.length - skip) & ~1));
  try {
    const text = new TextDecoder(littleEndian ? "utf-16le" : "utf-16be", { fatal: true }).decode(
      body,
    );
    return { ok: true, text };
  } catch {
    return { ok: false, message: "is not readable UTF-16 text" };
  }
}

/** Decodes a file's bytes. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, true, 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, false, 2);
  // UTF-16 without a byte-order mark: every other byte of ASCII text is zero.
  const sample = bytes.subarray(0, 256);
  if (sample.length >= 4) {
    let oddZeros = 0;
    let evenZeros = 0;
    sample.forEach((b, i) => {
      if (b === 0) {
        if (i % 2 === 1) oddZeros++;
        else evenZeros++;
      }
    });
    if (oddZeros > sample.length / 3 && evenZeros === 0) return utf16(bytes, true, 0);
    if (evenZeros > sample.length / 3 && oddZeros === 0) return utf16(bytes, false, 0);
  }
  if (bytes.includes(0)) return { ok: false, message: "is a binary file, not text" };
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { ok: true, text: text.startsWith("\uFEFF") ? text.slice(1) : text };
  } catch {
    return { ok: false, message: "is not UTF-8 text; save it as UTF-8" };
  }
}
