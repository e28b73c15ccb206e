/**
 * The isolation access lists, read back from rendered core configurations. A routed ACL on a
 * VLAN sees only packets entering from that VLAN, and remembers no connection, so each shape of
 * flow needs its own entries: tested here on the flows fixture and the example.
 */
import { describe, expect, it } from "vitest";
import { normaliseAclRule, parseRunningConfig } from "../../../src/device/aruba/index.ts";
import { EXAMPLE } from "../../helpers/site.ts";
import { file, FLOWS } from "./rendered.ts";

const ANY = "0.0.0.0 255.255.255.255";

/** The entries of one ACL of a rendered core. */
function acl(text: string, core: string, name: string): string[] {
  return parseRunningConfig(file(text, `${core}.cfg`))
    .acls.get(name)!
    .entries.map((e) => e.rule);
}

/** What kind of entry a rule is, in the order the list must keep. */
function kind(rule: string): string {
  if (/^deny (tcp|udp) \S+ \S+ \S+ 0\.0\.0\.0 eq (22|23|80|443|161)$/.test(rule))
    return "management";
  if (/eq 6[78]|eq 53$|eq 123$/.test(rule)) return "services";
  if (rule.startsWith("permit ip")) return "internet";
  if (rule.startsWith("deny ip")) return "private";
  return "allows";
}

describe("the isolation access list", () => {
  const publicAcl = acl(EXAMPLE, "core-sw1", "isolate-public");

  it("refuses switch management, then allows services and flows, then refuses private ranges, then the internet", () => {
    const kinds = publicAcl.map(kind).filter((k, i, all) => k !== all[i - 1]);
    expect(kinds).toEqual(["management", "services", "allows", "private", "internet"]);
    expect(publicAcl.at(-1)).toBe(`permit ip ${ANY} ${ANY}`);
  });

  it("refuses SSH, telnet, web and SNMP on every address a switch answers on", () => {
    const denied = new Set(
      publicAcl.filter((r) => kind(r) === "management").map((r) => r.split(" ")[4]),
    );
    // every VLAN gateway (held by the core) and the access switch's management address
    expect([...denied]).toEqual([
      "10.20.10.1",
      "10.20.20.1",
      "10.20.30.1",
      "10.20.40.1",
      "10.20.40.3",
      "10.20.60.1",
      "10.20.70.1",
      "10.20.80.1",
    ]);
    expect(publicAcl.slice(0, 5)).toEqual([
      `deny tcp ${ANY} 10.20.10.1 0.0.0.0 eq 22`,
      `deny tcp ${ANY} 10.20.10.1 0.0.0.0 eq 23`,
      `deny tcp ${ANY} 10.20.10.1 0.0.0.0 eq 80`,
      `deny tcp ${ANY} 10.20.10.1 0.0.0.0 eq 443`,
      `deny udp ${ANY} 10.20.10.1 0.0.0.0 eq 161`,
    ]);
  });

  it("denies the private ranges in the wildcard form the switch prints", () => {
    expect(publicAcl.filter((r) => kind(r) === "private")).toEqual([
      `deny ip ${ANY} 10.0.0.0 0.255.255.255`,
      `deny ip ${ANY} 172.16.0.0 0.15.255.255`,
      `deny ip ${ANY} 192.168.0.0 0.0.255.255`,
    ]);
  });

  it("lets guests ask only the DNS servers they are handed, which are outside the library", () => {
    const guests = acl(EXAMPLE, "core-sw1", "isolate-guest-wifi");
    expect(guests.filter((r) => kind(r) === "services")).toEqual([
      `permit udp ${ANY} eq 68 ${ANY} eq 67`,
      `permit udp ${ANY} 10.20.10.10 0.0.0.0 eq 123`,
    ]);
  });

  it("lets a VLAN open connections with one permit: the replies enter from the other VLAN", () => {
    const rules = acl(FLOWS, "lsl-core", "isolate-public").filter((r) => kind(r) === "allows");
    expect(rules).toEqual([
      `permit tcp ${ANY} 10.50.10.10 0.0.0.0 eq 88`,
      `permit tcp ${ANY} 10.50.10.10 0.0.0.0 eq 389`,
      `permit tcp ${ANY} 10.50.10.10 0.0.0.0 eq 445`,
      `permit tcp ${ANY} 10.50.10.10 0.0.0.0 eq 636`,
      `permit tcp ${ANY} 10.50.10.14 0.0.0.0 eq 445`,
      `permit tcp ${ANY} 10.50.40.10 0.0.0.0 eq 9100`,
    ]);
  });

  it("lets cameras answer the recorder, from the listed ports, on established connections only", () => {
    const rules = acl(FLOWS, "lsl-core", "isolate-cameras").filter((r) => kind(r) === "allows");
    expect(rules).toEqual([
      `permit tcp ${ANY} eq 80 10.50.10.20 0.0.0.0 established`,
      `permit tcp ${ANY} eq 443 10.50.10.20 0.0.0.0 established`,
      `permit tcp ${ANY} eq 554 10.50.10.20 0.0.0.0 established`,
    ]);
  });

  it("gives the other half of a flow between two isolated VLANs to the other VLAN's list", () => {
    // public PCs print to the label printer on the isolated printers VLAN: its answers enter there
    const rules = acl(FLOWS, "lsl-core", "isolate-printers").filter((r) => kind(r) === "allows");
    expect(rules).toEqual([
      `permit tcp 10.50.40.10 0.0.0.0 eq 9100 10.50.30.0 0.0.0.255 established`,
    ]);
  });

  it("applies each list inbound on its VLAN, and only on the core", () => {
    const core = parseRunningConfig(file(FLOWS, "lsl-core.cfg"));
    expect(
      [...core.vlans.values()].flatMap((v) =>
        v.accessGroups.map((g) => [v.id, g.name, g.direction]),
      ),
    ).toEqual([
      [30, "isolate-public", "in"],
      [40, "isolate-printers", "in"],
      [50, "isolate-cameras", "in"],
    ]);
    expect(parseRunningConfig(file(FLOWS, "lsl-hall.cfg")).acls.size).toBe(0);
  });
});

describe("the notation of a rendered entry", () => {
  it("is the wildcard form the switch prints, so a config read back compares line for line", () => {
    for (const rule of acl(FLOWS, "lsl-core", "isolate-printers")) {
      // every address with its wildcard mask: no `any`, `host` or `/len`, lower case, one space
      expect(rule).not.toMatch(/\/|\bany\b|\bhost\b|[A-Z]|\s{2}/);
      const addresses = rule.match(/\d+\.\d+\.\d+\.\d+/g) ?? [];
      expect(addresses.length % 2, rule).toBe(0);
    }
  });

  it("compares equal to the same entry typed in any form the switch accepts", () => {
    expect(normaliseAclRule(`deny ip ${ANY} 10.0.0.0 0.255.255.255`)).toBe(
      normaliseAclRule("deny ip any 10.0.0.0/8"),
    );
    expect(normaliseAclRule("permit tcp 10.1.2.3 0.0.0.0 eq 22 10.9.0.0 0.0.255.255")).toBe(
      normaliseAclRule("PERMIT tcp host 10.1.2.3 eq 22   10.9.0.0/16"),
    );
  });
});
