import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../../src/device/decode.ts";
import {
  effectiveLease,
  effectiveOptions,
  recogniseDhcp,
  type RunningDhcp,
} from "../../../src/device/dhcp/index.ts";
import { checkDhcpConfig } from "../../render/checkers.ts";
import { fixturePath, fixtureText } from "../../import/fixtures.ts";

function parse(relative: string): RunningDhcp {
  const decoded = decodeText(readFileSync(fixturePath(relative)));
  if (!decoded.ok) throw new Error(decoded.message);
  const found = recogniseDhcp(decoded.text);
  if (!found) throw new Error(`${relative} is not recognised`);
  return found.format.parse(decoded.text);
}

/** Each scope as one line: subnet, ranges, lease, options, reservations. */
function summary(dhcp: RunningDhcp): string[] {
  return dhcp.scopes.map((s) => {
    const options = [...effectiveOptions(dhcp, s).values()]
      .sort((a, b) => a.code - b.code)
      .map((o) => `${o.code}=${o.values.join("+")}`);
    const reservations = s.reservations.map((r) => `${r.host ?? "?"}@${r.ip}/${r.mac}`);
    return `${s.subnet} [${s.ranges.map((r) => `${r.start}-${r.end}`).join(" ")}] lease ${effectiveLease(dhcp, s)?.value ?? "-"} ${options.join(" ")} ${reservations.join(" ")}`.trim();
  });
}

describe("the hand-written DHCP fixtures are real configurations", () => {
  it.each([
    ["formats/isc-legacy.conf", "dhcpd.conf"],
    ["formats/kea-legacy.conf", "kea-dhcp4.conf"],
    ["formats/kea-global-reservations.conf", "kea-dhcp4.conf"],
    ["formats/dnsmasq-legacy.conf", "dnsmasq.conf"],
    ["formats/dnsmasq-tagged.conf", "dnsmasq.conf"],
  ])("%s is accepted by its own server", (relative, name) => {
    const result = checkDhcpConfig(name, fixtureText(relative));
    expect(result.output).not.toMatch(/error/i);
    expect(result.status).toBe(0);
  });
});

describe("ISC dhcpd.conf", () => {
  it("reads subnets in shared networks, pools, inherited options and host groups", () => {
    const dhcp = parse("formats/isc-legacy.conf");
    expect(summary(dhcp)).toEqual([
      "172.16.10.0/24 [172.16.10.100-172.16.10.199] lease 43200 3=172.16.10.1 6=172.16.0.5+172.16.0.6 15=oakdale.lib 42=172.16.0.5 circ-printer@172.16.10.21/02:aa:bb:10:00:21 Ref_Printer@172.16.10.22/02:aa:bb:10:00:22",
      "172.16.20.0/23 [172.16.20.50-172.16.21.200] lease 14400 3=172.16.20.1 6=172.16.0.5+172.16.0.6 15=oakdale.lib 44=172.16.0.5",
    ]);
    expect(dhcp.scopes.map((s) => s.label)).toEqual(["Staff", "Public PCs"]);
    expect(dhcp.secrets).toEqual([{ line: 12, what: "a TSIG or OMAPI key" }]);
    expect(JSON.stringify(dhcp)).not.toContain("c2VjcmV0");
  });

  it("reads custom option names and keeps every range; an include stops it at its line", () => {
    const dhcp = parse("formats/isc-shared.conf");
    expect(effectiveOptions(dhcp, dhcp.scopes[0]!).get(252)?.values).toEqual([
      "http://wpad.example.lib/wpad.dat",
    ]);
    expect(dhcp.scopes[0]!.ranges).toHaveLength(2);
    expect(dhcp.problems).toEqual([
      {
        line: 11,
        message:
          "includes another file ('/etc/dhcp/more-hosts.conf'); Carrel cannot see it: give that file to carrel import as well, or paste it in here",
      },
    ]);
  });
});

describe("Kea kea-dhcp4.conf", () => {
  it("reads comments, shared networks, prefix pools, options by name and code", () => {
    const dhcp = parse("formats/kea-legacy.conf");
    expect(summary(dhcp)).toEqual([
      "10.50.30.0/24 [10.50.30.20-10.50.30.240] lease 7200 3=10.50.30.1 6=10.50.0.10+10.50.0.11 15=riverside.lib 42=10.50.0.10",
      "10.50.20.0/24 [10.50.20.64-10.50.20.127] lease 7200 3=10.50.20.1 6=10.50.0.10+10.50.0.11 15=riverside.lib 66=10.50.0.20 copier@10.50.20.10/02:50:00:20:00:10",
    ]);
    expect(dhcp.scopes[0]!.label).toBe("VLAN 30 public");
    expect(dhcp.unmodelled.map((u) => u.text)).toEqual([
      '"interfaces-config"',
      '"lease-database"',
      '"control-socket"',
      '"hooks-libraries"',
    ]);
  });

  it("places global reservations by address and keeps database passwords out", () => {
    const dhcp = parse("formats/kea-global-reservations.conf");
    expect(summary(dhcp)).toEqual([
      "10.60.0.0/24 [10.60.0.100-10.60.0.200] lease 3600  printer-7@10.60.0.7/02:60:00:00:00:07",
    ]);
    expect(dhcp.secrets).toEqual([{ line: 3, what: 'a password in "hosts-database"' }]);
  });
});

describe("dnsmasq", () => {
  it("reads tagged ranges, options by name and number, hosts in any order", () => {
    const dhcp = parse("formats/dnsmasq-legacy.conf");
    expect(summary(dhcp)).toEqual([
      "192.168.30.0/24 [192.168.30.100-192.168.30.199] lease 43200 3=192.168.30.1 6=192.168.30.5 15=branch.lib label-printer@192.168.30.10/02:30:00:00:00:10 self-check@192.168.30.11/02:30:00:00:00:11",
      "192.168.31.0/24 [192.168.31.20-192.168.31.250] lease 7200 3=192.168.31.1 6=9.9.9.9 15=branch.lib",
    ]);
    expect(dhcp.scopes[1]!.prefixKnown).toBe(false);
  });

  it("reads options for a tag set by the range", () => {
    const dhcp = parse("formats/dnsmasq-tagged.conf");
    expect(summary(dhcp)).toEqual([
      "10.70.0.0/24 [10.70.0.50-10.70.0.250] lease 86400 3=10.70.0.1 42=10.70.0.2 66=10.70.0.5",
    ]);
  });
});

describe("Windows Export-DhcpServer", () => {
  it("reads a UTF-16 export: server options, exclusions, reservations, class options apart", () => {
    const dhcp = parse("legacy/dc01.xml");
    expect(summary(dhcp)[2]).toBe(
      "10.40.30.0/24 [10.40.30.20-10.40.30.250] lease 14400 3=10.40.30.1 6=10.40.1.10+10.40.1.11 15=mgpl.local 44=10.40.1.10",
    );
    expect(dhcp.scopes[0]!.reservations.map((r) => r.host)).toEqual([
      "mgpl-childrens",
      "CIRC-COPIER",
      "Printer_Staff",
    ]);
    expect(dhcp.unmodelled[0]).toMatchObject({
      line: 58,
      text: "option 2 for class 'Microsoft Windows 2000 Options'",
    });
  });

  it("reads a Windows Server 2012 export: a range split by exclusions, bare client ids", () => {
    const dhcp = parse("formats/windows-2012.xml");
    expect(summary(dhcp)).toEqual([
      "10.80.10.0/24 [10.80.10.50-10.80.10.119 10.80.10.130-10.80.10.254] lease 28800 3=10.80.10.1 6=10.80.0.2 scanner@10.80.10.30/02:80:00:0a:00:1e",
    ]);
    expect(dhcp.scopes[0]!.label).toBe("staff (VLAN 10)");
    expect(dhcp.unmodelled.map((u) => u.text)).toEqual(["State Inactive"]);
  });

  it("refuses a translated export and an unknown schema version at their lines", () => {
    expect(parse("bad/windows-german.xml").problems).toEqual([
      {
        line: 13,
        message:
          "<Bereiche> is not an element of the Export-DhcpServer format Carrel knows; was the file translated, or written by another tool or version?",
      },
    ]);
    expect(parse("bad/windows-version-11.xml").problems).toEqual([
      {
        line: 3,
        message:
          "the export's schema version is 11; Carrel reads versions 6 and 10 (Windows Server 2012 to 2025)",
      },
    ]);
  });
});
