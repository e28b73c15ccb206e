import { describe, expect, it } from "vitest";
import {
  expandMembers,
  normaliseAclRule,
  parseRunningConfig,
  portNumbering,
} from "../../../src/device/aruba/index.ts";
import { fixtureText } from "../../import/fixtures.ts";

describe("port lists", () => {
  it("expands ranges of numbers, module ports, stack ports and trunks", () => {
    expect(expandMembers("1-3,A1-A2,1/47,Trk1-Trk2")).toEqual([
      "1",
      "2",
      "3",
      "A1",
      "A2",
      "1/47",
      "trk1",
      "trk2",
    ]);
    expect(expandMembers("a1")).toEqual(["A1"]);
  });

  it("refuses what is not a port list", () => {
    expect(expandMembers("1-")).toBeUndefined();
    expect(expandMembers("A1-B2")).toBeUndefined();
    expect(expandMembers("5-3")).toBeUndefined();
  });
});

describe("portNumbering", () => {
  it("numbers a chassis module by module, each as long as its module", () => {
    const n = portNumbering(parseRunningConfig(fixtureText("legacy/mgpl-core-5406.cfg")));
    expect(n.modular).toBe(true);
    expect(n.groups.map((g) => `${g.prefix}:${g.first}+${g.size}`)).toEqual([
      "A:1+24",
      "B:25+24",
      "F:49+8",
    ]);
    expect(n.number("B1")).toBe(25);
    expect(n.label(51)).toBe("F3");
    expect(n.count).toBe(56);
  });

  it("numbers expansion-module ports after a switch's own ports", () => {
    const n = portNumbering(parseRunningConfig(fixtureText("legacy/mgpl-childrens.cfg")));
    expect(n.number("24")).toBe(24);
    expect(n.number("A1")).toBe(25);
    expect(n.count).toBe(26);
  });

  it("numbers a stack member by member", () => {
    const n = portNumbering(parseRunningConfig(fixtureText("formats/stack-2920.cfg")));
    expect(n.number("1/48")).toBe(48);
    expect(n.number("2/1")).toBe(49);
    expect(n.label(96)).toBe("2/48");
  });

  it("leaves a fixed switch's numbers as they are", () => {
    const n = portNumbering(parseRunningConfig(fixtureText("legacy/mgpl-2nd-fl.cfg")));
    expect(n.modular).toBe(false);
    expect(n.number("49")).toBe(49);
  });
});

describe("normaliseAclRule", () => {
  it("writes CIDR, wildcard and host notations the same way", () => {
    expect(normaliseAclRule("deny ip any 10.20.10.0 0.0.0.255")).toBe(
      normaliseAclRule("deny ip any 10.20.10.0/24"),
    );
    expect(normaliseAclRule("permit udp any host 10.20.10.10 eq 53")).toBe(
      "permit udp any 10.20.10.10/32 eq 53",
    );
    expect(normaliseAclRule("DENY  ip 10.40.30.0 0.0.0.255 any")).toBe("deny ip 10.40.30.0/24 any");
  });

  it("writes the whole address space as any", () => {
    expect(normaliseAclRule("permit ip 0.0.0.0 255.255.255.255 0.0.0.0 255.255.255.255")).toBe(
      "permit ip any any",
    );
    expect(normaliseAclRule("deny tcp 0.0.0.0/0 10.20.10.1 0.0.0.0 eq 22")).toBe(
      "deny tcp any 10.20.10.1/32 eq 22",
    );
  });

  it("keeps different networks apart", () => {
    expect(normaliseAclRule("deny ip any 10.20.10.0 0.0.1.255")).not.toBe(
      normaliseAclRule("deny ip any 10.20.10.0/24"),
    );
  });
});
