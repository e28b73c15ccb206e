/**
 * The consortium scale bench: a generated consortium of 40 example-sized libraries and 5
 * larger ones (bench/consortium-sites.ts), and the figures of `carrel validate`, `render`
 * and `docs` run at its root as a user runs them (a new process each, worker threads up to
 * the core count): wall time, processor time and peak memory. Then a render with nothing
 * changed, and one after a change to one site, which renders only that site.
 *
 *   npm run bench:consortium            # Carrel's sources, as in this repository
 *   npm run bench:consortium -- --dist  # the compiled build an installed Carrel runs
 *
 * Figures to compare, not a pass/fail test.
 */
import { spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { writeBenchConsortium } from "./consortium-sites.ts";

const root = resolve(import.meta.dirname, "..");
/** The day the bench pretends it is, the tests' day, so no date in the example is in the future. */
const TODAY = "2026-11-23";
const dist = process.argv.includes("--dist");
if (dist && !existsSync(join(root, "dist/cli/main.js"))) {
  console.error("no compiled build: run npm run build first");
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), "carrel-bench-consortium-"));
const sites = await writeBenchConsortium(dir);
// The compiled build runs from a small entry of its own (bin/ picks the sources here).
const entry = join(dir, "carrel.mjs");
writeFileSync(
  entry,
  `import * as nodeModule from "node:module";\nnodeModule.enableCompileCache?.();\nconst { main } = await import(${JSON.stringify(join(root, dist ? "dist/cli/main.js" : "src/cli/main.ts"))});\nprocess.exitCode = await main(process.argv.slice(2));\n`,
);

/** Runs `carrel ...args` at the consortium's root; wall and CPU seconds, peak RSS. */
function run(label: string, ...args: string[]): void {
  const timed = spawnSync(
    "/usr/bin/time",
    ["-f", "%e %U %S %M", process.execPath, entry, ...args],
    {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, CARREL_TODAY: TODAY },
    },
  );
  const [wall, user, sys, kb] = timed.stderr
    .trim()
    .split("\n")
    .at(-1)!
    .split(" ")
    .map(Number) as number[];
  const last = timed.stdout.trim().split("\n").at(-1) ?? "";
  const cpu = (user! + sys!).toFixed(2);
  console.log(
    `${label.padEnd(28)} ${wall!.toFixed(2).padStart(6)} s wall  ${cpu.padStart(6)} s CPU  ${(kb! / 1024).toFixed(0).padStart(5)} MB peak  exit ${timed.status}  (${last})`,
  );
  if (timed.status !== 0) {
    // Figures of a run that failed measure nothing: say why and stop.
    console.error(`${label} failed:\n${(timed.stdout + timed.stderr).slice(0, 2000)}`);
    rmSync(dir, { recursive: true, force: true });
    process.exit(1);
  }
}

const large = sites.filter((s) => s.large).length;
console.log(
  `consortium: ${sites.length - large} example-sized libraries and ${large} large ones (20 switches, 1,000 reservations) in ${dir}`,
);
console.log(
  `${availableParallelism()} cores; Carrel's ${dist ? "compiled build (dist/)" : "sources (src/)"}`,
);
run("validate (every site)", "validate");
run("render (every site)", "render");
run("render again (nothing changed)", "render");
const changed = join(dir, "sites", "lib07", "site.yaml");
writeFileSync(
  changed,
  readFileSync(changed, "utf8").replace("name: Library 7", "name: Library Seven"),
);
run("render after one site changed", "render");
run("docs (hub and every site)", "docs", "--date", TODAY);
rmSync(dir, { recursive: true, force: true });
