/**
 * Where Carrel itself lives: the folder with its package.json, `templates/` and `schema/`.
 * Carrel runs from its TypeScript sources in its own repository (`src/`) and from its
 * bundled build when installed as a package (`dist/`), so files that ship beside the
 * code are found from here, never from a fixed number of `..` that holds in one layout only.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/** The nearest folder above `from` that holds a package.json. */
function packageFolder(from: string): string {
  let folder = from;
  while (!existsSync(join(folder, "package.json"))) {
    const parent = dirname(folder);
    // Cannot happen in either layout; fall back to the sources' layout rather than loop.
    if (parent === folder) return dirname(from);
    folder = parent;
  }
  return folder;
}

/** Carrel's own folder (this repository, or `node_modules/carrel` in a library's repository). */
export const CARREL_ROOT = packageFolder(import.meta.dirname);

/** A path inside Carrel's own folder: `carrelPath("templates", "docs")`. */
export const carrelPath = (...parts: string[]): string => join(CARREL_ROOT, ...parts);
