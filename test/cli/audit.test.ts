/**
 * `carrel audit` from the command line: exit 0 with nothing at or above --fail-on, 1 with
 * something, 2 on bad input; the text and JSON reports.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { carrel } from "../helpers/cli.ts";
import { fixturePath } from "../import/fixtures.ts";

const WEAK = "test/fixtures/sites/weak/site.yaml";
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("carrel audit", () => {
  it("exits 0 on the example: nothing high", async () => {
    const run = await carrel("audit", "site.yaml");
    expect(run.code).toBe(0);
    expect(run.out).toMatch(
      /\nsite\.yaml: 25 checks as of 2026-11-23; 0 high, 2 medium, 3 low findings; 19 passed, 2 not applicable; nothing at or above high\n$/,
    );
    expect(run.out).toContain("What these checks mean:\n  backup-coverage (medium): ");
  });

  it("exits 1 when --fail-on is lowered to what the example has", async () => {
    const run = await carrel("audit", "site.yaml", "--fail-on", "medium");
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/failing: findings at or above medium\n$/);
  });

  it("exits 1 on the weak site, each finding at FILE:LINE:COL", async () => {
    const run = await carrel("audit", WEAK);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(
      /^test\/fixtures\/sites\/weak\/site\.yaml:\d+:16 {2}network\.vlans\[1\]\.purpose {2}high {2}isolated-public-vlans {2}VLAN 'public' is a public network/m,
    );
  });

  it("audits running configurations alone with --running", async () => {
    const run = await carrel("audit", "--running", fixturePath("legacy"));
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/mgpl-2nd-fl\.cfg:74 {2}mgpl-2nd-fl {2}high {2}snmp-v1-v2c {2}/);
    expect(run.out).not.toMatch(/^site\.yaml/m);
  });

  it("gives the same report as JSON for CI", async () => {
    const run = await carrel("audit", WEAK, "--json");
    const json = JSON.parse(run.out) as {
      failing: boolean;
      checks: { id: string; state: string; explanation: string }[];
      findings: { check: string; line: number; path: string; severity: string }[];
    };
    expect(run.code).toBe(1);
    expect(json.failing).toBe(true);
    expect(json.checks).toHaveLength(25);
    expect(json.checks.find((c) => c.id === "vpn-sku")!.state).toBe("found");
    expect(json.findings.find((f) => f.check === "vpn-sku")).toMatchObject({
      path: "azure.vpn.sku",
      severity: "medium",
    });
  });

  it("exits 2 on a bad level, a missing folder, an invalid site or an unusable config", async () => {
    const level = await carrel("audit", "site.yaml", "--fail-on", "critical");
    expect(level.code).toBe(2);
    expect(level.err).toContain("--fail-on 'critical' is not a level; use high, medium or low");
    const folder = await carrel("audit", "--running", "no-such-folder");
    expect(folder.code).toBe(2);
    expect(folder.err).toContain("--running no-such-folder is not a folder");
    const dir = mkdtempSync(join(tmpdir(), "carrel-audit-cli-"));
    dirs.push(dir);
    writeFileSync(join(dir, "site.yaml"), "version: 1\nsite: {}\n");
    const invalid = await carrel("audit", join(dir, "site.yaml"));
    expect(invalid.code).toBe(2);
    writeFileSync(join(dir, "cut.cfg"), 'hostname "cut"\nvlan 10\n   name "x"\n   untagged 1-4\n');
    const cut = await carrel("audit", "--running", dir);
    expect(cut.code).toBe(2);
    expect(cut.err).toContain("carrel audit: the running configurations cannot be audited");
  });
});
