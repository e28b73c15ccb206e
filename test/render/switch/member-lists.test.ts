import { describe, expect, it } from "vitest";
import { expandMembers } from "../../../src/device/aruba/index.ts";
import { formatMembers } from "../../../src/render/switch/index.ts";

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

describe("a written list read back by the running-config parser", () => {
  it("gives the same ports and trunks, trunks in lower case", () => {
    const written = formatMembers([17, 1, 2, 3, 9], ["trk2", "trk1", "trk10"]);
    expect(expandMembers(written)).toEqual(["1", "2", "3", "9", "17", "trk1", "trk2", "trk10"]);
  });
});
