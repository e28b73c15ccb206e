import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

describe("R8 gateways", () => {
  it("accepts the example", () => {
    expect(found(check(EXAMPLE), "R8")).toEqual([]);
  });

  it("rejects a gateway outside the subnet", () => {
    const e = edit(EXAMPLE, "gateway: 10.20.60.1", "gateway: 10.20.61.1");
    expect(found(check(e.text), "R8")).toEqual([
      `${e.line}:16 network.vlans[5].gateway gateway 10.20.61.1 is outside the VLAN's subnet 10.20.60.0/24`,
    ]);
  });

  it("rejects the network and broadcast addresses", () => {
    const net = edit(EXAMPLE, "gateway: 10.20.60.1", "gateway: 10.20.60.0");
    expect(found(check(net.text), "R8")).toEqual([
      `${net.line}:16 network.vlans[5].gateway gateway 10.20.60.0 is the subnet's network address; use a host address such as the first one after it`,
    ]);
    const bc = edit(EXAMPLE, "gateway: 10.20.60.1", "gateway: 10.20.60.255");
    expect(found(check(bc.text), "R8")).toEqual([
      `${bc.line}:16 network.vlans[5].gateway gateway 10.20.60.255 is the subnet's broadcast address; use a host address`,
    ]);
  });
});
