/**
 * How an output folder on disk differs from the files that would be generated
 * (`carrel docs --check`), read without writing anything.
 */
import { existsSync, lstatSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { GeneratedFile } from "./files.ts";
import { holdsSameContent } from "./same-content.ts";
import { OUTPUT_MARKER } from "./write.ts";

/** Files missing from the folder, differing from what would be generated, and not generated at all. */
export interface FolderComparison {
  readonly missing: readonly string[];
  readonly stale: readonly string[];
  readonly extra: readonly string[];
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      // Links are not followed: a link to a folder above would never end.
      if (lstatSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join("/"));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** Compares the folder `dir` with `files`. */
export function compareFolder(dir: string, files: readonly GeneratedFile[]): FolderComparison {
  // The writer's marker file belongs to every output folder, not to what was generated.
  const onDisk = new Set(listFiles(dir).filter((p) => p !== OUTPUT_MARKER));
  const wanted = new Set(files.map((f) => f.path));
  const missing: string[] = [];
  const stale: string[] = [];
  for (const f of files) {
    if (!onDisk.has(f.path)) missing.push(f.path);
    else if (!holdsSameContent(join(dir, f.path), f.content)) stale.push(f.path);
  }
  const extra = [...onDisk].filter((p) => !wanted.has(p)).sort();
  return { missing, stale, extra };
}
