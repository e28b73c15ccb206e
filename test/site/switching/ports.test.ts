import { describe, expect, it } from "vitest";
import { formatPortList, parsePortList } from "../../../src/site/switching/ports.ts";

describe("port lists", () => {
  it("are written as ranges, in order and without repeats, however they come", () => {
    expect(formatPortList([1, 2, 3, 5, 7, 8])).toBe("1-3,5,7-8");
    expect(formatPortList([8, 1, 2, 2, 3, 7, 5])).toBe("1-3,5,7-8");
    expect(formatPortList([])).toBe("");
  });

  it("read back to the same ports", () => {
    expect(parsePortList("1-3, 5,7 - 8")).toEqual([1, 2, 3, 5, 7, 8]);
    expect(parsePortList("3-1")).toBeUndefined();
  });
});
