import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

/** The example with `network.upstream.gateway` set to `ip`, and the line it is on. */
function withUpstream(ip: string) {
  return edit(EXAMPLE, "    gateway: 10.20.10.254 ", `    gateway: ${ip} `);
}

describe("the internet router (network.upstream)", () => {
  it("accepts a declared host on a site VLAN", () => {
    // the example's firewall fw01
    expect(found(check(EXAMPLE), "upstream")).toEqual([]);
  });

  it("asks for the router to be declared as a host", () => {
    const e = withUpstream("10.20.40.254");
    expect(found(check(e.text), "upstream")).toEqual([
      `${e.line}:14 network.upstream.gateway internet router 10.20.40.254 is no declared host; add it under hosts of VLAN 'management' so its address is kept free`,
    ]);
  });

  it("rejects an address outside the site and a VLAN's own gateway", () => {
    const outside = withUpstream("192.0.2.1");
    expect(found(check(outside.text), "upstream")).toEqual([
      `${outside.line}:14 network.upstream.gateway internet router 192.0.2.1 is in none of the site's VLAN subnets; the core switches can only reach a router on one of them`,
    ]);
    const gateway = withUpstream("10.20.40.1");
    expect(found(check(gateway.text), "upstream")).toEqual([
      `${gateway.line}:14 network.upstream.gateway 10.20.40.1 is the gateway of VLAN 'management', which the core switch holds itself; give the router's own address`,
    ]);
  });
});
