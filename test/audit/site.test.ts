/**
 * The audit of site.yaml: the example is clean of high findings; the deliberately weak site
 * gets every finding it was built to get, each at the line that causes it; states and dates.
 */
import { describe, expect, it } from "vitest";
import { CHECKS } from "../../src/audit/catalogue.ts";
import { EXAMPLE } from "../helpers/site.ts";
import { auditText, lineOf, siteLine, WEAK } from "./helpers.ts";

describe("the example", () => {
  const report = auditText(EXAMPLE);

  it("has no high finding", () => {
    expect(report.findings.filter((f) => f.severity === "high")).toEqual([]);
  });

  it("has only the findings its data calls for", () => {
    expect(report.findings.map((f) => f.check).sort()).toEqual([
      "asset-lifespan",
      "backup-coverage",
      "firmware-unknown",
      "firmware-unknown",
      "renewals-soon",
    ]);
  });

  it("gives every check of the catalogue a state", () => {
    expect(report.results.map((r) => r.check)).toEqual(CHECKS.map((c) => c.id));
    const state = (id: string) => report.results.find((r) => r.check === id)!.state;
    expect(state("isolated-public-vlans")).toBe("passed");
    expect(state("dhcp-snooping")).toBe("passed");
    expect(state("asset-lifespan")).toBe("found");
    expect(state("unused-ports")).toBe("not-applicable");
  });

  it("leaves the date checks not checked without a date", () => {
    const undated = auditText(EXAMPLE, { date: null });
    const state = (id: string) => undated.results.find((r) => r.check === id)!;
    expect(state("licences-expired")).toMatchObject({ state: "not-checked" });
    expect(state("asset-lifespan").state).toBe("not-checked");
  });
});

describe("the deliberately weak site", () => {
  const report = auditText(WEAK);
  const found = report.findings.map(siteLine);
  // The first line starting (after its indentation) with the text.
  const line = (needle: string) => lineOf(WEAK, needle);

  it("finds the public VLAN not isolated, at its purpose", () => {
    expect(found).toContain(
      `${line("      purpose: public")}:16 network.vlans[1].purpose isolated-public-vlans VLAN 'public' is a public network but is not isolated: its devices can reach staff PCs, servers and the switches; set isolated: true`,
    );
  });

  it("finds the management VLAN untagged on a public port", () => {
    expect(found).toContain(
      `${line("          untagged: management")}:21 network.switches[0].ports[2].untagged management-on-public-port wbl-core ports 13-14 are public ports and carry the management VLAN 'management' untagged: anyone plugging in there reaches the switches' management`,
    );
  });

  it("finds no log host, where the security section starts", () => {
    expect(found).toContain(
      `${line("security:")}:1 security.logging.hosts log-hosts the switches send their logs nowhere: name a log host under security.logging.hosts (a declared host, or log-analytics)`,
    );
  });

  it("finds the old firmware, at the release written", () => {
    expect(found).toContain(
      `${line("      firmware: WC.16.10.0009")}:17 network.switches[0].firmware firmware-minimum wbl-core runs WC.16.10.0009, older than the minimum WC.16.11.0020 for WC: upgrade it`,
    );
  });

  it("finds the expired licence and contract", () => {
    expect(found).toContain(
      `${line("      renews: 2025-01-31")}:15 inventory.licenses[0].renews licences-expired licence 'Old antivirus' ended on 2025-01-31, 661 days ago: renew it, or record the new date`,
    );
    expect(found).toContain(
      `${line("      contractEnds: 2025-06-30")}:21 site.vendors[0].contractEnds licences-expired Old Switch Co's contract OSC-1 ended on 2025-06-30, 511 days ago: renew it, or record the new date`,
    );
  });

  it("finds the trusted, unprotected public port and the rest", () => {
    expect(report.findings.map((f) => `${f.check} ${f.site!.line}`).sort()).toEqual(
      [
        `backup-immutable ${line("      target: NAS")}`,
        `edge-protection ${line("            edgeProtection: false")}`,
        `firmware-minimum ${line("      firmware: WC.16.10.0009")}`,
        `guest-dns ${line("        dns: [10.30.10.10]")}`,
        `isolated-public-vlans ${line("      purpose: public")}`,
        `licences-expired ${line("      contractEnds: 2025-06-30")}`,
        `licences-expired ${line("      renews: 2025-01-31")}`,
        `log-hosts ${line("security:")}`,
        `log-retention ${line("    retentionDays: 30")}`,
        `management-on-public-port ${line("          untagged: management")}`,
        `snooping-trust ${line("            trusted: true")}`,
        `vpn-sku ${line("    sku: Basic")}`,
      ].sort(),
    );
  });
});
