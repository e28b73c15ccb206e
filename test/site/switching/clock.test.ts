import { describe, expect, it } from "vitest";
import {
  arubaClock,
  clockMismatches,
  firstSundayOnOrAfter,
  mismatchWords,
  switchOffset,
  type SwitchDstRule,
} from "../../../src/site/switching/index.ts";

const HOUR = 3_600_000;

describe("the switch's daylight-time rules", () => {
  it("change on the first Sunday on or after their date", () => {
    // 2027: 23 and 24 October are Saturday and Sunday; the last Sunday is the 31st.
    expect(firstSundayOnOrAfter(2027, { month: 10, day: 23 })).toBe(24);
    expect(firstSundayOnOrAfter(2027, { month: 10, day: 25 })).toBe(31);
    expect(firstSundayOnOrAfter(2026, { month: 3, day: 8 })).toBe(8);
  });

  it("make western-europe end a week early in 2027, which the EU does not", () => {
    const western: SwitchDstRule = {
      kind: "named",
      name: "western-europe",
      begin: { month: 3, day: 23 },
      end: { month: 10, day: 23 },
    };
    // Berlin at noon UTC on Tuesday 26 October 2027: the EU is still on summer time (UTC+2).
    const at = Date.UTC(2027, 9, 26, 12);
    expect(switchOffset(western, 60, at)).toBe(60);
    expect(switchOffset({ ...western, kind: "user-defined" }, 60, at)).toBe(60);
    expect(
      switchOffset(
        { kind: "user-defined", begin: { month: 3, day: 25 }, end: { month: 10, day: 25 } },
        60,
        at,
      ),
    ).toBe(120);
  });
});

describe("arubaClock", () => {
  it("matches a North American zone exactly with the continental rule", () => {
    expect(arubaClock("America/New_York")).toMatchObject({
      timezone: -300,
      rule: "continental-us-and-canada",
      exact: true,
      note: "",
    });
  });

  it("gives Europe the user-defined last Sundays, not western-europe, which is a week early some years", () => {
    const berlin = arubaClock("Europe/Berlin");
    expect(berlin).toMatchObject({
      timezone: 60,
      rule: "user-defined begin-date 03/25 end-date 10/25",
      exact: false,
    });
    // what is left is the hour of the autumn change: the switch at 02:00, the EU at 03:00
    const off = clockMismatches(berlin, Date.UTC(2027, 0, 1), Date.UTC(2028, 0, 1));
    expect(off.map(mismatchWords)).toEqual(["2027-10-31 02:00 for 1 hour (1 hour behind)"]);
  });

  it("is off in spring for London, which changes at 01:00 (02:00 summer time, when the switch still shows 01:00)", () => {
    const london = arubaClock("Europe/London");
    const off = clockMismatches(london, Date.UTC(2027, 0, 1), Date.UTC(2028, 0, 1));
    expect(off.map(mismatchWords)).toEqual(["2027-03-28 02:00 for 1 hour (1 hour behind)"]);
  });

  it("writes no rule for a zone without summer time, half-hour offsets included", () => {
    expect(arubaClock("Asia/Kolkata")).toMatchObject({ timezone: 330, rule: "none", exact: true });
    expect(arubaClock("America/Phoenix")).toMatchObject({
      timezone: -420,
      rule: "none",
      exact: true,
    });
  });

  it("describes a southern-hemisphere zone with dates that wrap the new year", () => {
    expect(arubaClock("Australia/Sydney")).toMatchObject({
      timezone: 600,
      rule: "user-defined begin-date 10/01 end-date 04/01",
    });
  });

  it("follows a change on another weekday to the nearest Sunday rather than give up", () => {
    // Israel starts summer time on the Friday before the last Sunday of March.
    const clock = arubaClock("Asia/Jerusalem");
    expect(clock.rule).toBe("user-defined begin-date 03/25 end-date 10/25");
    const off = clockMismatches(clock, Date.UTC(2027, 0, 1), Date.UTC(2028, 0, 1));
    expect(off[0]!.end - off[0]!.start).toBe(48 * HOUR);
  });

  it("keeps standard time when a one-hour rule would be no better", () => {
    const clock = arubaClock("Australia/Lord_Howe");
    expect(clock.rule).toBe("none");
    expect(clock.note).toMatch(/30 minutes/);
  });

  it("keeps UTC for a zone it does not know", () => {
    expect(arubaClock("Mars/Olympus_Mons")).toMatchObject({
      timezone: 0,
      rule: "none",
      note: "time zone 'Mars/Olympus_Mons' is not known here, so the switch keeps UTC",
    });
  });

  it("works a zone out once and then answers from its cache", () => {
    expect(arubaClock("Europe/Paris")).toBe(arubaClock("Europe/Paris"));
  });
});
