import { describe, expect, it } from "vitest";
import { arubaClock } from "../../../src/render/switch/index.ts";

describe("arubaClock", () => {
  it("maps a US zone to its standard offset and the US rule", () => {
    expect(arubaClock("America/New_York")).toEqual({
      timezone: -300,
      rule: "continental-us-and-canada",
      note: "",
    });
  });

  it("maps an EU zone to the western-europe rule", () => {
    expect(arubaClock("Europe/Berlin")).toMatchObject({ timezone: 60, rule: "western-europe" });
  });

  it("writes no rule for a zone without summer time, half-hour offsets included", () => {
    expect(arubaClock("Asia/Kolkata")).toEqual({ timezone: 330, rule: "none", note: "" });
    expect(arubaClock("America/Phoenix")).toEqual({ timezone: -420, rule: "none", note: "" });
  });

  it("describes another Sunday rule with user-defined dates the switch moves to Sunday", () => {
    // Sydney: first Sunday of October to first Sunday of April.
    expect(arubaClock("Australia/Sydney")).toMatchObject({
      timezone: 600,
      rule: "user-defined begin-date 10/1 end-date 4/1",
    });
  });

  it("falls back to no rule, with a note, when the switch cannot follow the zone", () => {
    const clock = arubaClock("Australia/Lord_Howe");
    expect(clock.rule).toBe("none");
    expect(clock.note).toMatch(/30 minutes/);
  });

  it("keeps UTC for a zone it does not know", () => {
    expect(arubaClock("Mars/Olympus_Mons")).toEqual({
      timezone: 0,
      rule: "none",
      note: "time zone 'Mars/Olympus_Mons' is not known here, so the switch keeps UTC",
    });
  });
});
