/**
 * The `security:` section's checks, each at its value's line with its exact words. New keys
 * are appended to the example's own section, which is the last in the file.
 */
import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found, withInSection } from "../../helpers/site.ts";

/** The example with lines added to its `security:` section, and the first added line's number. */
/** The example with `lines` at the top of its security: section, and the first one's line. */
function withSecurity(lines: string): { text: string; line: number } {
  const header = EXAMPLE.split("\n").findIndex((l) => l.startsWith("security:")) + 1;
  return { text: withInSection(EXAMPLE, "security", lines), line: header + 1 };
}

describe("the security section", () => {
  it("is valid in the example", () => {
    expect(found(check(EXAMPLE), "security")).toEqual([]);
  });

  it("refuses a parking VLAN a site VLAN already uses", () => {
    const e = edit(EXAMPLE, "parkingVlan: 999", "parkingVlan: 30");
    expect(found(check(e.text), "security")).toEqual([
      `${e.line}:18 security.unusedPorts.parkingVlan VLAN 30 is 'public'; the parking VLAN must be an id no site VLAN uses`,
    ]);
  });

  it("names a log host it does not know, with a suggestion", () => {
    const e = edit(EXAMPLE, "hosts: [10.120.1.4]", "hosts: [rbpl-dhcp1]");
    expect(found(check(e.text), "security")).toEqual([
      `${e.line}:13 security.logging.hosts[0] 'rbpl-dhcp1' is no host, VM or reservation declared in this file; did you mean 'rbpl-dhcp01'?`,
    ]);
  });

  it("wants the collector's address for log-analytics", () => {
    const e = edit(EXAMPLE, "hosts: [10.120.1.4]", "hosts: [log-analytics]");
    expect(found(check(e.text), "security")).toEqual([
      `${e.line}:13 security.logging.hosts[0] log-analytics names the Log Analytics collector, but azure.logAnalytics.collector gives no address; add it (the syslog forwarder's address)`,
    ]);
  });

  it("refuses an undeclared address inside a site subnet", () => {
    const e = edit(EXAMPLE, "hosts: [10.120.1.4]", "hosts: [10.20.10.77]");
    expect(found(check(e.text), "security")).toEqual([
      `${e.line}:13 security.logging.hosts[0] 10.20.10.77 is inside a site subnet but is no declared host or VM; declare the log host under its VLAN's hosts`,
    ]);
  });

  it("suggests the network address of an admin subnet with host bits", () => {
    const { text, line } = withSecurity("  management:\n    adminSubnets: [10.20.21.5/26]\n");
    expect(found(check(text), "security")).toEqual([
      `${line + 1}:20 security.management.adminSubnets[0] 10.20.21.5/26 has host bits set; did you mean 10.20.21.0/26?`,
    ]);
  });

  it("checks firmware minimums against models and families", () => {
    const e = edit(
      EXAMPLE,
      "    WC: WC.16.11.0020",
      "    WC: YA.16.11.0020\n    aruba-2930f-24g-poe: WC.16.11.0020",
    );
    expect(found(check(e.text), "security")).toEqual([
      `${e.line}:9 security.firmwareMinimum.WC release YA.16.11.0020 is not of family WC; a minimum for WC is written like WC.16.11.0025`,
      `${e.line + 1}:26 security.firmwareMinimum.aruba-2930f-24g-poe 'aruba-2930f-24g-poe' is neither a switch model this site uses nor a software family (WC, YC, YA); did you mean 'aruba-2930f-24g-poe-4sfpp'?`,
    ]);
  });

  it("refuses banner text the switch's quotes cannot hold", () => {
    const { text, line } = withSecurity(
      '  management:\n    banner:\n      - Staff only\n      - \'Say "hi"\'\n      - "; not a comment"\n',
    );
    expect(found(check(text), "schema")).toEqual([
      `${line + 3}:9 security.management.banner[1] holds a double quote ("), which the switch's quoted banner cannot hold`,
      `${line + 4}:9 security.management.banner[2] starts with ; or !, which a configuration file reads as a comment`,
    ]);
  });

  it("warns that ARP protection needs DHCP snooping on its VLAN", () => {
    const e = edit(
      EXAMPLE,
      "      purpose: servers            # servers",
      "      security: { arpProtection: true }\n      purpose: servers            # servers",
    );
    expect(found(check(e.text), "security")).toEqual([
      `${e.line}:34 network.vlans[0].security.arpProtection warning: ARP protection trusts only addresses DHCP snooping has seen handed out, and VLAN 'servers' has no DHCP: it is left off here, or it would cut every device off`,
    ]);
  });
});
