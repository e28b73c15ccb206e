import { describe, expect, it } from "vitest";
import { fitName } from "../../../src/site/switching/ascii.ts";

describe("fitName", () => {
  it("keeps text that already fits as it is", () => {
    expect(fitName("Harbor branch 01 - desk #2", 40)).toBe("Harbor branch 01 - desk #2");
  });

  it("makes other text fit: accents, quotes, backslashes, spaces and length", () => {
    expect(fitName('Café  "Kids"\\Teens ', 40)).toBe("Cafe 'Kids'/Teens");
    expect(fitName("  Reading room", 40)).toBe("Reading room");
    expect(fitName("Reading room", 8)).toBe("Reading");
  });
});
