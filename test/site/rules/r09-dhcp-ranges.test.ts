import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

describe("R9 DHCP ranges", () => {
  it("accepts the example", () => {
    expect(found(check(EXAMPLE), "R9")).toEqual([]);
  });

  it("rejects a backwards range", () => {
    const e = edit(EXAMPLE, "10.20.60.100-10.20.60.200", "10.20.60.200-10.20.60.100");
    expect(found(check(e.text), "R9")).toEqual([
      `${e.at} network.vlans[5].dhcp.range range 10.20.60.200-10.20.60.100 runs backwards; write the lower address first`,
    ]);
  });

  it("rejects a range leaving the subnet", () => {
    const e = edit(EXAMPLE, "10.20.60.100-10.20.60.200", "10.20.60.100-10.20.61.20");
    expect(found(check(e.text), "R9")).toEqual([
      `${e.at} network.vlans[5].dhcp.range range 10.20.60.100-10.20.61.20 is not inside the VLAN's subnet 10.20.60.0/24`,
    ]);
  });

  it("rejects a range holding the gateway, network or broadcast address", () => {
    const e = edit(EXAMPLE, "10.20.60.100-10.20.60.200", "10.20.60.0-10.20.60.255");
    expect(found(check(e.text), "R9")).toEqual([
      `${e.at} network.vlans[5].dhcp.range range 10.20.60.0-10.20.60.255 includes the broadcast address; end it one lower`,
      `${e.at} network.vlans[5].dhcp.range range 10.20.60.0-10.20.60.255 includes the gateway 10.20.60.1; DHCP would hand it to a client`,
      `${e.at} network.vlans[5].dhcp.range range 10.20.60.0-10.20.60.255 includes the network address; start it one higher`,
    ]);
  });
});
