import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

describe("R18 VLANs on a port", () => {
  it("accepts the example", () => {
    expect(found(check(EXAMPLE), "R18")).toEqual([]);
  });

  it("rejects a VLAN that is both untagged and tagged", () => {
    // given access points with management untagged and tagged
    const e = edit(EXAMPLE, "[guest-wifi, staff]", "[guest-wifi, management]");
    // when validated
    const issues = found(check(e.text), "R18");
    // then the tagged copy is blamed
    const col = e.col + "[guest-wifi, ".length;
    expect(issues).toEqual([
      `${e.line}:${col} network.switches[1].ports[2].tagged[1] VLAN 'management' is both untagged and tagged on these ports; a port carries a VLAN one way only, so remove it from one of the two`,
    ]);
  });
});
