import { describe, expect, it } from "vitest";
import { bracketProblem, cmdletCalls, stripStringsAndComments } from "../powershell.ts";
import { loadTestSite, renderTestSite } from "../sites.ts";

describe("Windows DNS script", () => {
  const script = renderTestSite("example").find((f) => f.path === "dns/windows-dns.ps1")!.content;
  const code = stripStringsAndComments(script);
  const calls = cmdletCalls(script);
  const changes = calls.filter((c) => c.cmdlet.startsWith("Add-"));

  it("supports -WhatIf and has balanced brackets", () => {
    expect(code).toMatch(/^\[CmdletBinding\(SupportsShouldProcess\)\]$/m);
    expect(bracketProblem(script)).toBeUndefined();
  });

  it("reads zones and records before it adds them, and asks ShouldProcess first", () => {
    const lines = code.split("\n");
    expect(changes.map((c) => c.cmdlet)).toEqual([
      "Add-DnsServerPrimaryZone",
      "Add-DnsServerPrimaryZone",
      "Add-DnsServerResourceRecordA",
      "Add-DnsServerResourceRecordPtr",
    ]);
    for (const change of changes) {
      const read = change.cmdlet.startsWith("Add-DnsServerPrimaryZone")
        ? "Get-DnsServerZone"
        : "Get-DnsServerResourceRecord";
      const before = calls.filter((c) => c.line < change.line).map((c) => c.cmdlet);
      expect(before, `${change.cmdlet} on line ${change.line}`).toContain(read);
      const guard = lines.slice(Math.max(0, change.line - 7), change.line).join("\n");
      expect(guard).toContain("$PSCmdlet.ShouldProcess(");
    }
    expect(calls.filter((c) => c.cmdlet.startsWith("Remove-"))).toEqual([]);
  });

  it("makes the zones AD-integrated, reverse zones by network", () => {
    expect(script).toContain("-ReplicationScope Domain -DynamicUpdate Secure");
    expect(script).toContain("@{ Name = 'ad.rbpl.org'; NetworkId = '' }");
    expect(script).toContain("@{ Name = '21.20.10.in-addr.arpa'; NetworkId = '10.20.21.0/24' }");
  });

  it("lists the same A and PTR records as the zone files", () => {
    expect(script).toContain(
      "@{ Zone = 'ad.rbpl.org'; Name = 'vcenter'; IPv4Address = '10.20.10.5' }",
    );
    expect(script).toContain(
      "@{ Zone = '10.20.10.in-addr.arpa'; Name = '12'; Target = 'rbpl-dhcp01.ad.rbpl.org.' }",
    );
    // every record of the model's zones, and nothing else
    const { dns } = loadTestSite("example").model;
    expect(script.match(/IPv4Address = '/g)).toHaveLength(dns.forward.records.length);
    for (const r of dns.forward.records)
      expect(script).toContain(`Name = '${r.name}'; IPv4Address = '${r.value}' }`);
    const ptrs = dns.reverse.flatMap((z) => z.records);
    expect(script.match(/Target = '/g)).toHaveLength(ptrs.length);
  });
});
