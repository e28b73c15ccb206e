import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

describe("site time zone", () => {
  it("accepts the example's America/New_York and UTC", () => {
    expect(found(check(EXAMPLE), "timezone")).toEqual([]);
    const utc = edit(EXAMPLE, "timezone: America/New_York", "timezone: UTC");
    expect(found(check(utc.text), "timezone")).toEqual([]);
  });

  it("suggests the zone meant by a misspelling", () => {
    const e = edit(EXAMPLE, "America/New_York", "America/New_Yrok");
    expect(found(check(e.text), "timezone")).toEqual([
      `${e.at} site.timezone 'America/New_Yrok' is not a time zone name; did you mean 'America/New_York'?`,
    ]);
  });

  it("rejects an abbreviation, which hides the daylight-saving rule", () => {
    const e = edit(EXAMPLE, "America/New_York", "EST");
    expect(found(check(e.text), "timezone")[0]).toMatch(
      new RegExp(`^${e.at} site.timezone 'EST' is not a time zone name`),
    );
  });
});
