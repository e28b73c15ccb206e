/**
 * What a member's rendered files depend on, as one hash: Carrel itself (its code and
 * templates), consortium.yaml, the site file, the site's own template folder and the
 * command's flags. A render at a consortium's root skips a site whose hash is the one its
 * last render recorded (`<out>/.carrel-render.json`), so after a change to one site only
 * that site is rendered again; `--force` renders them all.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { writeFileAtomic } from "../../output/write-file.ts";
import { carrelPath } from "../../package-root.ts";
import { parse } from "yaml";
import { filesUnder } from "./sites.ts";

/** The record of the last render of each site, beside their folders. */
export const RENDER_INDEX = ".carrel-render.json";

let carrelIdentity: string | undefined;

/** Carrel's own code and templates, by name, size and modification time (changes with any edit). */
function carrel(): string {
  if (carrelIdentity) return carrelIdentity;
  const hash = createHash("sha256");
  hash.update(readFileSync(carrelPath("package.json")));
  for (const folder of ["src", "components", "dist", "templates"]) {
    const root = carrelPath(folder);
    if (!existsSync(root)) continue;
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      const { size, mtimeMs } = statSync(path);
      hash.update(`${path}\u0000${size}\u0000${mtimeMs}\u0000`);
    }
  }
  carrelIdentity = hash.digest("hex");
  return carrelIdentity;
}

/** The site's own template folder (`templates:` in its file), if it names one. */
function templateFolder(file: string, text: string): string | undefined {
  try {
    const value = parse(text, { maxAliasCount: 100 }) as { templates?: unknown } | null;
    return typeof value?.templates === "string"
      ? resolve(dirname(file), value.templates)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The hash of everything a member's rendered files depend on. */
export function renderFingerprint(
  consortiumText: string,
  file: string,
  flags: Readonly<Record<string, unknown>>,
): string {
  const hash = createHash("sha256");
  const text = existsSync(file) ? readFileSync(file, "utf8") : "";
  hash.update(carrel()).update("\u0000").update(consortiumText).update("\u0000").update(text);
  const folders = [
    templateFolder(file, text),
    typeof flags.templates === "string" ? resolve(flags.templates) : undefined,
  ];
  for (const folder of folders) {
    if (!folder) continue;
    for (const path of filesUnder(folder))
      hash.update(`\u0000${path}\u0000`).update(readFileSync(join(folder, path)));
  }
  hash.update(
    JSON.stringify({ strict: flags.strict === true, templates: flags.templates ?? null }),
  );
  return hash.digest("hex");
}

/** The hashes of the last render, by site code. */
export function readRenderIndex(out: string): Record<string, string> {
  try {
    const index = JSON.parse(readFileSync(join(out, RENDER_INDEX), "utf8")) as { sites?: unknown };
    return index.sites && typeof index.sites === "object"
      ? (index.sites as Record<string, string>)
      : {};
  } catch {
    return {};
  }
}

/** Records the hashes of this render. */
export function writeRenderIndex(out: string, sites: Record<string, string>): void {
  const sorted = Object.fromEntries(Object.entries(sites).sort(([a], [b]) => a.localeCompare(b)));
  writeFileAtomic(
    join(out, RENDER_INDEX),
    `${JSON.stringify({ version: 1, sites: sorted }, null, 2)}\n`,
  );
}
