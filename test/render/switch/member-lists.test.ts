import { describe, expect, it } from "vitest";
import { expandMembers, formatMembers } from "../../../src/render/switch/index.ts";

describe("formatMembers", () => {
  it("writes port ranges first, then trunks by number", () => {
    expect(formatMembers([17, 1, 2, 3, 9], ["trk2", "trk1", "trk10"])).toBe(
      "1-3,9,17,Trk1-Trk2,Trk10",
    );
  });

  it("is empty when there are no members", () => {
    expect(formatMembers([], [])).toBe("");
  });
});

describe("expandMembers", () => {
  it("expands port and trunk ranges, trunks in lower case", () => {
    expect(expandMembers("1-3,9,Trk1-Trk2")).toEqual(["1", "2", "3", "9", "trk1", "trk2"]);
  });

  it("expands module and stacked port ranges", () => {
    expect(expandMembers("A1-A3,1/5-1/6")).toEqual(["A1", "A2", "A3", "1/5", "1/6"]);
  });

  it("keeps what it cannot read as written", () => {
    expect(expandMembers("A4-B2,x")).toEqual(["A4-B2", "x"]);
  });
});
