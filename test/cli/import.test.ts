import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { carrel } from "../helpers/cli.ts";
import { fixturePath, LEGACY_ESTATE } from "../import/fixtures.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "carrel-import-cli-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const estate = LEGACY_ESTATE.map(fixturePath);

describe("carrel import", () => {
  it("writes the draft and prints the report, then what the validator says", async () => {
    const out = join(dir, "site.yaml");
    const run = await carrel(
      "import",
      ...estate,
      "--out",
      out,
      "--name",
      "Maple Grove Public Library",
    );
    expect(run.out).toMatch(
      /^Read 5 inputs:\n {2}mgpl-core-5406\.cfg {2}ArubaOS-Switch running-config\n/,
    );
    expect(run.out).toContain("\nSecrets not copied (11):\n");
    expect(run.out).toContain(`\nWrote the draft to ${out}. The validator says:\n`);
    expect(readFileSync(out, "utf8")).toMatch(
      /^# Draft written by carrel import from:\n# {3}mgpl-core-5406\.cfg, /,
    );
    expect(run.code).toBe(run.out.endsWith("; valid\n") ? 0 : 1);
  });

  it("exits 1 when the draft has problems to fill in, and lists them", async () => {
    const out = join(dir, "site.yaml");
    const run = await carrel("import", fixturePath("formats/isc-legacy.conf"), "--out", out);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/site\.yaml:\d+:\d+ {2}site\.name {2}/);
    expect(readFileSync(out, "utf8")).toContain(
      "name: null # fill in: the library's name, or give --name",
    );
  });

  it("does not replace an existing file without --force", async () => {
    const out = join(dir, "site.yaml");
    writeFileSync(out, "version: 1\n");
    const run = await carrel("import", ...estate, "--out", out);
    expect(run.code).toBe(2);
    expect(run.err).toContain(
      `${out} already exists; choose another --out, or add --force to replace it`,
    );
    expect(readFileSync(out, "utf8")).toBe("version: 1\n");
  });

  it("writes the report to a file and gives JSON for tools", async () => {
    const out = join(dir, "site.yaml");
    const report = join(dir, "import-report.txt");
    const run = await carrel(
      "import",
      ...estate,
      "--out",
      out,
      "--report",
      report,
      "--json",
      "--name",
      "x",
    );
    const json = JSON.parse(run.out) as {
      inputs: unknown[];
      notes: { topic: string }[];
      written: string;
    };
    expect(json.inputs).toHaveLength(5);
    expect(json.written).toBe(out);
    expect(json.notes.filter((n) => n.topic === "secret")).toHaveLength(11);
    expect(readFileSync(report, "utf8")).toMatch(/^Read 5 inputs:/);
  });

  it("needs something to import", async () => {
    const run = await carrel("import", "--out", join(dir, "site.yaml"));
    expect(run.code).toBe(2);
    expect(run.err).toContain("give the files to import");
  });
});
