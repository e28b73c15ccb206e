/**
 * The hardening in rendered configurations, read back with the running-config parser the
 * audit uses (what the file says matches the model's security facts, every line understood,
 * no secret); variants (HTTPS, SNMPv3, option 82, a site without the section) and the order
 * that keeps a pasted session alive.
 */
import { describe, expect, it } from "vitest";
import { parseRunningConfig } from "../../../src/device/aruba/index.ts";
import { EXAMPLE, modelOf, withInSection, withoutSection } from "../../helpers/site.ts";
import { disabledPorts, members, readBack } from "./read-back.ts";
import { file, render } from "./rendered.ts";

const model = modelOf(EXAMPLE);
const sorted = (m: ReadonlyMap<string, number>) => [...m.keys()].sort();

describe("the hardening read back", () => {
  for (const name of ["core-sw1", "access-sw1"]) {
    it(`says on ${name} what the model says`, () => {
      const sec = model.security.switches.get(name)!;
      const { security: s, unknown } = readBack(file(EXAMPLE, `${name}.cfg`));
      expect(unknown).toEqual([]);
      expect(s.snooping).toBeDefined();
      expect([...s.snoopingVlans.keys()]).toEqual(sec.snoopingVlans);
      expect(s.authorizedServers.map((a) => a.value)).toEqual(sec.authorizedServers);
      expect(s.option82?.value).toBe("off");
      const ports = [...sec.ports.values()];
      const member = (p: (typeof ports)[number]) => p.lag ?? String(p.port);
      expect(sorted(s.snoopingTrust)).toEqual(
        [...new Set(ports.filter((p) => p.dhcpTrust !== "none").map(member))].sort(),
      );
      expect(sorted(s.arpTrust)).toEqual(
        [...new Set(ports.filter((p) => p.arpTrust).map(member))].sort(),
      );
      const edge = [...new Set(ports.filter((p) => p.edgeProtection).map(member))].sort();
      expect(sorted(s.adminEdge)).toEqual(edge);
      expect(sorted(s.bpduProtection)).toEqual(edge);
      expect(sorted(s.loopProtect)).toEqual(edge);
      expect([...s.arpVlans.keys()]).toEqual(sec.arpVlans);
      expect(s.managers.map((m) => `${m.network} ${m.mask}`)).toEqual(
        sec.managers.map((m) => `${m.network} ${m.mask}`),
      );
      expect(s.telnetOff).toBeDefined();
      expect(s.webPlaintextOff).toBeDefined();
      expect(s.webSsl).toBeUndefined();
      expect(s.ssh).toBeDefined();
      expect(s.consoleTimeout?.value).toBe(10);
      expect(s.banner?.value).toBe(model.security.banner.join("\n"));
      expect(s.logHosts.map((h) => h.value)).toEqual(["10.120.1.4"]);
      expect([s.logSeverity?.value, s.logFacility?.value]).toEqual(["info", "local7"]);
      expect(s.bpduTimeout?.value).toBe(300);
      expect(s.loopDisableTimer?.value).toBe(300);
      expect(s.snmpv3).toBeUndefined();
    });
  }

  it("puts unused ports in the parking VLAN, not VLAN 1", () => {
    const { config } = readBack(file(EXAMPLE, "access-sw1.cfg"));
    expect(config.vlans.get(999)!.name?.value).toBe("parking");
    expect(members(config.vlans.get(999)!.untagged)).toEqual(["23", "24", "27", "28"]);
    expect(members(config.vlans.get(1)!.untagged)).toEqual([]);
    expect(disabledPorts(config).sort()).toEqual(["23", "24", "27", "28"]);
  });
});

describe("the same files as secrets go", () => {
  it("hold no SNMP community and no other secret", () => {
    for (const name of ["core-sw1", "access-sw1"]) {
      const { config, security } = readBack(file(EXAMPLE, `${name}.cfg`));
      expect(security.communities).toEqual([]);
      expect(config.secrets).toEqual([]);
    }
  });
});

describe("variants", () => {
  it("turns on HTTPS and SNMPv3 only when asked, and never writes a user", () => {
    const text = withInSection(
      EXAMPLE,
      "security",
      "  management: { web: ssl }\n  snmp: { v3: true }\n",
    );
    const cfg = file(text, "core-sw1.cfg");
    const s = readBack(cfg).security;
    expect(s.webSsl).toBeDefined();
    expect(s.webPlaintextOff).toBeDefined();
    expect(s.snmpv3).toBeDefined();
    expect(s.snmpv3Only).toBeGreaterThan(s.snmpv3!);
    expect(cfg).not.toMatch(/snmpv3 user|snmpv3 group|community/);
    const runbook = file(text, "core-sw1.delivery.md");
    expect(runbook).toContain(
      'snmpv3 user "<user name>" auth sha "<authentication pass phrase>" priv aes "<privacy pass phrase>"',
    );
    expect(runbook).toContain("crypto pki enroll-self-signed certificate-name core-sw1");
  });

  it("keeps option 82 on the core and lets access switches add it, when asked", () => {
    const text = withInSection(EXAMPLE, "security", "  dhcpSnooping: { option82: true }\n");
    expect(readBack(file(text, "core-sw1.cfg")).security.option82?.value).toBe("keep");
    expect(readBack(file(text, "access-sw1.cfg")).security.option82).toBeUndefined();
  });

  it("hardens a site without a security section too, and names the missing log host", () => {
    const bare = withoutSection(EXAMPLE, "security");
    const cfg = file(bare, "access-sw1.cfg");
    const s = readBack(cfg).security;
    expect(s.snooping).toBeDefined();
    expect(s.logHosts).toEqual([]);
    expect(cfg).toContain("; No log host: site.yaml names none under security.logging.hosts.");
    expect(parseRunningConfig(cfg).vlans.has(999)).toBe(false);
  });

  it("gives identical bytes when rendered twice", () => {
    expect(render(EXAMPLE)).toEqual(render(EXAMPLE));
  });
});

describe("the order that keeps a pasted session", () => {
  const events = parseRunningConfig(file(EXAMPLE, "access-sw1.cfg")).commands;
  const at = (command: string) => events.findIndex((e) => e.text === command);

  it("restricts management and turns telnet and plain web off only at the very end", () => {
    const lastDisable = events.map((e) => e.text).lastIndexOf("disable");
    const managers = at("ip authorized-managers 10.20.40.0 255.255.255.0 access manager");
    expect(managers).toBeGreaterThan(lastDisable);
    expect(at("no telnet-server")).toBeGreaterThan(managers);
    expect(at("no web-management")).toBe(events.length - 1);
    // SSH is on long before.
    expect(at("ip ssh")).toBeLessThan(at("trunk 25-26 trk1 lacp"));
  });

  it("marks the trusted ports before ARP protection starts, and names the VLANs before snooping", () => {
    const trunkTrust = events.findIndex(
      (e) => e.context === "interface Trk1" && e.text === "arp-protect trust",
    );
    expect(trunkTrust).toBeGreaterThanOrEqual(0);
    expect(trunkTrust).toBeLessThan(at("arp-protect"));
    expect(at("dhcp-snooping vlan 20 30 50 60 70")).toBeGreaterThan(
      events.findIndex((e) => e.context === "vlan 70"),
    );
    expect(at("dhcp-snooping")).toBeGreaterThan(at("dhcp-snooping vlan 20 30 50 60 70"));
  });
});
