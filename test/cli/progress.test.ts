/**
 * Progress lines: one per phase on stderr when it is a terminal, nothing extra otherwise.
 * In-process with a terminal-like Io, and for real: under `script` (a pseudo-terminal) and
 * with stderr piped.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";

const CARREL = resolve("bin/carrel.mjs");
let dir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "carrel-progress-"));
  cpSync("site.yaml", join(dir, "site.yaml"));
  cpSync("runbooks", join(dir, "runbooks"), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs carrel in this process with stderr said to be (or not be) a terminal. */
async function run(terminal: boolean, ...args: string[]) {
  let err = "";
  const code = await main(args, { out: () => {}, err: (t) => (err += t), terminal });
  return { code, err };
}

/** The progress lines of some stderr text, without their times. */
const phases = (err: string, command: string) =>
  err
    .split(/\r?\n/)
    .filter((l) => l.startsWith(`carrel ${command}: `))
    .map((l) => l.replace(/ \(\d+\.\d s so far\)$/, ""));

describe("progress on long runs", () => {
  it("says each phase of render and docs on a terminal, in order", async () => {
    const site = join(dir, "site.yaml");
    const render = await run(true, "render", site, "--out", join(dir, "out"));
    expect(render.code).toBe(0);
    expect(phases(render.err, "render")).toEqual([
      `carrel render: reading and checking ${site}`,
      "carrel render: rendering the configurations",
      `carrel render: writing 27 files to ${join(dir, "out")}`,
    ]);
    expect(render.err).toMatch(/^carrel render: reading and checking .* \(0\.\d s so far\)$/m);
    const docs = await run(true, "docs", site, "--out", join(dir, "docs"), "--date", "2026-11-23");
    expect(docs.code).toBe(0);
    expect(phases(docs.err, "docs")).toEqual([
      `carrel docs: reading and checking ${site}`,
      "carrel docs: rendering the configurations the docs link",
      "carrel docs: auditing the site",
      "carrel docs: building the pages",
      expect.stringMatching(/^carrel docs: writing \d+ files to .*docs$/),
    ]);
  });

  it("prints nothing extra when stderr is not a terminal", async () => {
    const render = await run(false, "render", join(dir, "site.yaml"), "--out", join(dir, "out"));
    expect(render.code).toBe(0);
    expect(phases(render.err, "render")).toEqual([]);
  });

  it("tells a real terminal from a pipe", () => {
    const args = [CARREL, "render", "site.yaml", "--out", "out2"];
    // stderr piped: the warnings line only
    const piped = spawnSync(process.execPath, args, { cwd: dir, encoding: "utf8" });
    expect(piped.status).toBe(0);
    expect(phases(piped.stderr, "render")).toEqual([]);
    // under a pseudo-terminal (util-linux script), the phases as well
    const quoted = [process.execPath, ...args].map((a) => `'${a}'`).join(" ");
    const tty = spawnSync("script", ["-qec", quoted, "/dev/null"], { cwd: dir, encoding: "utf8" });
    expect(tty.status).toBe(0);
    expect(phases(tty.stdout, "render")).toEqual([
      "carrel render: reading and checking site.yaml",
      "carrel render: rendering the configurations",
      "carrel render: writing 27 files to out2",
    ]);
  });
});
