/** The template folders a command renders with, for a site file and an optional `--templates`. */
import { existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { UsageError } from "./io.ts";

const isFolder = (path: string) => existsSync(path) && statSync(path).isDirectory();

/** Override folders in search order, or the problem with the site's own `templates:` folder. */
export type TemplateFolders = { ok: true; folders: string[] } | { ok: false; problem: string };

/**
 * Folders searched before Carrel's own templates, first match wins: `--templates`, then the
 * site's `templates:` key (relative to the site file). A missing `--templates` folder is a
 * usage error; a missing `templates:` folder is a problem in the site file.
 */
export function templateFolders(
  file: string,
  siteKey: string | undefined,
  flag?: unknown,
): TemplateFolders {
  const folders: string[] = [];
  if (typeof flag === "string") {
    if (!isFolder(flag)) throw new UsageError(`cannot find the template folder ${flag}`);
    folders.push(flag);
  }
  if (siteKey !== undefined) {
    const folder = resolve(dirname(file), siteKey);
    if (!isFolder(folder))
      return {
        ok: false,
        problem: `${file}: the template folder '${siteKey}' (templates:) does not exist`,
      };
    folders.push(folder);
  }
  return { ok: true, folders };
}
