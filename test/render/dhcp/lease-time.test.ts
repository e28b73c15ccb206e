import { describe, expect, it } from "vitest";
import { DhcpConfigError, durationSeconds } from "../../../src/render/dhcp/index.ts";

describe("lease times", () => {
  it.each([
    ["8h", 28_800],
    ["30m", 1_800],
    ["1d", 86_400],
    ["2w", 1_209_600],
    ["45s", 45],
    ["600", 600],
    [7200, 7_200],
  ] as const)("reads %s as %i seconds", (written, seconds) => {
    expect(durationSeconds(written)).toBe(seconds);
  });

  it("refuses a lease of zero seconds", () => {
    expect(() => durationSeconds("0h")).toThrow(DhcpConfigError);
    expect(() => durationSeconds("0h")).toThrow("a lease time of '0h' is out of range");
  });
});
