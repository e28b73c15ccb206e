/** Whether a file on disk already holds the content that would be written. */
import { lstatSync } from "node:fs";
import { readRegularFile } from "../site/regular-file.ts";

/** How the generated-from header names the site file's version: `(sha256 0123456789abcdef)`. */
const STAMP = Buffer.from("(sha256 ");
const STAMP_LENGTH = 16;
const HEX = /^[0-9a-f]{16}$/;
/** The header opens a file (after a byte-order mark and a comment marker at most). */
const HEADER_BYTES = 512;

/**
 * True when `path` is a regular file (not a link, a named pipe or a device) whose bytes
 * are `content`. Its size is compared first, so a large different file is not read.
 */
export function holdsExactly(path: string, content: string): boolean {
  return holds(path, content, false);
}

/**
 * True when `path` holds `content` or differs from it only in the site file's version that
 * its generated-from header (and any footer repeating it) names. Such a file is left as it
 * is: its stamp then names the version of site.yaml that last changed it, so a change to
 * one VLAN rewrites only the files that depend on that VLAN.
 */
export function holdsSameContent(path: string, content: string): boolean {
  return holds(path, content, true);
}

function holds(path: string, content: string, stampAside: boolean): boolean {
  // The file and its size first: converting every file's text to bytes only to find no file
  // there took 100 ms and 34 MB on a new city docs folder (helper's heap and CPU profiles).
  let size: number;
  try {
    const stats = lstatSync(path);
    if (!stats.isFile()) return false;
    size = stats.size;
  } catch {
    return false;
  }
  // The stamp has a fixed length, so a file differing only in it has the same size.
  if (size !== Buffer.byteLength(content, "utf8")) return false;
  const wanted = Buffer.from(content);
  const read = readRegularFile(path, wanted.length);
  if (!read.ok) return false;
  return read.bytes.equals(wanted) || (stampAside && sameButStamp(read.bytes, wanted));
}

/** Whether `have` is `wanted` with another site version in its stamp (everywhere it appears). */
function sameButStamp(have: Buffer, wanted: Buffer): boolean {
  const at = wanted.indexOf(STAMP);
  if (at < 0 || at > HEADER_BYTES) return false;
  const start = at + STAMP.length;
  const end = start + STAMP_LENGTH;
  if (wanted[end] !== 0x29 /* ")" */ || have[end] !== 0x29) return false;
  const ours = wanted.toString("latin1", start, end);
  const theirs = have.toString("latin1", start, end);
  if (!HEX.test(ours) || !HEX.test(theirs) || ours === theirs) return false;
  // latin1 maps bytes to characters one to one, so any UTF-8 content survives the trip.
  const restamped = Buffer.from(wanted.toString("latin1").replaceAll(ours, theirs), "latin1");
  return have.equals(restamped);
}
