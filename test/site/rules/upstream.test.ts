import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

/** The example with `network.upstream.gateway` set to `ip`, and the line it is on. */
function withUpstream(ip: string) {
  return edit(
    EXAMPLE,
    "  dns: [10.20.10.10, 10.20.10.11]",
    `  upstream:\n    gateway: ${ip}\n  dns: [10.20.10.10, 10.20.10.11]`,
  );
}

describe("the internet router (network.upstream)", () => {
  it("accepts a declared host on a site VLAN", () => {
    const text = withUpstream("10.20.40.20").text; // ups01 stands in for the firewall here
    expect(found(check(text), "upstream")).toEqual([]);
  });

  it("asks for the router to be declared as a host", () => {
    const e = withUpstream("10.20.40.254");
    expect(found(check(e.text), "upstream")).toEqual([
      `${e.line + 1}:14 network.upstream.gateway internet router 10.20.40.254 is no declared host; add it under hosts of VLAN 'management' so its address is kept free`,
    ]);
  });

  it("rejects an address outside the site and a VLAN's own gateway", () => {
    const outside = withUpstream("192.0.2.1");
    expect(found(check(outside.text), "upstream")).toEqual([
      `${outside.line + 1}:14 network.upstream.gateway internet router 192.0.2.1 is in none of the site's VLAN subnets; the core switches can only reach a router on one of them`,
    ]);
    const gateway = withUpstream("10.20.40.1");
    expect(found(check(gateway.text), "upstream")).toEqual([
      `${gateway.line + 1}:14 network.upstream.gateway 10.20.40.1 is the gateway of VLAN 'management', which the core switch holds itself; give the router's own address`,
    ]);
  });
});
