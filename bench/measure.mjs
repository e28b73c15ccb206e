// Plain JavaScript, not TypeScript as the rest of the bench: a .ts entry would load Node's
// type stripper (about 60 ms) into every measured process, and no installed Carrel does.
/**
 * One measured run for the benchmark, in a process of its own: `node bench/measure.mjs
 * REPORT carrel ARGS...` runs the `carrel` command line as an installed Carrel does: its
 * bundled build (dist/, which `npm run bench` builds first), compile cache included; and
 * `node bench/measure.mjs REPORT pulumi SITE` runs the Pulumi program on SITE under mocks.
 * On exit it writes the process's CPU time and peak memory (resident set) to REPORT as
 * JSON: the whole process, module loading and garbage collection included.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { withNodeFlags } from "../bin/entry.mjs";

const [report, what, ...args] = process.argv.slice(2);
// As the `carrel` command does: a long run starts Node again with Carrel's V8 settings. The
// process stays the same, so its CPU time and peak memory include the first start.
if (what === "carrel") withNodeFlags(args);

process.on("exit", (code) => {
  const usage = process.resourceUsage();
  writeFileSync(
    report,
    JSON.stringify({
      code,
      cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
      maxRssKb: usage.maxRSS,
    }),
  );
});

if (what === "carrel") {
  // As bin/entry.mjs does when installed: Node's compile cache, then the bundled command line.
  (await import("node:module")).enableCompileCache?.();
  const { main } = await import(new URL("../dist/cli/main.js", import.meta.url).href);
  const quiet = { out: () => {}, err: (text) => void process.stderr.write(text) };
  process.exitCode = await main(args, quiet);
} else if (what === "pulumi") {
  const { registerSiteUnderMocks } = await import("../test/pulumi/mocks.ts");
  const file = args[0];
  const run = await registerSiteUnderMocks(readFileSync(file, "utf8"), file);
  if (run.resources === 0) process.exitCode = 1;
} else {
  process.stderr.write(`measure: unknown job '${what}'\n`);
  process.exitCode = 2;
}
