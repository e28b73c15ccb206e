/** The sites a library's repository holds: its site.yaml, or the members of its consortium. */
import { existsSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { CONSORTIUM_FILE, readConsortium } from "../../consortium/consortium.ts";

/** One site of the repository. */
export interface RepositorySite {
  /** The member's code, in a consortium. */
  readonly code?: string;
  /** The site file, as a path from where the command runs. */
  readonly file: string;
}

/** The repository's sites: every member listed in consortium.yaml, or site.yaml. */
export function repositorySites(root: string): RepositorySite[] {
  const consortium = join(root, CONSORTIUM_FILE);
  if (existsSync(consortium)) {
    const read = readConsortium(consortium);
    if (read.ok) return read.consortium.members.map((m) => ({ code: m.code, file: m.file }));
  }
  return [{ file: join(root, "site.yaml") }];
}

/** Every file under a folder, as relative paths with forward slashes; [] when it is missing. */
export function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}
