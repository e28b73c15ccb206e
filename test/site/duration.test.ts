import { describe, expect, it } from "vitest";
import { durationSeconds, durationWords, LEASE_LIMITS } from "../../src/site/index.ts";
import { check, edit, EXAMPLE, found } from "../helpers/site.ts";

describe("durations", () => {
  it.each([
    ["8h", 28_800],
    ["30m", 1_800],
    ["30 m", 1_800],
    ["1d", 86_400],
    ["2w", 1_209_600],
    ["45s", 45],
    ["600", 600],
    [7200, 7_200],
  ] as const)("reads %s as %i seconds", (written, seconds) => {
    expect(durationSeconds(written)).toBe(seconds);
  });

  it("reads nothing from text that is not a duration", () => {
    expect(durationSeconds("1 hour")).toBeUndefined();
    expect(durationSeconds("h")).toBeUndefined();
    expect(durationSeconds(1.5)).toBeUndefined();
  });

  it.each([
    [28_800, "8 hours"],
    [86_400, "1 day"],
    [5_400, "90 minutes"],
    [1_209_600, "2 weeks"],
    [45, "45 seconds"],
    [3_601, "3,601 seconds"],
  ])("says %i seconds as %s", (seconds, words) => {
    expect(durationWords(seconds)).toBe(words);
  });
});

describe("lease times in site.yaml", () => {
  const leaseOf = (text: string, vlan: number) =>
    check(text).site!.network.vlans[vlan]!.dhcp!.leaseTime;

  it("are seconds in the parsed site, written either way", () => {
    // given the guest VLAN's lease written as 1h, and as a number
    expect(leaseOf(EXAMPLE, 4)).toBe(3_600);
    expect(leaseOf(edit(EXAMPLE, "leaseTime: 1h", "leaseTime: 5400").text, 4)).toBe(5_400);
  });

  it("default to 8 hours", () => {
    const { text } = edit(EXAMPLE, "        leaseTime: 1h\n", "");
    expect(leaseOf(text, 4)).toBe(28_800);
  });

  it.each([
    ["0h", "'0h' is no time at all; a lease lasts from 2 minutes to 999 days (like 8h)"],
    ["0", "0 is no time at all; a lease lasts from 2 minutes to 999 days (like 8h)"],
    [
      "90s",
      "'90s' is shorter than 2 minutes, the shortest lease dnsmasq hands out; write 2m or more",
    ],
    [
      "1000d",
      "'1000d' is longer than 999 days, the longest lease Windows DHCP accepts; a device that must keep its address needs a reservation instead",
    ],
    [
      "4294967296",
      "4294967296 is longer than 999 days, the longest lease Windows DHCP accepts; a device that must keep its address needs a reservation instead",
    ],
  ])("refuse %s at its line", (written, message) => {
    // given a lease no DHCP server would hand out
    const e = edit(EXAMPLE, "leaseTime: 1h", `leaseTime: ${written}`);
    // then the schema says so at the value
    expect(found(check(e.text))).toEqual([
      `${e.line}:20 network.vlans[4].dhcp.leaseTime ${message}`,
    ]);
  });

  it("accept both ends of the range", () => {
    for (const seconds of [LEASE_LIMITS.minSeconds, LEASE_LIMITS.maxSeconds]) {
      const e = edit(EXAMPLE, "leaseTime: 1h", `leaseTime: ${seconds}`);
      expect(check(e.text).valid, String(seconds)).toBe(true);
    }
  });
});
