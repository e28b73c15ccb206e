/**
 * What a member's rendered files depend on, as one hash: Carrel itself (its code and
 * templates), consortium.yaml, the site file, the site's own template folder and the
 * command's flags. A render at a consortium's root skips a site whose hash is the one its
 * last render recorded (`<out>/.carrel-render.json`), so after a change to one site only
 * that site is rendered again; `--force` renders them all.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import type { SiteFacts } from "../../consortium/facts.ts";
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

/**
 * A top-level `templates: folder` line, as people write it: a plain path, quoted or not,
 * then at most a comment (a `#` after a space, as YAML reads it). Anything else is parsed.
 */
const TEMPLATES_LINE = /^templates:[ \t]*(["']?)([\w./-]+)\1(?:[ \t]+#.*|[ \t]*)$/m;

/**
 * The site's own template folder (`templates:` in its file), if it names one: read from its
 * line without parsing the whole file, which for a large site costs more than rendering it;
 * parsed only when the key is written some other way.
 */
function templateFolder(file: string, text: string): string | undefined {
  const line = TEMPLATES_LINE.exec(text);
  let folder = line?.[2];
  if (folder === undefined && /^templates\s*:/m.test(text)) {
    try {
      const value = parse(text, { maxAliasCount: 100 }) as { templates?: unknown } | null;
      folder = typeof value?.templates === "string" ? value.templates : undefined;
    } catch {
      folder = undefined;
    }
  }
  if (folder === undefined) return undefined;
  const path = resolve(dirname(file), folder);
  // Read only a folder inside the site's own, as validation requires (rules/templates-folder):
  // this runs before validation, and `templates: /` must not make it read the whole disk.
  try {
    const base = realpathSync(dirname(file));
    const real = realpathSync(path);
    return real === base || real.startsWith(base + sep) ? path : undefined;
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

/** What the last render recorded of a site: its hash, and its facts for the cross-site rules. */
export interface RenderRecord {
  readonly print: string;
  readonly facts?: SiteFacts;
}

/** The records of the last render, by site code ({} when there is none, or it is unreadable). */
export function readRenderIndex(out: string): Record<string, RenderRecord> {
  try {
    const index = JSON.parse(readFileSync(join(out, RENDER_INDEX), "utf8")) as {
      version?: unknown;
      sites?: unknown;
    };
    return index.version === 2 && index.sites && typeof index.sites === "object"
      ? (index.sites as Record<string, RenderRecord>)
      : {};
  } catch {
    return {};
  }
}

/** Records this render. */
export function writeRenderIndex(out: string, sites: Record<string, RenderRecord>): void {
  const sorted = Object.fromEntries(Object.entries(sites).sort(([a], [b]) => a.localeCompare(b)));
  writeFileAtomic(join(out, RENDER_INDEX), `${JSON.stringify({ version: 2, sites: sorted })}\n`);
}
