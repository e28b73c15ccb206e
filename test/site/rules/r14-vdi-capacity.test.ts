import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

describe("R14 VDI capacity", () => {
  it("accepts the example (30 desktops in a 191-address range)", () => {
    expect(found(check(EXAMPLE), "R14")).toEqual([]);
  });

  it("warns above 80% of the range, and --strict makes that an error", () => {
    // given 30 desktops in a range of 31 addresses
    const e = edit(EXAMPLE, "10.20.30.50-10.20.30.240", "10.20.30.50-10.20.30.80");
    const result = check(e.text);
    expect(found(result, "R14")).toEqual([
      "317:16 vsphere.vdi.pools[1].count warning: the pools on VLAN 'public' have 30 desktops, 97% of the 31 addresses in the DHCP range of VLAN 'public'; other devices there may run out",
    ]);
    expect(result.valid).toBe(true);
    expect(check(e.text, { strict: true }).valid).toBe(false);
  });

  it("rejects more desktops than addresses", () => {
    const e = edit(EXAMPLE, "10.20.30.50-10.20.30.240", "10.20.30.50-10.20.30.70");
    expect(found(check(e.text), "R14")).toEqual([
      "317:16 vsphere.vdi.pools[1].count the pools on VLAN 'public' have 30 desktops, but the DHCP range of VLAN 'public' holds only 21 addresses; widen the range or lower the count",
    ]);
  });

  it("requires DHCP on a VDI VLAN", () => {
    const text = edit(
      EXAMPLE,
      "vlan: public\n        cpus: 1",
      "vlan: management\n        cpus: 1",
    ).text;
    expect(found(check(text), "R14")).toEqual([
      "319:15 vsphere.vdi.pools[1].vlan VLAN 'management' has no DHCP, but VDI desktops get their addresses by DHCP; add a dhcp section to it",
    ]);
  });
});
