/** The example library's documentation site, built once per test file. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildDocs, type RunbookText } from "../../src/docs/index.ts";
import { siteStamp, type GeneratedFile } from "../../src/output/index.ts";
import { renderSite } from "../../src/render/index.ts";
import {
  buildModel,
  markdownPaths,
  validateText,
  type Site,
  type SiteModel,
} from "../../src/site/index.ts";
import { check, edit, EXAMPLE, TODAY } from "../helpers/site.ts";

/**
 * The example with a second cable between its two switches: a loop, so elkjs lays it out
 * (a network without loops is laid out by Carrel's own tree layout, `topology-tree.test.ts`).
 */
export const LOOPED = edit(
  edit(
    EXAMPLE,
    "          description: Uplink to second floor\n",
    "          description: Uplink to second floor\n" +
      "        - ports: 51\n          tagged: [servers]\n          connects: access-sw1:27\n" +
      "          description: Second uplink\n",
  ).text,
  "          description: Uplink to core\n",
  "          description: Uplink to core\n" +
    "        - ports: 27\n          tagged: [servers]\n          connects: core-sw1:51\n" +
    "          description: Second uplink\n",
).text;

/** The model of a site text (the example's by default). */
export function exampleModel(text = EXAMPLE): SiteModel {
  const result = check(text);
  if (!result.site || !result.valid) throw new Error("the site is not valid");
  return buildModel(result.site as Site);
}

/** The example's runbooks, read from beside site.yaml. */
export function exampleRunbooks(model: SiteModel): RunbookText[] {
  return markdownPaths(model.site).map((path) => ({
    path,
    text: readFileSync(new URL(`../../${path}`, import.meta.url), "utf8"),
  }));
}

/** A fixture site's file, by its folder under test/fixtures/sites. */
export const fixtureSite = (name: string) =>
  new URL(`../fixtures/sites/${name}/site.yaml`, import.meta.url);

/** Builds the docs of a site file in the repository, runbooks read from beside it, dated TODAY. */
export async function docsOfFile(file: URL): Promise<{ model: SiteModel; files: GeneratedFile[] }> {
  const text = readFileSync(file, "utf8");
  // Validated where it lies, so its runbooks are found beside it.
  const result = validateText(fileURLToPath(file), text, { today: TODAY });
  if (!result.site || !result.valid) throw new Error(`${file.pathname} is not valid`);
  const model = buildModel(result.site);
  const stamp = siteStamp("site.yaml", text);
  const files = await buildDocs(model, {
    configs: renderSite(model, stamp),
    runbooks: markdownPaths(model.site).map((path) => ({
      path,
      text: readFileSync(new URL(path, file), "utf8"),
    })),
    stamp,
    asOf: { date: TODAY, source: "given with --date" },
  });
  return { model, files };
}

/** Builds the docs of a site text as `carrel docs site.yaml --date TODAY` would. */
export async function docsOf(text = EXAMPLE, previous?: SiteModel): Promise<GeneratedFile[]> {
  const model = exampleModel(text);
  const stamp = siteStamp("site.yaml", text);
  return buildDocs(model, {
    configs: renderSite(model, stamp),
    runbooks: exampleRunbooks(model),
    stamp,
    asOf: { date: TODAY, source: "given with --date" },
    ...(previous ? { previous, previousLabel: "main" } : {}),
  });
}

/** A page's text by path; throws when the page is missing. */
export function page(files: readonly GeneratedFile[], path: string): string {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no page ${path}`);
  return file.content;
}

/** A page's visible text: tags dropped, entities decoded, spaces collapsed. */
export function textOf(htmlText: string): string {
  return htmlText
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<\/?(a|code|strong|em|span)\b[^>]*>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x([0-9A-F]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}
