/**
 * The one place that writes generated files to disk. The whole output folder is
 * replaced at once: files are written into a staging folder beside it, which is then
 * swapped in by rename, so an interrupted or failed run leaves the previous output
 * as it was. Files whose content did not change keep their modification time.
 */
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import type { GeneratedFile } from "./files.ts";

/** What a write changed. */
export interface WriteReport {
  readonly written: number;
  readonly unchanged: number;
}

function safeJoin(root: string, relative: string): string {
  const full = resolve(root, relative);
  if (!full.startsWith(root + sep))
    throw new Error(`refusing to write outside the output folder: ${relative}`);
  return full;
}

/** Replaces the folder `dir` with exactly `files`. */
export function writeFiles(dir: string, files: readonly GeneratedFile[]): WriteReport {
  const target = resolve(dir);
  const staging = `${target}.carrel-new`;
  const previous = `${target}.carrel-old`;
  // A run killed during the swap leaves the old output in `previous`: put it back first.
  if (!existsSync(target) && existsSync(previous)) renameSync(previous, target);
  rmSync(staging, { recursive: true, force: true });
  rmSync(previous, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  let written = 0;
  let unchanged = 0;
  for (const file of files) {
    const path = safeJoin(staging, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
    const old = join(target, file.path);
    if (existsSync(old) && statSync(old).isFile() && readFileSync(old, "utf8") === file.content) {
      const { atime, mtime } = statSync(old);
      utimesSync(path, atime, mtime);
      unchanged++;
    } else {
      written++;
    }
  }
  if (existsSync(target)) renameSync(target, previous);
  renameSync(staging, target);
  rmSync(previous, { recursive: true, force: true });
  return { written, unchanged };
}
