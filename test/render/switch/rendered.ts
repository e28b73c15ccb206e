/** Test support: switch files rendered in memory from site text, and the flows fixture. */
import { readFileSync } from "node:fs";
import { siteStamp } from "../../../src/output/index.ts";
import { createEngine } from "../../../src/render/engine.ts";
import { renderSwitches } from "../../../src/render/switch/index.ts";
import { buildModel } from "../../../src/site/index.ts";
import { check } from "../../helpers/site.ts";

/** The fixture whose isolated VLANs have flows, with a 2530 access switch (source: this repo). */
export const FLOWS = readFileSync(
  new URL("../../fixtures/sites/isolated-flows/site.yaml", import.meta.url),
  "utf8",
);

/** Every switch file of a valid site; throws with the validator's messages otherwise. */
export function render(text: string) {
  const validation = check(text);
  if (!validation.valid) throw new Error(validation.issues.map((i) => i.message).join("\n"));
  return renderSwitches(buildModel(validation.site!), siteStamp("site.yaml", text), createEngine());
}

/** One rendered file, by its name under `switches/`. */
export function file(text: string, path: string): string {
  const found = render(text).find((f) => f.path === `switches/${path}`);
  if (!found) throw new Error(`no file ${path}`);
  return found.content;
}
