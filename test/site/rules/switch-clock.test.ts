import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

const FLOWS = readFileSync(
  new URL("../../fixtures/sites/isolated-flows/site.yaml", import.meta.url),
  "utf8",
);

describe("switch clocks around a change of the clock", () => {
  it("says nothing when the switches follow the zone exactly", () => {
    expect(found(check(EXAMPLE), "clock")).toEqual([]);
  });

  it("warns with the dates of the coming year when they cannot (Europe changes at 01:00 UTC)", () => {
    // given a German library, validated on 2026-11-23
    expect(found(check(FLOWS), "clock")).toEqual([
      "12:13 site.timezone warning: switch clocks will show the wrong time in the coming year: 2027-10-31 02:00 for 1 hour (1 hour behind). Switches change their clock by one hour at 02:00 on Sundays only, and Europe/Berlin does not always; Carrel uses the closest rule (time daylight-time-rule user-defined begin-date 03/25 end-date 10/25), so log times in those hours are off",
    ]);
  });

  it("lists each stretch in the zone's own local time, ahead or behind", () => {
    // Helsinki changes at 03:00 and 04:00 local; the switch at 02:00 both times.
    const e = edit(FLOWS, "timezone: Europe/Berlin", "timezone: Europe/Helsinki");
    const [issue] = found(check(e.text, { today: "2027-01-01" }), "clock");
    expect(issue).toMatch(
      /: 2027-03-28 02:00 for 1 hour \(1 hour ahead\); 2027-10-31 02:00 for 2 hours \(1 hour behind\)\./,
    );
  });

  it("says nothing for a site without switches", () => {
    const text = FLOWS.slice(0, FLOWS.indexOf("  switches:\n"));
    expect(found(check(text), "clock")).toEqual([]);
  });
});
