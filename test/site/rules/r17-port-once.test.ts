import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

describe("R17 a port in one entry", () => {
  it("accepts the example", () => {
    expect(found(check(EXAMPLE), "R17")).toEqual([]);
  });

  it("rejects a port listed by two entries, naming the first", () => {
    // given management ports that start on the last server port
    const e = edit(EXAMPLE, "9-16", "8-16");
    // when validated
    const issues = found(check(e.text), "R17");
    // then the later entry is blamed and the earlier one named
    expect(issues).toEqual([
      `${e.at} network.switches[0].ports[1].ports port 8 of 'core-sw1' is already set up by the entry for ports 1-8; list each port in one entry only`,
    ]);
  });

  it("names every earlier entry a list overlaps", () => {
    const e = edit(EXAMPLE, "21-22", "11-14,21");
    expect(found(check(e.text), "R17")).toEqual([
      `${e.at} network.switches[1].ports[3].ports ports 11-14 of 'access-sw1' are already set up by the entries for ports 1-12 and 13-16; list each port in one entry only`,
    ]);
  });
});
