/** The example library's documentation site, built once per test file. */
import { readFileSync } from "node:fs";
import { buildDocs, type RunbookText } from "../../src/docs/index.ts";
import { siteStamp, type GeneratedFile } from "../../src/output/index.ts";
import { renderSite } from "../../src/render/index.ts";
import { buildModel, type Site, type SiteModel } from "../../src/site/index.ts";
import { check, EXAMPLE } from "../helpers/site.ts";

/** The example's model. */
export function exampleModel(text = EXAMPLE): SiteModel {
  const result = check(text);
  if (!result.site || !result.valid) throw new Error("the example site is not valid");
  return buildModel(result.site as Site);
}

/** The example's runbooks, read from beside site.yaml. */
export function exampleRunbooks(model: SiteModel): RunbookText[] {
  return (model.site.operations?.runbooks ?? []).map((path) => ({
    path,
    text: readFileSync(new URL(`../../${path}`, import.meta.url), "utf8"),
  }));
}

/** Builds the docs of a site text as `carrel docs site.yaml` would. */
export async function docsOf(text = EXAMPLE, previous?: SiteModel): Promise<GeneratedFile[]> {
  const model = exampleModel(text);
  const stamp = siteStamp("site.yaml", text);
  return buildDocs(model, {
    configs: renderSite(model, stamp),
    runbooks: exampleRunbooks(model),
    stamp,
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
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}
