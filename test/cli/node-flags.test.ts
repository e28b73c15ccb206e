/**
 * The longer commands run with Carrel's V8 settings: `bin/entry.mjs` starts Node again with
 * them (`withNodeFlags`), in the same process, and only when they are missing.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ENTRY = pathToFileURL(resolve("bin/entry.mjs")).href;
let dir = "";
let script = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "carrel-node-flags-"));
  script = join(dir, "probe.mjs");
  // Prints what it ran with, after the re-start if there is one; exits with code 3.
  writeFileSync(
    script,
    `import { withNodeFlags, NODE_FLAGS } from ${JSON.stringify(ENTRY)};\n` +
      `process.stdout.write("started\\n");\n` +
      `withNodeFlags(process.argv.slice(2));\n` +
      `process.stdout.write(JSON.stringify({ pid: process.pid, execArgv: process.execArgv, ` +
      `args: process.argv.slice(2), flags: NODE_FLAGS }) + "\\n");\n` +
      `process.exitCode = 3;\n`,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the probe with `args`; its output lines and exit code. */
function probe(args: string[], env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, [script, ...args], {
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "", ...env },
  });
  const lines = run.stdout.trim().split("\n");
  const report = JSON.parse(lines.at(-1)!) as {
    pid: number;
    execArgv: string[];
    args: string[];
    flags: string[];
  };
  return { lines, report, status: run.status, pid: run.pid };
}

describe("withNodeFlags: the longer commands start Node again with Carrel's V8 settings", () => {
  it.each(["render", "docs", "diff", "drift", "audit"])(
    "%s runs again in the same process with them and its own arguments",
    (command) => {
      const { lines, report, status, pid } = probe([command, "site.yaml", "--out", "x y"]);
      // The first start printed "started", then was replaced; the second printed again.
      expect(lines.filter((l) => l === "started")).toHaveLength(2);
      expect(report.execArgv).toEqual(report.flags);
      expect(report.flags).toContain("--max-semi-space-size=16");
      expect(report.args).toEqual([command, "site.yaml", "--out", "x y"]);
      expect(report.pid).toBe(pid);
      expect(status).toBe(3);
    },
  );

  it("leaves validate and the other short commands as they are", () => {
    for (const command of ["validate", "schema", "init", "--help"]) {
      const { lines, report } = probe([command]);
      expect(
        lines.filter((l) => l === "started"),
        command,
      ).toHaveLength(1);
      expect(report.execArgv, command).toEqual([]);
    }
  });

  it("keeps a semi-space size the user gave, on the command line or in NODE_OPTIONS", () => {
    const given = probe(["render"], { NODE_OPTIONS: "--max-semi-space-size=32" });
    expect(given.lines.filter((l) => l === "started")).toHaveLength(1);
    expect(given.report.execArgv).toEqual([]);
    const run = spawnSync(process.execPath, ["--max-semi-space-size=8", script, "docs"], {
      encoding: "utf8",
      env: { ...process.env, NODE_OPTIONS: "" },
    });
    expect(run.stdout.match(/started/g)).toHaveLength(1);
    expect(run.stdout).toContain('"execArgv":["--max-semi-space-size=8"]');
  });
});
