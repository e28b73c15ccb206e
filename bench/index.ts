/**
 * Benchmarks: prints how long Carrel's jobs take on a site 50 times the example's size.
 * Figures, not pass/fail: compare them across changes.
 */
import { performance } from "node:perf_hooks";
import { validateText } from "../src/site/index.ts";
import { bigSiteText } from "./big-site.ts";

/** Runs `fn` `runs` times after one warm-up run; returns the median in milliseconds. */
function time(runs: number, fn: () => unknown): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

const text = bigSiteText(50);
const lines = text.split("\n").length;
const result = validateText("big-site.yaml", text);
const errors = result.issues.filter((i) => i.severity === "error");
if (errors.length > 0) {
  console.error(
    `the generated site is not valid (${errors.length} errors), first: ${errors[0]!.message}`,
  );
  process.exit(1);
}
console.log(`site: 50 × the example, ${lines} lines, ${(text.length / 1024).toFixed(0)} KiB`);
console.log(
  `validate: ${time(5, () => validateText("big-site.yaml", text)).toFixed(1)} ms (median of 5)`,
);
