import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { siteStamp } from "../../../src/output/index.ts";
import { createEngine } from "../../../src/render/engine.ts";
import {
  configPortTable,
  parseArubaConfig,
  renderSwitches,
} from "../../../src/render/switch/index.ts";
import { buildModel } from "../../../src/site/index.ts";
import { ROUTED_EXAMPLE } from "../../helpers/routed-example.ts";
import { check } from "../../helpers/site.ts";
import { expectedPorts, expectedTrunks } from "./expected.ts";

const HAND_WRITTEN = readFileSync(new URL("fixtures/hand-written.cfg", import.meta.url), "utf8");

describe("parseArubaConfig on the example's rendered configs", () => {
  const model = buildModel(check(ROUTED_EXAMPLE).site!);
  const files = renderSwitches(
    model,
    siteStamp("site.yaml", ROUTED_EXAMPLE),
    createEngine(),
  ).filter((f) => f.path.endsWith(".cfg") && !f.path.endsWith(".ztp.cfg"));

  for (const table of model.switches) {
    it(`reads ${table.switch.name} back to the model's port table`, () => {
      const parsed = parseArubaConfig(
        files.find((f) => f.path.includes(table.switch.name))!.content,
      );
      expect(parsed.skipped).toEqual([]);
      expect(parsed.hostname).toBe(table.switch.name);
      expect(parsed.trunks).toEqual(expectedTrunks(table));
      expect(configPortTable(parsed)).toEqual(expectedPorts(model, table));
    });
  }

  it("reads every line of both variants, the zero-touch one included", () => {
    const all = renderSwitches(model, siteStamp("site.yaml", ROUTED_EXAMPLE), createEngine());
    for (const f of all.filter((x) => x.path.endsWith(".cfg")))
      expect(parseArubaConfig(f.content).skipped, f.path).toEqual([]);
  });

  it("reads VLAN names and the trunk mode", () => {
    const parsed = parseArubaConfig(files[1]!.content);
    expect(parsed.vlans.get(50)!.name).toBe("guest-wifi");
    expect(parsed.trunkModes.get("trk1")).toBe("lacp");
  });
});

describe("parseArubaConfig on a hand-written running-config", () => {
  const parsed = parseArubaConfig(HAND_WRITTEN);

  it("reads block-style VLANs with trunk ranges expanded to member ports", () => {
    expect(parsed.hostname).toBe("Branch Library 2F");
    expect(parsed.trunks).toEqual(
      new Map([
        ["trk1", ["23", "24"]],
        ["trk2", ["21", "22"]],
      ]),
    );
    expect(parsed.vlans.get(20)).toMatchObject({
      name: "Staff PCs",
      untagged: ["1", "2", "3", "4", "5", "6", "7", "8"],
      tagged: ["21", "22", "23", "24"],
      addresses: [{ ip: "10.0.20.1", mask: "255.255.255.0" }],
      helpers: ["10.0.10.5", "10.0.10.6"],
    });
  });

  it("applies 'no untagged' to VLAN 1", () => {
    expect(parsed.vlans.get(1)!.untagged).toEqual(["9", "10", "11", "12", "13", "14"]);
    expect(parsed.vlans.get(1)!.dhcpAddress).toBe(true);
  });

  it("reads one-line commands as people paste them", () => {
    expect(parsed.vlans.get(30)!.untagged).toEqual(["15", "16"]);
    expect(parsed.vlans.get(30)!.addresses).toEqual([{ ip: "10.0.30.1", mask: "24" }]);
    expect(parsed.portNames.get("15")).toBe("Kiosk");
  });

  it("reads interface blocks, including ranges", () => {
    expect(parsed.portNames.get("1")).toBe("Circ desk");
    expect([...parsed.poeOff]).toEqual(["1", "9", "10", "11", "12"]);
    expect([...parsed.disabled]).toEqual(["14"]);
  });

  it("reads globals and the ACL", () => {
    expect(parsed.ipRouting).toBe(true);
    expect(parsed.timezone).toBe(-360);
    expect(parsed.daylightRule).toBe("continental-us-and-canada");
    expect(parsed.sntpServers).toEqual(["10.0.10.5", "10.0.10.6"]);
    expect(parsed.acls.get("guest")).toEqual([
      "deny ip 0.0.0.0 255.255.255.255 10.0.0.0 0.0.255.255",
      "permit ip 0.0.0.0 255.255.255.255 0.0.0.0 255.255.255.255",
    ]);
    expect(parsed.vlans.get(30)!.accessGroups).toEqual([{ name: "guest", direction: "in" }]);
  });

  it("reads the header, module, SNMP contact, SFTP and a VLAN's priority", () => {
    expect(parsed.header).toEqual({
      productNumber: "JL255A",
      release: "WC.16.11.0000",
      ignore: false,
    });
    expect(parsed.modules).toEqual(new Map([[1, "jl255a"]]));
    expect(parsed.snmp.contact).toBe("IT desk");
    expect(parsed.sshFileTransfer).toBe(true);
    expect(parsed.vlans.get(20)!.qosPriority).toBe(6);
  });

  it("skips lines it does not know, and says which", () => {
    const lines = HAND_WRITTEN.split("\n");
    expect(parsed.skipped.map((n) => lines[n - 1]!.trim())).toEqual([
      "router ospf",
      "area backbone",
    ]);
    // The hardening commands are read by the shared hardening reader.
    expect(parsed.security.telnetOff).toBe(lines.indexOf("no telnet-server") + 1);
  });

  it("lists what it understood in file order, with the context of each line", () => {
    const first = parsed.events.slice(0, 3);
    expect(first).toEqual([
      { line: 5, context: "", command: 'hostname "Branch Library 2F"' },
      { line: 6, context: "", command: "module 1 type jl255a" },
      { line: 7, context: "", command: 'snmp-server contact "IT desk"' },
    ]);
    expect(parsed.events.find((e) => e.command === "disable")).toEqual({
      line: 26,
      context: "interface 14",
      command: "disable",
    });
  });
});
