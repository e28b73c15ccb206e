import { copyFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatDrift } from "../../src/drift/format.ts";
import { formatPath } from "../../src/site/index.ts";
import { SITE_NAMES } from "../render/sites.ts";
import { fixturePath } from "../import/fixtures.ts";
import { driftOf, replaceOnce, runningFolder } from "./helpers.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const folder = (...args: Parameters<typeof runningFolder>) => {
  const dir = runningFolder(...args);
  dirs.push(dir);
  return dir;
};

/**
 * Each difference as `message | site.yaml path | running line's text`. Positions are checked
 * apart: the site place must be located, and the running line must be the line shown.
 */
function lines(report: ReturnType<typeof driftOf>, device: string): string[] {
  const found = report.devices.find((d) => d.name === device)!;
  return found.differences.map((d) => {
    if (d.site) expect(d.site.line, `${d.message}: located in site.yaml`).toBeGreaterThan(0);
    if (d.running && d.running.text !== undefined) {
      const text = readFileSync(d.running.file, "utf8").split(/\r?\n/)[d.running.line - 1]!.trim();
      expect(text).toBe(d.running.text);
    }
    return `${d.message} | ${d.site ? formatPath(d.site.path) : "-"} | ${d.running ? (d.running.text ?? `line ${d.running.line}`) : "-"}`;
  });
}

describe("drift between a render and itself", () => {
  it.each(SITE_NAMES)("%s: every device compliant", (name) => {
    const report = driftOf(name, folder(name));
    expect(report.devices.length).toBeGreaterThan(0);
    expect(report.devices.map((d) => [d.name, d.differences])).toEqual(
      report.devices.map((d) => [d.name, []]),
    );
    expect(report.unknown).toEqual([]);
  });
});

describe("drift shows device text, never its control characters", () => {
  it("writes an escape sequence in a running line as its name", () => {
    const dir = folder("example", (path, text) =>
      path === "switches/core-sw1.cfg"
        ? replaceOnce(
            text,
            "ip routing\n",
            'ip routing\nbanner motd "\u001b]0;owned\u0007\u001b[2J"\n',
          )
        : text,
    );
    const text = formatDrift(driftOf("example", dir));
    expect(text).toContain("banner motd");
    const controls = [...text].filter((ch) => ch !== "\n" && (ch < " " || ch === "\u007f"));
    expect(controls).toEqual([]);
  });
});

describe("drift against hand-changed running configs", () => {
  it("finds exactly the changed lines of a switch, and nothing for a change of notation", () => {
    const dir = folder("example", (path, text) => {
      if (path !== "switches/core-sw1.cfg") return text;
      let t = replaceOnce(
        text,
        'interface 5\n   name "ESXi hosts and servers"',
        'interface 5\n   name "ESXi05 temp"',
      );
      t = replaceOnce(t, "   untagged 1-8\n", "   untagged 1-4,6-8\n");
      t = replaceOnce(t, "   untagged 9-16\n", "   untagged 5,9-16\n");
      t = replaceOnce(
        t,
        "ip routing\n",
        'ip routing\nlogging 10.20.10.50\nsnmp-server community "s3cret" unrestricted\n' +
          "radius-server host 10.20.10.10 key Sekrit7\n",
      );
      // An unquoted key in a command Carrel does not model is a secret all the same.
      t = replaceOnce(
        t,
        "vlan 10\n",
        "vlan 10\n   ip ospf 10.20.10.1 authentication-key OspfKey9\n",
      );
      // The same entry as the switch may print it, `any` and `host` for the masks: no difference.
      const wildcard = "deny tcp 0.0.0.0 255.255.255.255 10.20.10.1 0.0.0.0 eq 22";
      expect(t).toContain(wildcard);
      return t.replace(wildcard, "deny tcp any host 10.20.10.1 eq 22");
    });
    const report = driftOf("example", dir);
    expect(lines(report, "core-sw1")).toEqual([
      "port 5: untagged in VLAN 40 'management' on the switch, in VLAN 10 'servers' in site.yaml | network.switches[0].ports[0].untagged | untagged 5,9-16",
      "port 5: named 'ESXi05 temp' on the switch, 'ESXi hosts and servers' in site.yaml | network.switches[0].ports[0].description | name \"ESXi05 temp\"",
      "'logging 10.20.10.50' is on the switch but not in what site.yaml renders | - | logging 10.20.10.50",
    ]);
    expect(report.devices.find((d) => d.name === "core-sw1")!.notCompared).toEqual([
      "3 lines holding credentials (SNMP communities, passwords, keys), which Carrel never manages",
    ]);
    for (const secret of ["s3cret", "Sekrit7", "OspfKey9"])
      expect(formatDrift(report)).not.toContain(secret);
    expect(lines(report, "access-sw1")).toEqual([]);
  });

  it("finds a missing relay, a removed VLAN and a changed trunk", () => {
    const dir = folder("example", (path, text) => {
      if (path !== "switches/access-sw1.cfg") return text;
      let t = replaceOnce(text, "trunk 25-26 trk1 lacp", "trunk 25-26 trk1 trunk");
      t = replaceOnce(
        t,
        'vlan 60\n   name "media-lab"\n   untagged 13-16\n   tagged Trk1\n   no ip address\n   exit\n',
        "",
      );
      return t;
    });
    expect(lines(driftOf("example", dir), "access-sw1")).toEqual([
      "VLAN 60 'media-lab' is not on the switch | network.vlans[5] | -",
      "ports 13-16: untagged in no VLAN on the switch, in VLAN 60 'media-lab' in site.yaml | network.switches[1].ports[1].untagged | -",
      "ports 25-26: VLAN 60 'media-lab' is tagged in site.yaml, not on the switch | network.switches[1].ports[4].tagged | -",
      "trunk trk1 is trunk on the switch, lacp in what site.yaml renders | network.switches[1].ports | trunk 25-26 trk1 trunk",
    ]);
  });

  it("reads ports a chassis names by module through the same numbering as import", () => {
    const dir = folder("example", (path, text) => {
      if (path !== "switches/access-sw1.cfg") return text;
      // The same switch, its ports named A1-A24 and B1-B4.
      const renamed = text.replace(
        /\b(interface |untagged |tagged |trunk |no untagged )([\d,-]+)/g,
        (_, cmd: string, list: string) =>
          cmd +
          list
            .split(",")
            .map((part) =>
              part === ""
                ? part
                : part
                    .split("-")
                    .map((n) => (Number(n) <= 24 ? `A${n}` : `B${Number(n) - 24}`))
                    .join("-"),
            )
            .join(","),
      );
      // No module lines: the modules' sizes come from the highest port each names.
      return renamed;
    });
    const report = driftOf("example", dir);
    expect(lines(report, "access-sw1")).toEqual([]);
  });

  it("compares DHCP: ranges, lease times, options and reservations", () => {
    const dir = folder("example", (path, text) => {
      if (path !== "dhcp/dhcp01/kea-dhcp4.conf") return text;
      let t = replaceOnce(
        text,
        '"pool": "10.20.60.100 - 10.20.60.200"',
        '"pool": "10.20.60.100 - 10.20.60.220"',
      );
      t = replaceOnce(
        t,
        '          { "hw-address": "02:1b:78:00:20:02", "ip-address": "10.20.20.21", "hostname": "admin-printer" }\n',
        "",
      );
      t = replaceOnce(
        t,
        '{ "hw-address": "02:1b:78:00:20:01", "ip-address": "10.20.20.20", "hostname": "circ-printer" },',
        '{ "hw-address": "02:1b:78:00:20:01", "ip-address": "10.20.20.20", "hostname": "circ-printer" }',
      );
      t = replaceOnce(t, '"valid-lifetime": 14400,', '"valid-lifetime": 7200,');
      return t;
    });
    expect(lines(driftOf("example", dir), "dhcp01")).toEqual([
      "scope 10.20.20.0/23 (VLAN 20 staff): the reservation of 10.20.20.21 for admin-printer (02:1b:78:00:20:02) is not on the server | network.vlans[1].reservations[1] | -",
      'scope 10.20.30.0/24 (VLAN 30 public): leases last 7200 s on the server, 14400 s in site.yaml | network.vlans[2].dhcp.leaseTime | "valid-lifetime": 7200,',
      'scope 10.20.60.0/24 (VLAN 60 media-lab): the range is 10.20.60.100-10.20.60.220 on the server, 10.20.60.100-10.20.60.200 in site.yaml | network.vlans[5].dhcp.range | "pools": [ { "pool": "10.20.60.100 - 10.20.60.220" } ],',
    ]);
  });

  it("compares a Windows export with the scopes site.yaml renders for that server", () => {
    const dir = folder("two-servers");
    copyFileSync(fixturePath("drift/hcl-dc01.xml"), join(dir, "hcl-dc01.xml"));
    expect(lines(driftOf("two-servers", dir), "hcl-dc01")).toEqual([]);
    writeFileSync(
      join(dir, "hcl-dc01.xml"),
      fixtureWith("drift/hcl-dc01.xml", "<Value>ipxe.efi</Value>", "<Value>undionly.kpxe</Value>"),
    );
    expect(lines(driftOf("two-servers", dir), "hcl-dc01")).toEqual([
      "scope 172.16.20.0/23 (VLAN 120 staff): option 67 (Bootfile Name) is undionly.kpxe on the server, ipxe.efi in site.yaml | network.vlans[1].dhcp.options.boot-file-name | <OptionValue><OptionId>67</OptionId><Value>undionly.kpxe</Value><VendorClass /><UserClass /></OptionValue>",
    ]);
  });

  it("reports a running config of a switch site.yaml does not describe", () => {
    const dir = folder("example");
    copyFileSync(fixturePath("legacy/mgpl-2nd-fl.cfg"), join(dir, "mgpl-2nd-fl.cfg"));
    const report = driftOf("example", dir);
    expect(report.unknown).toEqual([
      { file: join(dir, "mgpl-2nd-fl.cfg"), kind: "switch", name: "mgpl-2nd-fl" },
    ]);
    expect(formatDrift(report)).toContain(
      "the running config of switch 'mgpl-2nd-fl', which site.yaml does not describe: not compliant",
    );
  });
});

function fixtureWith(relative: string, from: string, to: string): string {
  return replaceOnce(readFileSync(fixturePath(relative), "utf8"), from, to);
}
