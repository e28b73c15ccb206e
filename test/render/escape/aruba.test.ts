import { describe, expect, it } from "vitest";
import { arubaComment, arubaQuote, EscapeError } from "../../../src/render/escape/index.ts";
import { parseRunningConfig, unknownLines } from "../../../src/device/aruba/index.ts";
import { HOSTILE } from "./payloads.ts";

describe("ArubaOS-Switch quoted names", () => {
  it("writes plain ASCII in double quotes", () => {
    expect(arubaQuote("Staff desks; 2nd floor {west} $(x) `y` #3 'z'")).toBe(
      "\"Staff desks; 2nd floor {west} $(x) `y` #3 'z'\"",
    );
  });

  it("refuses what a quoted name cannot hold, rather than change it", () => {
    for (const bad of ['a"b', "a\\b", "a\nb", "caf\u00e9", "x".repeat(256)])
      expect(() => arubaQuote(bad)).toThrow(EscapeError);
  });

  it("reads back through the project's parser", () => {
    const config = parseRunningConfig(`interface 1\n   name ${arubaQuote("a;b #c")}\n   exit\n`);
    expect(config.interfaces.get("1")!.name?.value).toBe("a;b #c");
    expect(unknownLines(config)).toEqual([]);
  });
});

describe("ArubaOS-Switch comments", () => {
  it("stay comments whatever they hold", () => {
    const config = parseRunningConfig(`${arubaComment(HOSTILE)}hostname "sw"\n`);
    expect(unknownLines(config)).toEqual([]);
    expect(config.secrets).toEqual([]);
    expect(config.hostname?.value).toBe("sw");
    expect(arubaComment("a\nvlan 99")).toBe("; a<U+000A>vlan 99\n");
  });
});
