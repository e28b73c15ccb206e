import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

describe("R6 subnets without host bits", () => {
  it("accepts the example", () => {
    expect(found(check(EXAMPLE), "R6")).toEqual([]);
  });

  it("gives the spec's message with the network address to use", () => {
    const e = edit(EXAMPLE, "10.20.20.0/23", "10.20.20.5/23");
    expect(found(check(e.text), "R6")).toEqual([
      `${e.at} network.vlans[1].subnet 10.20.20.5/23 has host bits set; did you mean 10.20.20.0/23?`,
    ]);
  });

  it("checks the Azure VPN address space too", () => {
    const e = edit(EXAMPLE, "10.120.0.0/16", "10.120.1.0/16");
    expect(found(check(e.text), "R6")).toEqual([
      `${e.at} azure.vpn.addressSpace 10.120.1.0/16 has host bits set; did you mean 10.120.0.0/16?`,
    ]);
  });
});
