/**
 * One measured run for the benchmark, in a process of its own: `node bench/measure.ts
 * REPORT carrel ARGS...` runs the `carrel` command line as `bin/carrel.mjs` does (compile cache included), and
 * `node bench/measure.ts REPORT pulumi SITE` runs the Pulumi program on SITE under mocks.
 * On exit it writes the process's CPU time and peak memory (resident set) to REPORT as
 * JSON: the whole process, module loading and garbage collection included.
 */
import { readFileSync, writeFileSync } from "node:fs";

const [report, what, ...args] = process.argv.slice(2);

process.on("exit", (code) => {
  const usage = process.resourceUsage();
  writeFileSync(
    report!,
    JSON.stringify({
      code,
      cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
      maxRssKb: usage.maxRSS,
    }),
  );
});

if (what === "carrel") {
  // As bin/entry.mjs does: Node's compile cache, then the command line.
  (await import("node:module")).enableCompileCache?.();
  const { main } = await import("../src/cli/main.ts");
  const quiet = { out: () => {}, err: (text: string) => void process.stderr.write(text) };
  process.exitCode = await main(args, quiet);
} else if (what === "pulumi") {
  const { registerSiteUnderMocks } = await import("../test/pulumi/mocks.ts");
  const file = args[0]!;
  const run = await registerSiteUnderMocks(readFileSync(file, "utf8"), file);
  if (run.resources === 0) process.exitCode = 1;
} else {
  process.stderr.write(`measure: unknown job '${what}'\n`);
  process.exitCode = 2;
}
