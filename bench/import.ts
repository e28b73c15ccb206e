/**
 * Benchmark of `carrel import` and `carrel drift`: how long reading, merging, writing and
 * validating a draft takes for the hand-written legacy estate (three switch configs, a DHCP
 * export and a zone; the goal is well under a second), and for everything Carrel renders for
 * a site 50 times the example's size. Figures to compare across changes, not pass/fail.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { runDrift } from "../src/drift/run.ts";
import { runImport } from "../src/import/run.ts";
import { siteStamp } from "../src/output/index.ts";
import { renderSite } from "../src/render/index.ts";
import { buildModel, validateText } from "../src/site/index.ts";
import { bigSiteText } from "./big-site.ts";

/** Runs `fn` `runs` times after one warm-up run; returns the median in milliseconds. */
async function time(runs: number, fn: () => unknown): Promise<number> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
}

const ms = (n: number) => `${n.toFixed(0)} ms`;
const fixture = (name: string) =>
  fileURLToPath(new URL(`../test/fixtures/import/legacy/${name}`, import.meta.url));
const estate = [
  "mgpl-core-5406.cfg",
  "mgpl-2nd-fl.cfg",
  "mgpl-childrens.cfg",
  "dc01.xml",
  "mgpl.local.dns",
].map(fixture);
const request = (files: string[]) => ({
  files,
  sources: [],
  out: "site.yaml",
  env: {},
  options: { name: "Bench" },
});

const legacy = await time(10, () => runImport(request(estate)));
console.log(
  `import: legacy estate (3 switch configs, 1 DHCP export, 1 zone): ${ms(legacy)} (median of 10)`,
);

// Everything Carrel renders for a big site, written out and imported again.
process.env.CARREL_TODAY ??= "2026-01-01";
const text = bigSiteText(50);
const validation = validateText("site.yaml", text);
if (!validation.site) throw new Error("the generated site is not valid");
const model = buildModel(validation.site);
const rendered = renderSite(model, siteStamp("site.yaml", text));
const files = rendered.filter((f) =>
  /^(switches\/.*\.cfg|dhcp\/.*\.conf|dns\/.*\.zone)$/.test(f.path),
);
const dir = mkdtempSync(join(tmpdir(), "carrel-bench-import-"));
try {
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.content);
  }
  const big = await time(3, () => runImport(request(files.map((f) => join(dir, f.path)))));
  console.log(
    `import: 50 × the example, rendered (${files.length} files): ${ms(big)} (median of 3)`,
  );
  const drift = await time(3, () =>
    runDrift(model, validation.source, "site.yaml", rendered, dir, "2026-01-01"),
  );
  console.log(`drift:  50 × the example against its own render: ${ms(drift)} (median of 3)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
