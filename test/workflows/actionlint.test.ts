/** The GitHub workflows pass actionlint (built by the test setup; the test fails without it). */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";

const ACTIONLINT = ".tools/bin/actionlint";

describe("GitHub workflows", () => {
  it("has the actionlint that npm test builds", () => {
    expect(existsSync(ACTIONLINT), "run `node scripts/setup-system.mjs` to build it").toBe(true);
    expect(execFileSync(ACTIONLINT, ["-version"], { encoding: "utf8" })).toMatch(/^v1\.7\./);
  });

  it("passes actionlint on every workflow", () => {
    const files = readdirSync(".github/workflows").map((f) => `.github/workflows/${f}`);
    expect(files.length).toBeGreaterThanOrEqual(2);
    const run = spawnSync(ACTIONLINT, files, { encoding: "utf8" });
    expect(run.stdout + run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("would catch a broken workflow (actionlint really runs)", () => {
    const run = spawnSync(ACTIONLINT, ["-"], {
      input:
        "on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }}\n",
      encoding: "utf8",
    });
    expect(run.status).not.toBe(0);
  });
});
