import { describe, expect, it } from "vitest";
import { buildModel } from "../../../src/site/index.ts";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

const CORE_IP =
  "        ip: 10.20.40.1            # a core answers on its management VLAN's gateway (R32); may be left out\n";

describe("R32 management addresses", () => {
  it("accepts a core switch whose management address is its VLAN's gateway, counted once", () => {
    // given the example, whose core writes ip: 10.20.40.1, the management VLAN's gateway
    const result = check(EXAMPLE);
    // then neither R32 nor R11 (the gateway is not a second use of the address) objects
    expect(found(result, "R32")).toEqual([]);
    expect(found(result, "R11")).toEqual([]);
  });

  it("accepts a core switch that leaves its address out, and answers on the gateway", () => {
    // given the core's ip line removed
    const result = check(edit(EXAMPLE, CORE_IP, "").text);
    // then the site is valid and the model puts the core on the gateway
    expect(result.valid).toBe(true);
    const core = buildModel(result.site!).switches.find((t) => t.switch.name === "core-sw1")!;
    expect(core.management).toEqual({
      vlan: "management",
      ip: 0x0a142801,
      address: "10.20.40.1",
      onGateway: true,
    });
  });

  it("refuses any other address on a core switch, naming the gateway", () => {
    // given the core's address set to a free host address
    const e = edit(EXAMPLE, "ip: 10.20.40.1 ", "ip: 10.20.40.2 ");
    // then R32 names the gateway at the address, and R11 has nothing to add
    expect(found(check(e.text), "R32")).toEqual([
      `${e.line}:13 network.switches[0].management.ip a core switch answers for management on the gateway of VLAN 'management', 10.20.40.1, as it can take no second address there; write ip: 10.20.40.1 or leave ip out`,
    ]);
    expect(found(check(e.text), "R11")).toEqual([]);
  });

  it("asks an access switch for its address, offering a free one", () => {
    // given the access switch's ip line removed
    const e = edit(
      EXAMPLE,
      "        vlan: management\n        ip: 10.20.40.3\n",
      "        vlan: management\n",
    );
    // then R32 reports it at the management section, with the first free address
    expect(found(check(e.text), "R32")).toEqual([
      `${e.line}:9 network.switches[1].management access switch 'access-sw1' needs its management address: add ip: with a free address on VLAN 'management' (like 10.20.40.10); only a core switch answers on the VLAN's gateway`,
    ]);
  });

  it("leaves an unknown management VLAN to R4", () => {
    const e = edit(EXAMPLE, CORE_IP, "");
    const text = edit(
      e.text,
      "        vlan: management\n      ports:",
      "        vlan: managment\n      ports:",
    ).text;
    expect(found(check(text), "R32")).toEqual([]);
    expect(found(check(text), "R4")).toHaveLength(1);
  });
});
