import { describe, expect, it } from "vitest";
import {
  parseRunningConfig,
  portView,
  runningSecurity,
  unknownLines,
} from "../../../src/device/aruba/index.ts";
import { fixtureText } from "../../import/fixtures.ts";

describe("parseRunningConfig on the legacy 5406R core", () => {
  const config = parseRunningConfig(fixtureText("legacy/mgpl-core-5406.cfg"));

  it("reads the header, hostname and hardware lines with their lines", () => {
    expect(config.header).toEqual({ partNumber: "J9850A", release: "KB.16.10.0009", line: 3 });
    expect(config.hostname).toEqual({ value: "mgpl-core-5406", line: 6 });
    expect(config.hardware.map((h) => `${h.line} ${h.kind} ${h.slot} ${h.type}`)).toEqual([
      "7 module A J9986A",
      "8 module B J9986A",
      "9 module F J9993A",
    ]);
  });

  it("reads VLANs with the line of each membership, address and relay", () => {
    const staff = config.vlans.get(20)!;
    expect(staff.name).toEqual({ value: "STAFF", line: 151 });
    expect(staff.untagged.get("A13")).toBe(152);
    expect(staff.tagged.get("trk1")).toBe(153);
    expect(staff.addresses).toEqual([{ ip: "10.40.20.1", prefix: 24, line: 154 }]);
    expect(staff.helpers).toEqual([{ value: "10.40.1.10", line: 155 }]);
    expect(config.vlans.get(40)!.accessGroups).toEqual([
      { name: "GUEST-ISOLATE", direction: "in", line: 169 },
    ]);
  });

  it("sees a trunk's VLANs on its member ports, and port settings", () => {
    const view = portView(config);
    expect(view.get("F1")!.trunk?.name).toBe("trk1");
    expect(view.get("F1")!.tagged.map((m) => m.vlan)).toEqual([20, 30, 40, 50, 99]);
    expect(view.get("A1")!.name).toEqual({ value: "DC01 (do not unplug!)", line: 41 });
    expect(view.get("A1")!.poeOff).toBe(42);
    expect(view.get("A24")!.disabled).toBe(88);
  });

  it("keeps only the kind and line of every secret, never its text", () => {
    expect(config.secrets).toEqual([
      { line: 29, what: "an SNMP community" },
      { line: 30, what: "an SNMP community" },
      { line: 33, what: "an SNMP trap receiver and its community" },
      { line: 34, what: "a RADIUS or TACACS+ key" },
      { line: 191, what: "a local password" },
    ]);
    expect(JSON.stringify(config)).not.toMatch(/mgplRW2011|mgplTrap|Lib-Radius-Key|5baa61e4/);
  });

  it("lists lines it does not model with the block they are in", () => {
    const lines = config.unmodelled.map((u) => `${u.line} ${u.context ?? "-"} | ${u.text}`);
    expect(lines).toContain("19 - | no telnet-server");
    expect(lines).toContain("37 oobm | ip address dhcp-bootp");
    expect(lines).toContain("58 interface A5 | speed-duplex 1000-full");
    expect(lines).toContain("177 vlan 50 | voice");
    // A banner over two lines is one command at its first line.
    expect(config.unmodelled.find((u) => u.line === 22)?.text).toMatch(
      /^banner motd "Maple Grove.*\nAuthorized staff only/,
    );
  });

  it("reads routing, routes, time and spanning tree", () => {
    expect(config.ipRouting).toBe(15);
    expect(config.routes.map((r) => `${r.destination} via ${r.nextHop}`)).toEqual([
      "0.0.0.0/0 via 10.40.1.254",
      "192.168.77.0/24 via 10.40.1.250",
    ]);
    expect(config.timezone).toEqual({ value: -360, line: 24 });
    expect(config.daylightRule?.value).toBe("continental-us-and-canada");
    expect(config.timeServers).toEqual([
      { ip: "10.40.1.10", priority: 1, protocol: "sntp", line: 28 },
    ]);
    expect(config.stpPriority).toEqual({ value: 1, line: 185 });
    expect(config.problems).toEqual([]);
  });
});

describe("parseRunningConfig on other shapes", () => {
  it("reads a pasted config: prompts, a title, sub-commands without indentation", () => {
    const config = parseRunningConfig(fixtureText("formats/procurve-2610-pasted.txt"));
    expect(config.problems).toEqual([]);
    expect(config.hostname?.value).toBe("HP 2610 Lobby");
    expect([...config.vlans.get(5)!.untagged.keys()]).toEqual(["23", "24"]);
    expect(config.vlans.get(1)!.untagged.has("23")).toBe(false);
    expect(config.interfaces.get("23")!.name?.value).toBe("Kiosk 1");
    expect(config.acls.get("10")!.entries).toEqual([
      { rule: "permit 10.0.0.0 0.0.0.255", line: 20 },
    ]);
    expect(config.timeServers.map((t) => t.ip)).toEqual(["10.0.0.10"]);
  });

  it("reads a stack's members and member ports", () => {
    const config = parseRunningConfig(fixtureText("formats/stack-2920.cfg"));
    expect(config.hardware.map((h) => `${h.kind} ${h.slot} ${h.type}`)).toEqual([
      "member 1 J9729A",
      "member 2 J9729A",
    ]);
    expect(config.trunks.get("trk1")!.members).toEqual(["1/47", "2/47"]);
    expect(config.vlans.get(10)!.untagged.has("1/24")).toBe(true);
  });

  it("says where a file is cut off inside a block", () => {
    const config = parseRunningConfig(fixtureText("bad/truncated-core.cfg"));
    expect(config.problems).toEqual([
      {
        line: 152,
        message:
          "the file ends inside the 'vlan 20' block that starts at line 150: it looks cut off; copy the whole output of 'show running-config' again",
      },
    ]);
  });

  it("says a file without VLAN 1 is not a whole running-config", () => {
    const config = parseRunningConfig('hostname "x"\nvlan 20\n   name "staff"\n   exit\n');
    expect(config.problems.map((p) => p.line)).toEqual([4]);
    expect(config.problems[0]!.message).toMatch(/^there is no 'vlan 1' block/);
  });

  it("says a pager prompt in a paste may have lost lines", () => {
    const config = parseRunningConfig(
      'vlan 1\n   name "DEFAULT_VLAN"\n-- MORE --, next page: Space\n   exit\n',
    );
    expect(config.problems[0]).toMatchObject({ line: 3 });
  });

  it("reads nested blocks (vrrp inside a VLAN) as lines of that block", () => {
    const config = parseRunningConfig(
      [
        "vlan 1",
        "   ip address 10.0.0.2 255.255.255.0",
        "   vrrp vrid 1",
        "      owner",
        "      exit",
        "   ip helper-address 10.0.0.9",
        "   exit",
      ].join("\n"),
    );
    expect(config.vlans.get(1)!.helpers).toEqual([{ value: "10.0.0.9", line: 6 }]);
    expect(config.unmodelled.map((u) => `${u.context} | ${u.text}`)).toEqual([
      "vlan 1 | vrrp vrid 1",
      "vlan 1 / vrrp vrid 1 | owner",
    ]);
  });
});

describe("parseRunningConfig on hostile or odd lines", () => {
  const base = 'hostname "sw"\nvlan 1\n   name "DEFAULT_VLAN"\n   untagged 1-24\n   exit\n';

  it("keeps unquoted keys of commands it does not know out of everything it returns", () => {
    // given OSPF and BGP keys written without quotes, which no specific pattern knows
    const config = parseRunningConfig(
      base +
        "vlan 10\n   ip ospf 10.20.10.1 authentication-key OspfKey9\n   exit\n" +
        "router bgp 65001\n   neighbor 10.0.0.2 password BgpPass1\n   exit\n" +
        "ip ssh secret SshSecret2\n",
    );
    // then each is a secret line, and none of the values is anywhere in the result
    expect(config.secrets.map((s) => s.line)).toEqual([7, 10, 12]);
    expect(JSON.stringify(config)).not.toMatch(/OspfKey9|BgpPass1|SshSecret2/);
  });

  it("refuses VLAN ids past 4094 at their line, at once, however wide the range", () => {
    const config = parseRunningConfig(
      base + "interface 5\n   untagged vlan 2-3000000\n   exit\nvlan 5000\n   exit\n",
    );
    expect(config.problems).toEqual([
      { line: 7, message: "cannot read the VLAN list '2-3000000': VLAN ids run from 1 to 4094" },
      { line: 9, message: "VLAN 5000 is not a VLAN id (1 to 4094)" },
    ]);
  });

  it("reads no hardening VLAN list that names an id past 4094, and says nothing reads it", () => {
    const text = base + "dhcp-snooping vlan 20 5000\narp-protect vlan 20\n";
    const config = parseRunningConfig(text);
    const security = runningSecurity(config, text);
    expect([...security.snoopingVlans.keys()]).toEqual([]);
    expect([...security.arpVlans.keys()]).toEqual([20]);
    expect(unknownLines(config).map((l) => l.text)).toEqual(["dhcp-snooping vlan 20 5000"]);
  });
  it("reads a quote in a comment as part of the comment, not the start of a quoted text", () => {
    const config = parseRunningConfig(
      base + '; Switch lab: 24" rack model\nhostname "after"\nbanner motd "two\nlines"\n',
    );
    expect(config.hostname?.value).toBe("after");
    expect(config.problems).toEqual([]);
  });
});
