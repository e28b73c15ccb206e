/**
 * The audit of running configurations, read with the parser import and drift use: the weak
 * legacy estate gets its findings at their lines; the example's rendered configurations get
 * none; and a weak site's rendered configurations show the same switch problems the audit of
 * its site.yaml finds.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runAudit } from "../../src/audit/run.ts";
import type { Finding } from "../../src/audit/report.ts";
import { siteStamp } from "../../src/output/index.ts";
import { renderSite } from "../../src/render/index.ts";
import { runningFolder } from "../drift/helpers.ts";
import { fixturePath } from "../import/fixtures.ts";
import { modelOf, TODAY } from "../helpers/site.ts";
import { EXAMPLE } from "../helpers/site.ts";
import { auditText, WEAK } from "./helpers.ts";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const LEGACY = fixturePath("legacy");
const at = (f: Finding) => `${f.running!.device}:${f.running!.line ?? "-"} ${f.check} ${f.message}`;

describe("the legacy estate", () => {
  const report = runAudit({ running: LEGACY, date: TODAY });
  const second = report.findings.filter((f) => f.running!.device === "mgpl-2nd-fl").map(at);

  it("finds the factory-default community, at its line, without repeating any other name", () => {
    expect(second).toContain(
      "mgpl-2nd-fl:74 snmp-v1-v2c the factory-default community 'public' gives SNMP v1/v2c read-only (operator), unrestricted access, its name sent in clear text: remove it ('no snmp-server community ...') and use SNMPv3",
    );
    const core = report.findings.filter(
      (f) => f.running!.device === "mgpl-core-5406" && f.check === "snmp-v1-v2c",
    );
    expect(core.map(at)).toEqual([
      "mgpl-core-5406:29 snmp-v1-v2c the factory-default community 'public' gives SNMP v1/v2c read-only (operator), unrestricted access, its name sent in clear text: remove it ('no snmp-server community ...') and use SNMPv3",
      "mgpl-core-5406:30 snmp-v1-v2c an SNMP community gives SNMP v1/v2c read-write (manager), unrestricted access, its name sent in clear text: remove it ('no snmp-server community ...') and use SNMPv3",
    ]);
    expect(JSON.stringify(report)).not.toContain("mgplRW2011");
  });

  it("finds telnet on and DHCP snooping off", () => {
    expect(second).toContain(
      "mgpl-2nd-fl:- ssh-only telnet is on (no 'no telnet-server' line): sign-ins cross the network in clear text",
    );
    expect(second).toContain(
      "mgpl-2nd-fl:- dhcp-snooping DHCP snooping is off (no 'dhcp-snooping' line): any device plugged in can hand out addresses",
    );
  });

  it("passes what a switch does turn off, and reads the public VLAN by its name", () => {
    const core = report.findings.filter((f) => f.running!.device === "mgpl-core-5406");
    expect(core.some((f) => f.message.startsWith("telnet is on"))).toBe(false);
    expect(core.map(at)).toContain(
      "mgpl-core-5406:161 isolated-public-vlans VLAN 30 'PUBLIC' is a public network routed here without an access list ('ip access-group ... in'): its devices reach every other network",
    );
    expect(second).toContain(
      "mgpl-2nd-fl:90 edge-protection public ports 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40 lack admin-edge-port, BPDU protection or loop protection: a patron's switch or a looped cable there can take the network down",
    );
  });

  it("skips the DHCP export and the zone, saying why", () => {
    expect(report.skipped.map((s) => s.file.split("/").pop())).toEqual([
      "mgpl.local.dns",
      "dc01.xml",
    ]);
  });
});

describe("the example's rendered configurations", () => {
  it("pass every running check", () => {
    const dir = runningFolder("example");
    dirs.push(dir);
    const report = auditText(EXAMPLE, { running: dir });
    expect(report.findings.filter((f) => f.running)).toEqual([]);
    expect(report.findings.filter((f) => f.severity === "high")).toEqual([]);
  });
});

describe("a weak site's rendered configurations", () => {
  it("show the switch problems the site audit finds", () => {
    const dir = mkdtempSync(join(tmpdir(), "carrel-audit-"));
    dirs.push(dir);
    const model = modelOf(WEAK);
    for (const f of renderSite(model, siteStamp("site.yaml", WEAK)))
      if (/^switches\/[^.]+\.cfg$/.test(f.path)) {
        mkdirSync(dirname(join(dir, f.path)), { recursive: true });
        writeFileSync(join(dir, f.path), f.content);
      }
    const running = runAudit({ running: dir, date: TODAY });
    const site = auditText(WEAK);
    const switchChecks = new Set([
      "isolated-public-vlans",
      "management-on-public-port",
      "snooping-trust",
      "edge-protection",
      "log-hosts",
    ]);
    const checks = (r: typeof running) =>
      [...new Set(r.findings.map((f) => f.check).filter((c) => switchChecks.has(c)))].sort();
    expect(checks(running)).toEqual(checks(site));
    expect(checks(running)).toEqual([...switchChecks].sort());
  });
});
