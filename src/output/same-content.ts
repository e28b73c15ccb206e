/** Whether a file on disk already holds exactly the content that would be written. */
import { lstatSync } from "node:fs";
import { readRegularFile } from "../site/regular-file.ts";

/**
 * True when `path` is a regular file (not a link, a named pipe or a device) whose bytes
 * are `content`. Its size is compared first, so a large different file is not read.
 */
export function holdsExactly(path: string, content: string): boolean {
  const wanted = Buffer.from(content);
  try {
    const stats = lstatSync(path);
    if (!stats.isFile() || stats.size !== wanted.length) return false;
  } catch {
    return false;
  }
  const read = readRegularFile(path, wanted.length);
  return read.ok && read.bytes.equals(wanted);
}
