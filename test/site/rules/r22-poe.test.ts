import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

describe("R22 PoE only where the model has it", () => {
  it("accepts the example's PoE ports", () => {
    expect(found(check(EXAMPLE), "R22")).toEqual([]);
  });

  it("rejects PoE on a model without any", () => {
    // given core-sw1 replaced by the non-PoE model while staff desks still ask for PoE
    const text = edit(EXAMPLE, "aruba-2930f-48g-poe-4sfpp", "aruba-2930f-48g-4sfpp").text;
    const poe = edit(EXAMPLE, "poe: true\n          description: Staff desks", "");
    // when validated, then the poe flag is blamed
    expect(found(check(text), "R22")).toEqual([
      `${poe.line}:${poe.col + 5} network.switches[0].ports[2].poe ports 17-40 of 'core-sw1' cannot supply power (PoE): model 'aruba-2930f-48g-4sfpp' has no PoE ports; remove poe: true or move the devices to PoE ports`,
    ]);
  });

  it("rejects PoE on uplink ports of a PoE model", () => {
    const e = edit(
      EXAMPLE,
      "description: Uplink to core",
      "poe: true\n          description: Uplink to core",
    );
    expect(found(check(e.text), "R22")).toEqual([
      `${e.line}:${e.col + 5} network.switches[1].ports[4].poe ports 25-26 of 'access-sw1' cannot supply power (PoE): model 'aruba-2930f-24g-poe-4sfpp' has PoE on ports 1-24 only; remove poe: true or move the devices to PoE ports`,
    ]);
  });
});
