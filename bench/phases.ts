/**
 * `npm run bench:phases`: each phase of Carrel's work timed in one process on the city site
 * and on one twice its size (parse, validate, model, render, docs, Pulumi under mocks),
 * median of a few runs after a warm-up: the figures to watch while tuning one phase, with
 * module loading left out. `--only PHASE` runs one phase (for `node --cpu-prof`); `--scale N`
 * one size; `--runs N` sets the runs (default 3).
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { buildDocs } from "../src/docs/index.ts";
import { siteStamp } from "../src/output/index.ts";
import { renderSite } from "../src/render/index.ts";
import { buildModel, parseSource, validateText } from "../src/site/index.ts";
import { registerSiteUnderMocks } from "../test/pulumi/mocks.ts";
import { citySiteText } from "./city-site.ts";

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    scale: { type: "string" },
    runs: { type: "string", default: "3" },
  },
});
const RUNS = Math.max(1, Number(values.runs) || 3);
process.env.CARREL_TODAY ??= "2026-11-23";

/** Runs `fn` once to warm up, then `RUNS` times; the median in milliseconds. */
async function time(fn: () => unknown): Promise<number> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
}

const scales = values.scale ? [Number(values.scale)] : [1, 2];
const results = new Map<string, number[]>();
for (const scale of scales) {
  const text = citySiteText(scale);
  const validation = validateText("site.yaml", text);
  if (!validation.valid || !validation.site) throw new Error("the city site is not valid");
  const model = buildModel(validation.site);
  const stamp = siteStamp("site.yaml", text);
  const configs = renderSite(model, stamp);
  const phases: Record<string, () => unknown> = {
    parse: () => parseSource("site.yaml", text),
    validate: () => validateText("site.yaml", text),
    model: () => buildModel(validation.site!),
    render: () => renderSite(model, stamp),
    docs: () => buildDocs(model, { configs, runbooks: [], stamp }),
    pulumi: () => registerSiteUnderMocks(text),
  };
  for (const [name, fn] of Object.entries(phases)) {
    if (values.only && values.only !== name) continue;
    results.set(name, [...(results.get(name) ?? []), await time(fn)]);
  }
}
console.log(`phase     ${scales.map((s) => `${s}x`.padEnd(10)).join("")}`);
for (const [name, ms] of results) {
  const ratio = ms.length === 2 ? `${(ms[1]! / ms[0]!).toFixed(2)}x` : "";
  console.log(
    `${name.padEnd(10)}${ms.map((m) => `${m.toFixed(0)} ms`.padEnd(10)).join("")}${ratio}`,
  );
}
