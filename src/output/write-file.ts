/**
 * Writes one file atomically: the text goes to a temporary file beside it, which then
 * replaces the target in one rename. An interrupted or failed write leaves the old file
 * as it was (or no file), never half a file.
 */
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Writes `content` to `path`, replacing it in one step. Throws what the file system says. */
export function writeFileAtomic(path: string, content: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.carrel-${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content, { flag: "wx" });
    renameSync(temporary, path);
  } catch (err) {
    rmSync(temporary, { force: true });
    throw err;
  }
}
