import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  parseRunningConfig,
  portView,
  runningSecurity,
  runningSettings,
  unknownLines,
} from "../../../src/device/aruba/index.ts";

const TEXT = readFileSync(new URL("fixtures/hand-written.cfg", import.meta.url), "utf8");
const LINES = TEXT.split("\n");
const at = (text: string) => LINES.findIndex((l) => l.trim() === text) + 1;

describe("parseRunningConfig on a hand-written running-config", () => {
  const config = parseRunningConfig(TEXT);
  const keys = (m: ReadonlyMap<string, number>) => [...m.keys()];

  it("reads block-style VLANs, trunks by name, and 'no untagged' on VLAN 1", () => {
    expect(config.hostname?.value).toBe("Branch Library 2F");
    expect([...config.trunks.values()].map((t) => [t.name, t.members, t.mode])).toEqual([
      ["trk1", ["23", "24"], "lacp"],
      ["trk2", ["21", "22"], "trunk"],
    ]);
    const v20 = config.vlans.get(20)!;
    expect(v20.name?.value).toBe("Staff PCs");
    expect(keys(v20.untagged)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(keys(v20.tagged)).toEqual(["trk1", "trk2"]);
    expect(v20.addresses.map((a) => `${a.ip}/${a.prefix}`)).toEqual(["10.0.20.1/24"]);
    expect(v20.helpers.map((h) => h.value)).toEqual(["10.0.10.5", "10.0.10.6"]);
    expect(keys(config.vlans.get(1)!.untagged)).toEqual(["9", "10", "11", "12", "13", "14"]);
    expect(config.vlans.get(1)!.dhcpBootp).toBe(at("ip address dhcp-bootp"));
  });

  it("reads one-line commands as people paste them, and interface blocks with ranges", () => {
    expect(keys(config.vlans.get(30)!.untagged)).toEqual(["15", "16"]);
    expect(config.vlans.get(30)!.addresses.map((a) => a.prefix)).toEqual([24]);
    const ports = portView(config);
    expect(ports.get("15")!.name?.value).toBe("Kiosk");
    expect(ports.get("1")!.name?.value).toBe("Circ desk");
    expect([...ports].filter(([, p]) => p.poeOff).map(([l]) => l)).toEqual([
      "1",
      "9",
      "10",
      "11",
      "12",
    ]);
    expect([...ports].filter(([, p]) => p.disabled).map(([l]) => l)).toEqual(["14"]);
    // A trunk member's VLANs are its trunk's.
    expect(ports.get("23")!.tagged.map((m) => m.vlan)).toEqual([20]);
  });

  it("reads globals and the access list", () => {
    expect(config.ipRouting).toBe(at("ip routing"));
    expect(config.timezone?.value).toBe(-360);
    expect(config.daylightRule?.value).toBe("continental-us-and-canada");
    expect(config.timeServers.sort((a, b) => a.priority - b.priority).map((t) => t.ip)).toEqual([
      "10.0.10.5",
      "10.0.10.6",
    ]);
    expect(config.acls.get("guest")!.entries.map((e) => e.rule)).toEqual([
      "deny ip 0.0.0.0 255.255.255.255 10.0.0.0 0.0.255.255",
      "permit ip 0.0.0.0 255.255.255.255 0.0.0.0 255.255.255.255",
    ]);
    expect(config.vlans.get(30)!.accessGroups.map((g) => [g.name, g.direction])).toEqual([
      ["guest", "in"],
    ]);
  });

  it("reads the header, the module and the settings Carrel writes", () => {
    expect(config.header).toEqual({ partNumber: "JL255A", release: "WC.16.11.0000", line: 3 });
    expect(config.hardware.map((h) => [h.kind, h.slot, h.type])).toEqual([
      ["module", "1", "JL255A"],
    ]);
    const settings = runningSettings(config);
    expect(settings.snmpContact?.value).toBe("IT desk");
    expect(settings.sshFileTransfer).toBe(at("ip ssh filetransfer"));
    expect(settings.qosPriority.get(20)?.value).toBe(6);
    expect(runningSecurity(config, TEXT).telnetOff).toBe(at("no telnet-server"));
  });

  it("says which lines nothing in Carrel reads", () => {
    expect(unknownLines(config).map((l) => [l.text, l.context])).toEqual([
      ["router ospf", undefined],
      ["area backbone", "router ospf"],
    ]);
  });

  it("lists every command in file order, with the block of each", () => {
    expect(config.commands.slice(0, 3)).toEqual([
      { line: 5, text: 'hostname "Branch Library 2F"', context: undefined },
      { line: 6, text: "module 1 type jl255a", context: undefined },
      { line: 7, text: 'snmp-server contact "IT desk"', context: undefined },
    ]);
    expect(config.commands.find((c) => c.text === "disable")).toEqual({
      line: 26,
      text: "disable",
      context: "interface 14",
    });
  });
});
