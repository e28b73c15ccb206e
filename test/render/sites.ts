/** Test helpers for rendering: the example and fixture sites, rendered in memory. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { siteStamp, type GeneratedFile, type SiteStamp } from "../../src/output/index.ts";
import { renderSite, type RenderOptions } from "../../src/render/index.ts";
import { buildModel, validateText, type SiteModel } from "../../src/site/index.ts";
import { TODAY } from "../helpers/site.ts";

/** The sites every rendered-file test runs over: the example and each fixture. */
export const SITES = {
  example: "../../site.yaml",
  branch: "../fixtures/sites/branch/site.yaml",
  "two-servers": "../fixtures/sites/two-servers/site.yaml",
} as const;

/** A site's name in `SITES`. */
export type SiteName = keyof typeof SITES;

/** The names of all test sites. */
export const SITE_NAMES = Object.keys(SITES) as SiteName[];

/** A site loaded and modelled, failing loudly if it is not valid. */
export interface LoadedSite {
  readonly path: string;
  readonly text: string;
  readonly model: SiteModel;
  readonly stamp: SiteStamp;
}

/** Loads a test site; throws with the validator's issues when it is not valid. */
export function loadTestSite(name: SiteName): LoadedSite {
  const path = fileURLToPath(new URL(SITES[name], import.meta.url));
  const text = readFileSync(path, "utf8");
  const validation = validateText(path, text, { today: TODAY });
  if (!validation.valid || !validation.site) {
    const issues = validation.issues.map((i) => `${i.line}:${i.col} ${i.message}`).join("\n");
    throw new Error(`test site ${name} is not valid:\n${issues}`);
  }
  // The stamp names the file as the CLI would from the repository root: stable across machines.
  const shown = name === "example" ? "site.yaml" : `test/fixtures/sites/${name}/site.yaml`;
  return { path, text, model: buildModel(validation.site), stamp: siteStamp(shown, text) };
}

/** Renders a test site in memory. */
export function renderTestSite(name: SiteName, options: RenderOptions = {}): GeneratedFile[] {
  const site = loadTestSite(name);
  return renderSite(site.model, site.stamp, options);
}

/** The rendered files of a site whose path starts with `prefix`. */
export function filesUnder(files: readonly GeneratedFile[], prefix: string): GeneratedFile[] {
  return files.filter((f) => f.path.startsWith(prefix));
}
