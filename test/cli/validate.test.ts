import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { carrel } from "../helpers/cli.ts";
import { edit, EXAMPLE } from "../helpers/site.ts";

function siteFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "carrel-cli-"));
  writeFileSync(join(dir, "site.yaml"), text);
  return join(dir, "site.yaml");
}

describe("carrel validate", () => {
  it("exits 0 on the example and ends with the summary line", async () => {
    const run = await carrel("validate", "site.yaml");
    expect(run.code).toBe(0);
    const lines = run.out.trimEnd().split("\n");
    expect(lines.at(-1)).toMatch(
      /^Riverbend Public Library: 7 VLANs, 2 switches, 6 VMs, 30 desktops, 7 groups; valid(, \d+ warnings?)?$/,
    );
  });

  it("prints errors before warnings, each as FILE:LINE:COL  path  message, and exits 1", async () => {
    // given a mistake near the top while the example's warnings sit further down
    const file = siteFile(edit(EXAMPLE, "10.20.20.0/23", "10.20.20.5/23").text);
    const run = await carrel("validate", file);
    expect(run.code).toBe(1);
    const lines = run.out.trimEnd().split("\n");
    expect(lines[0]).toBe(
      `${file}:91:15  network.vlans[1].subnet  10.20.20.5/23 has host bits set; did you mean 10.20.20.0/23?`,
    );
    const firstWarning = lines.findIndex((l) => l.includes("  warning: "));
    const lastError = lines.findLastIndex(
      (l) => /:\d+:\d+ {2}/.test(l) && !l.includes("  warning: "),
    );
    expect(firstWarning).toBeGreaterThan(lastError);
    expect(lines.at(-1)).toMatch(/^.*site\.yaml: \d+ errors?, [1-9]\d* warnings?; not valid$/);
  });

  it("turns warnings into errors with --strict", async () => {
    const run = await carrel("validate", "site.yaml", "--strict");
    expect(run.code).toBe(1);
    expect(run.out).not.toContain("  warning: ");
  });

  it("refuses arguments it does not take", async () => {
    const run = await carrel("render", "site.yaml", "out");
    expect(run.code).toBe(2);
    expect(run.err).toContain("unexpected 'out'; did you mean an option such as --out?");
  });

  it("gives the same errors as JSON with --json", async () => {
    const file = siteFile(edit(EXAMPLE, "10.20.20.0/23", "10.20.20.5/23").text);
    const run = await carrel("validate", file, "--json");
    expect(run.code).toBe(1);
    const report = JSON.parse(run.out) as {
      valid: boolean;
      errors: { line: number; column: number; path: string; rule: string }[];
    };
    expect(report.valid).toBe(false);
    expect(report.errors[0]).toMatchObject({
      line: 91,
      column: 15,
      path: "network.vlans[1].subnet",
      rule: "R6",
    });
  });

  it("exits 2 for a missing file and for unknown flags or commands", async () => {
    expect((await carrel("validate", "/no/such/site.yaml")).code).toBe(2);
    expect((await carrel("validate", "--colour")).code).toBe(2);
    const unknown = await carrel("validat");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("unknown command 'validat'; did you mean 'validate'?");
  });

  it("prints the JSON Schema with carrel schema, the same as the shipped file", async () => {
    const run = await carrel("schema");
    expect(run.code).toBe(0);
    const shipped = execFileSync("cat", ["schema/site.schema.json"], { encoding: "utf8" });
    expect(run.out).toBe(shipped);
  });

  it("never shows a stack trace for bad input through the real command", () => {
    const file = siteFile("version: 1\nsite: [\n");
    const run = spawnSync(process.execPath, ["bin/carrel.mjs", "validate", file], {
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr + run.stdout).not.toMatch(/\bat .*\.ts:\d+/);
    expect(run.stdout).toContain("not valid");
  });
});
