import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

describe("R12 DNS and NTP servers", () => {
  it("accepts the example (its public resolvers are outside the site)", () => {
    expect(found(check(EXAMPLE), "R12")).toEqual([]);
  });

  it("rejects an undeclared DNS server inside the site", () => {
    const e = edit(EXAMPLE, "dns: [10.20.10.10, 10.20.10.11]", "dns: [10.20.10.10, 10.20.10.9]");
    expect(found(check(e.text), "R12")).toEqual([
      `${e.line}:22 network.dns[1] DNS server 10.20.10.9 is inside the site's network but is no declared host or VM; declare the machine so it gets its address and DNS name`,
    ]);
  });

  it("checks per-VLAN NTP overrides", () => {
    const e = edit(EXAMPLE, "leaseTime: 24h\n", "leaseTime: 24h\n        ntp: [10.20.70.9]\n");
    expect(found(check(e.text), "R12")).toEqual([
      `${e.line + 1}:15 network.vlans[6].dhcp.ntp[0] NTP server 10.20.70.9 is inside the site's network but is no declared host or VM; declare the machine so it gets its address and DNS name`,
    ]);
  });
});
