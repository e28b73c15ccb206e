/**
 * The hardening in rendered configurations, read back: with the render tests' parser (what
 * the file says matches the model's security facts, every line understood) and with the
 * running-config parser the audit uses (both parsers read the same hardening); variants
 * (HTTPS, SNMPv3, option 82, a site without the section) and the order that keeps a pasted
 * session alive.
 */
import { describe, expect, it } from "vitest";
import { parseRunningConfig, runningSecurity } from "../../../src/device/aruba/index.ts";
import { parseArubaConfig } from "../../../src/render/switch/index.ts";
import { ROUTED_EXAMPLE } from "../../helpers/routed-example.ts";
import { modelOf, withInSection, withoutSection } from "../../helpers/site.ts";
import { file, render } from "./rendered.ts";

const model = modelOf(ROUTED_EXAMPLE);
const sorted = (m: ReadonlyMap<string, number>) => [...m.keys()].sort();

describe("the hardening read back with the render tests' parser", () => {
  for (const name of ["core-sw1", "access-sw1"]) {
    it(`says on ${name} what the model says`, () => {
      const sec = model.security.switches.get(name)!;
      const parsed = parseArubaConfig(file(ROUTED_EXAMPLE, `${name}.cfg`));
      const s = parsed.security;
      expect(parsed.skipped).toEqual([]);
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
    const parsed = parseArubaConfig(file(ROUTED_EXAMPLE, "access-sw1.cfg"));
    expect(parsed.vlans.get(999)).toMatchObject({
      name: "parking",
      untagged: ["23", "24", "27", "28"],
    });
    expect(parsed.vlans.get(1)!.untagged).toEqual([]);
    expect([...parsed.disabled].sort()).toEqual(["23", "24", "27", "28"]);
  });
});

describe("the same files read with the running-config parser", () => {
  it("gives the same hardening, with every secret-free line kept for drift", () => {
    for (const name of ["core-sw1", "access-sw1"]) {
      const text = file(ROUTED_EXAMPLE, `${name}.cfg`);
      const running = runningSecurity(parseRunningConfig(text), text);
      const parsed = parseArubaConfig(text).security;
      const plain = (s: object) =>
        JSON.stringify(s, (k, v: unknown) =>
          k === "communities" ? undefined : v instanceof Map ? [...v].sort() : v,
        );
      expect(plain(running)).toBe(plain(parsed));
      expect(running.communities).toEqual([]);
    }
  });
});

describe("variants", () => {
  it("turns on HTTPS and SNMPv3 only when asked, and never writes a user", () => {
    const text = withInSection(
      ROUTED_EXAMPLE,
      "security",
      "  management: { web: ssl }\n  snmp: { v3: true }\n",
    );
    const cfg = file(text, "core-sw1.cfg");
    const s = parseArubaConfig(cfg).security;
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
    const text = withInSection(ROUTED_EXAMPLE, "security", "  dhcpSnooping: { option82: true }\n");
    expect(parseArubaConfig(file(text, "core-sw1.cfg")).security.option82?.value).toBe("keep");
    expect(parseArubaConfig(file(text, "access-sw1.cfg")).security.option82).toBeUndefined();
  });

  it("hardens a site without a security section too, and names the missing log host", () => {
    const bare = withoutSection(ROUTED_EXAMPLE, "security");
    const cfg = file(bare, "access-sw1.cfg");
    const s = parseArubaConfig(cfg).security;
    expect(s.snooping).toBeDefined();
    expect(s.logHosts).toEqual([]);
    expect(cfg).toContain("; No log host: site.yaml names none under security.logging.hosts.");
    expect(parseArubaConfig(cfg).vlans.has(999)).toBe(false);
  });

  it("gives identical bytes when rendered twice", () => {
    expect(render(ROUTED_EXAMPLE)).toEqual(render(ROUTED_EXAMPLE));
  });
});

describe("the order that keeps a pasted session", () => {
  const events = parseArubaConfig(file(ROUTED_EXAMPLE, "access-sw1.cfg")).events;
  const at = (command: string) => events.findIndex((e) => e.command === command);

  it("restricts management and turns telnet and plain web off only at the very end", () => {
    const lastDisable = events.map((e) => e.command).lastIndexOf("disable");
    const managers = at("ip authorized-managers 10.20.40.0 255.255.255.0 access manager");
    expect(managers).toBeGreaterThan(lastDisable);
    expect(at("no telnet-server")).toBeGreaterThan(managers);
    expect(at("no web-management")).toBe(events.length - 1);
    // SSH is on long before.
    expect(at("ip ssh")).toBeLessThan(at("trunk 25-26 trk1 lacp"));
  });

  it("marks the trusted ports before ARP protection starts, and names the VLANs before snooping", () => {
    const trunkTrust = events.findIndex(
      (e) => e.context === "interface trk1" && e.command === "arp-protect trust",
    );
    expect(trunkTrust).toBeLessThan(at("arp-protect"));
    expect(at("dhcp-snooping vlan 20 30 50 60 70")).toBeGreaterThan(
      events.findIndex((e) => e.context === "vlan 70"),
    );
    expect(at("dhcp-snooping")).toBeGreaterThan(at("dhcp-snooping vlan 20 30 50 60 70"));
  });
});
