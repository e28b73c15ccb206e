import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

describe("R16 switch models and ports", () => {
  it("accepts the example's models and ports", () => {
    expect(found(check(EXAMPLE), "R16")).toEqual([]);
  });

  it("rejects an unknown model and suggests the catalog key meant", () => {
    // given a model key with its last letter missing
    const e = edit(EXAMPLE, "aruba-2930f-24g-poe-4sfpp\n", "aruba-2930f-24g-poe-4sfp\n");
    // when validated
    const issues = found(check(e.text), "R16");
    // then the error is on the model and names the known key
    expect(issues).toEqual([
      `${e.at} network.switches[1].model 'aruba-2930f-24g-poe-4sfp' is not a known switch model; did you mean 'aruba-2930f-24g-poe-4sfpp'?`,
    ]);
  });

  it("says where to describe a model it cannot guess", () => {
    const e = edit(EXAMPLE, "aruba-2930f-24g-poe-4sfpp\n", "cisco-c9200l-24p\n");
    expect(found(check(e.text), "R16")).toEqual([
      `${e.at} network.switches[1].model 'cisco-c9200l-24p' is not a known switch model; use a model from Carrel's catalog or describe it under switchModels`,
    ]);
  });

  it("accepts a model the site describes under switchModels", () => {
    // given a site-declared model with the same port layout
    let text = edit(EXAMPLE, "aruba-2930f-24g-poe-4sfpp\n", "cisco-c9200l-24p\n").text;
    text = edit(
      text,
      "\nvsphere:\n",
      "\nswitchModels:\n  cisco-c9200l-24p:\n    ports: 28\n    poe: 1-24\n    uplinks: 25-28\n\nvsphere:\n",
    ).text;
    // when validated, then R16 has nothing to say
    expect(found(check(text), "R16")).toEqual([]);
  });

  it("rejects a malformed port list at its value", () => {
    const e = edit(EXAMPLE, "13-16", "13-");
    expect(found(check(e.text), "R16")).toEqual([
      `${e.at} network.switches[1].ports[1].ports '13-' is not a port list; write 5, 1-8 or 1,3,5-7`,
    ]);
  });

  it("rejects ports the model does not have", () => {
    // given ports 27-30 on a 28-port switch
    const e = edit(EXAMPLE, "21-22", "27-30");
    expect(found(check(e.text), "R16")).toEqual([
      `${e.at} network.switches[1].ports[3].ports ports 29-30 do not exist on 'access-sw1'; model 'aruba-2930f-24g-poe-4sfpp' has ports 1-28`,
    ]);
  });

  it("checks the port lists of a model described under switchModels", () => {
    const e = edit(
      EXAMPLE,
      "\nvsphere:\n",
      "\nswitchModels:\n  lab-switch:\n    ports: 8\n    poe: 1-10\n    uplinks: 7-\n\nvsphere:\n",
    );
    expect(found(check(e.text), "R16")).toEqual([
      `${e.line + 4}:10 switchModels.lab-switch.poe ports 9-10 do not exist on model 'lab-switch', which has ports 1-8`,
      `${e.line + 5}:14 switchModels.lab-switch.uplinks '7-' is not a port list; write 5, 1-8 or 1,3,5-7`,
    ]);
  });
});
