/**
 * Benchmarks: prints how long Carrel's jobs take on a site 50 times the example's size.
 * Figures, not pass/fail: compare them across changes.
 */
import { performance } from "node:perf_hooks";
import { buildDocs } from "../src/docs/index.ts";
import { siteStamp } from "../src/output/index.ts";
import { registerSiteUnderMocks } from "../test/pulumi/mocks.ts";
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
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

// The example's renewal and lifespan warnings, fifty times over, would drown the figures.
process.env.CARREL_TODAY ??= "2026-01-01";

const ms = (n: number) => `${n.toFixed(0)} ms`;

const text = bigSiteText(50);
const result = validateText("site.yaml", text);
const errors = result.issues.filter((i) => i.severity === "error");
if (!result.site || errors.length > 0) {
  console.error(`the generated site is not valid (${errors.length} errors): ${errors[0]?.message}`);
  process.exit(1);
}
const model = buildModel(result.site);
const stamp = siteStamp("site.yaml", text);
const s = result.site;
console.log(
  `site: 50 × the example: ${text.split("\n").length} lines, ${(text.length / 1024).toFixed(0)} KiB, ` +
    `${s.network.vlans.length} VLANs, ${s.network.switches.length} switches, ${s.vsphere?.vms.length} VMs`,
);
console.log(`validate: ${ms(await time(5, () => validateText("site.yaml", text)))} (median of 5)`);
const files = renderSite(model, stamp);
console.log(
  `render:   ${ms(await time(3, () => renderSite(model, stamp)))} for ${files.length} files (median of 3)`,
);
const pages = await buildDocs(model, { configs: files, runbooks: [], stamp });
console.log(
  `docs:     ${ms(await time(3, () => buildDocs(model, { configs: files, runbooks: [], stamp })))} for ${pages.length} files (median of 3)`,
);
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MiB`;
const bytes = (f: { content: string }) => Buffer.byteLength(f.content);
const html = pages.filter((f) => f.path.endsWith(".html"));
console.log(
  `docs size: print.html ${mib(bytes(pages.find((f) => f.path === "print.html")!))}, ` +
    `all ${html.length} pages ${mib(html.reduce((n, f) => n + bytes(f), 0))}`,
);
const pulumi = await registerSiteUnderMocks(text, "site.yaml");
console.log(
  `pulumi:   ${ms(pulumi.ms)} to register ${pulumi.resources} resources under mocks (one run)`,
);
