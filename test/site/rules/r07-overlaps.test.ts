import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

describe("R7 overlapping subnets", () => {
  it("accepts the example", () => {
    expect(found(check(EXAMPLE), "R7")).toEqual([]);
  });

  it("names the VLAN a subnet overlaps", () => {
    // given media-lab moved into the guest Wi-Fi's /21
    const e = edit(EXAMPLE, "subnet: 10.20.60.0/24", "subnet: 10.20.84.0/24");
    // then the later VLAN carries the error
    expect(found(check(e.text), "R7")).toEqual([
      `${e.line}:15 network.vlans[5].subnet 10.20.84.0/24 overlaps VLAN 'guest-wifi' (10.20.80.0/21); every VLAN needs its own addresses`,
    ]);
  });

  it("reports a VLAN inside the Azure VPN address space", () => {
    const e = edit(EXAMPLE, "addressSpace: 10.120.0.0/16", "addressSpace: 10.20.0.0/16");
    const issues = found(check(e.text), "R7");
    expect(issues).toHaveLength(7);
    expect(issues[0]).toBe(
      "72:15 network.vlans[0].subnet 10.20.10.0/24 overlaps the Azure VPN address space 10.20.0.0/16; traffic for these addresses could not be routed",
    );
  });
});
