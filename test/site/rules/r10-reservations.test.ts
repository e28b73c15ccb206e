import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";
import { normaliseMac } from "../../../src/site/net/mac.ts";

describe("R10 reservations and MACs", () => {
  it("accepts the example", () => {
    expect(found(check(EXAMPLE), "R10")).toEqual([]);
  });

  it("rejects a reservation inside the dynamic range", () => {
    const e = edit(EXAMPLE, "ip: 10.20.60.30", "ip: 10.20.60.130");
    expect(found(check(e.text), "R10")).toEqual([
      `${e.line}:15 network.vlans[5].reservations[0].ip reserved address 10.20.60.130 is inside the dynamic range 10.20.60.100-10.20.60.200; pick one outside it so DHCP cannot give it to another device`,
    ]);
  });

  it("rejects a reservation outside the subnet", () => {
    const e = edit(EXAMPLE, "ip: 10.20.60.30", "ip: 10.20.70.30");
    expect(found(check(e.text), "R10")[0]).toBe(
      `${e.line}:15 network.vlans[5].reservations[0].ip reserved address 10.20.70.30 is outside the VLAN's subnet 10.20.60.0/24`,
    );
  });

  it("finds a MAC used twice, whatever its notation", () => {
    const e = edit(EXAMPLE, '"02:1b:78:00:60:01"', "021B.7800.2002");
    expect(found(check(e.text), "R10")).toEqual([
      `${e.at} network.vlans[5].reservations[0].mac MAC 02:1b:78:00:20:02 is already used by 'admin-printer'; each device has its own`,
    ]);
  });

  it("rejects malformed and multicast MACs", () => {
    const bad = edit(EXAMPLE, '"02:1b:78:00:60:01"', '"02:1b:78:00:60"');
    expect(found(check(bad.text), "R10")).toEqual([
      `${bad.at} network.vlans[5].reservations[0].mac '02:1b:78:00:60' is not a MAC address; write six pairs of hex digits like 02:1b:78:00:20:01`,
    ]);
    const multi = edit(EXAMPLE, '"02:1b:78:00:60:01"', '"01-00-5E-00-00-01"');
    expect(found(check(multi.text), "R10")).toEqual([
      `${multi.at} network.vlans[5].reservations[0].mac 01:00:5e:00:00:01 is a multicast address; a device's own MAC is unicast (check the first pair)`,
    ]);
  });

  it("normalises the three notations to lower-case colon form", () => {
    expect(normaliseMac("02-1B-78-00-20-01")).toBe("02:1b:78:00:20:01");
    expect(normaliseMac("021b.7800.2001")).toBe("02:1b:78:00:20:01");
    expect(normaliseMac("02:1b-78:00:20:01")).toBeUndefined();
  });
});
