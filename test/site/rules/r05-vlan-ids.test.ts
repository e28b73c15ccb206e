import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

describe("R5 VLAN ids", () => {
  it("accepts the example", () => {
    expect(found(check(EXAMPLE), "R5")).toEqual([]);
  });

  it("explains why VLAN 1 is not allowed", () => {
    const e = edit(EXAMPLE, "id: 70", "id: 1");
    expect(found(check(e.text), "R5")).toEqual([
      `${e.line}:11 network.vlans[6].id VLAN id 1 is the switches' built-in default VLAN; give this VLAN an id from 2 to 4094`,
    ]);
  });

  it("rejects ids above 4094", () => {
    const e = edit(EXAMPLE, "id: 70", "id: 4095");
    expect(found(check(e.text), "R5")).toEqual([
      `${e.line}:11 network.vlans[6].id VLAN id 4095 is outside 2-4094, the ids switches accept`,
    ]);
  });
});
