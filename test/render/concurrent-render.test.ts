/**
 * Two `carrel render` processes writing one output folder at once: the second waits for
 * the first (or, told not to wait, stops with exit code 2), and the folder ends up holding
 * one whole output, never a mix of two.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { carrel } from "../helpers/cli.ts";
import { SITES } from "./sites.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const EXAMPLE_SITE = join(ROOT, "site.yaml");
const BRANCH_SITE = fileURLToPath(new URL(SITES.branch, import.meta.url));
const SLOW = fileURLToPath(new URL("./slow-write.mjs", import.meta.url));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "carrel-concurrent-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface Exit {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

/** A running `carrel render`: its exit, and what it has printed on stderr so far. */
interface Running extends Promise<Exit> {
  readonly stderr: () => string;
}

/** Starts `carrel render` in its own process; resolves when it exits. */
function render(site: string, out: string, env: Record<string, string> = {}): Running {
  let err = "";
  const exit = new Promise<Exit>((done, fail) => {
    const child = spawn(
      process.execPath,
      ["--import", SLOW, join(ROOT, "bin", "carrel.mjs"), "render", site, "--out", out],
      { env: { ...process.env, ...env } },
    );
    let out_ = "";
    child.stdout.on("data", (d: Buffer) => (out_ += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("error", fail);
    child.on("exit", (code) => done({ code, out: out_, err }));
  });
  return Object.assign(exit, { stderr: () => err });
}

/** Waits until a condition holds (polled), failing the test after 30 s. */
async function eventually(what: string, ok: () => boolean): Promise<void> {
  for (let i = 0; i < 600 && !ok(); i++) await new Promise((r) => setTimeout(r, 50));
  expect(ok(), what).toBe(true);
}

/** Every file under a folder, by relative path, with its content. */
function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    files[full.slice(folder.length + 1)] = readFileSync(full, "utf8");
  }
  return files;
}

/** What a render of `site` alone writes. */
async function reference(site: string, name: string): Promise<Record<string, string>> {
  const out = join(dir, name);
  expect((await carrel("render", site, "--out", out)).code).toBe(0);
  return snapshot(out);
}

describe("two renders into one folder at once", () => {
  it("the second waits for the first; the folder holds the second's whole output", async () => {
    // given what each site renders to on its own
    const branch = await reference(BRANCH_SITE, "branch");
    const example = await reference(EXAMPLE_SITE, "example");
    // when a render of the example holds the folder and the branch is rendered meanwhile
    const out = join(dir, "out");
    const release = join(dir, "release");
    const first = render(EXAMPLE_SITE, out, { CARREL_HOLD_UNTIL: release });
    await eventually("the first holds the lock", () => existsSync(`${out}.carrel-lock`));
    const second = render(BRANCH_SITE, out);
    await eventually("the second waits", () => second.stderr().includes("waiting"));
    writeFileSync(release, "");
    const [a, b] = await Promise.all([first, second]);
    // then both succeed, the second said it waited, and the folder is the branch's output
    expect(a.code).toBe(0);
    expect(a.err).not.toContain("waiting");
    expect(b.code).toBe(0);
    expect(b.err).toMatch(
      /^carrel render: waiting for another Carrel \(process \d+\) to finish writing .*out\n$/,
    );
    expect(snapshot(out)).toEqual(branch);
    expect(snapshot(out)).not.toEqual(example);
    expect(readdirSync(dir).sort()).toEqual(["branch", "example", "out", "release"]);
  });

  it("told not to wait, the second stops with exit code 2 and the first's output stays whole", async () => {
    const example = await reference(EXAMPLE_SITE, "example");
    const out = join(dir, "out");
    const release = join(dir, "release");
    const first = render(EXAMPLE_SITE, out, { CARREL_HOLD_UNTIL: release });
    await eventually("the first holds the lock", () => existsSync(`${out}.carrel-lock`));
    const second = await render(BRANCH_SITE, out, { CARREL_LOCK_WAIT: "0" });
    writeFileSync(release, "");
    expect(second.code).toBe(2);
    expect(second.err).toMatch(
      new RegExp(
        `^carrel render: another Carrel \\(process \\d+\\) is writing ${out}\\. Run again when it has finished; if no Carrel is running, delete ${out}\\.carrel-lock\\n$`,
      ),
    );
    expect((await first).code).toBe(0);
    expect(snapshot(out)).toEqual(example);
  });
});
