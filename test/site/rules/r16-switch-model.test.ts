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
      "\nswitchModels:\n  cisco-c9200l-24p:\n    ports: 28\n    poe: 1-24\n    uplinks: 25-28\n    productNumber: JL255A\n    firmware: WC.16.11.0025\n\nvsphere:\n",
    ).text;
    // when validated, then R16 has nothing to say
    expect(found(check(text), "R16")).toEqual([]);
  });

  it("warns when a declared model in use has no product number for the file's first line", () => {
    // given a declared model without productNumber, used by access-sw1
    let text = edit(EXAMPLE, "aruba-2930f-24g-poe-4sfpp\n", "lab-switch\n").text;
    const e = edit(
      text,
      "\nvsphere:\n",
      "\nswitchModels:\n  lab-switch:\n    ports: 28\n    poe: 1-24\n\nvsphere:\n",
    );
    text = e.text;
    // then R16 warns at the model, saying what the switch does with such a file
    expect(found(check(text), "R16")).toEqual([
      `${e.line + 3}:5 switchModels.lab-switch warning: model 'lab-switch' has no productNumber, so its configuration files cannot start with the '; <product number> Configuration Editor' line a switch requires before it accepts an uploaded file (pasting still works); add productNumber from the label on the switch (like JL256A)`,
    ]);
  });

  it("refuses a core switch on a model that cannot route, relay or filter, saying so", () => {
    // given the core switch replaced by an HP 2530 (a Layer 2 switch)
    const e = edit(EXAMPLE, "model: aruba-2930f-48g-poe-4sfpp", "model: hp-2530-48g-poe");
    // when validated
    const issues = found(check(e.text), "R16");
    // then the error is on its role and names all three missing abilities
    expect(issues).toEqual([
      `${e.line + 1}:13 network.switches[0].role 'core-sw1' cannot be a core switch: model 'hp-2530-48g-poe' (HP 2530 48G PoE+) cannot route between VLANs (ip routing), relay DHCP (ip helper-address) or filter routed traffic (VLAN access lists); make it an access switch and give the site a core that can, such as an Aruba 2930F or 2540`,
    ]);
  });

  it("lets a 2530 be an access switch", () => {
    const e = edit(EXAMPLE, "aruba-2930f-24g-poe-4sfpp\n", "hp-2530-24g-poe\n");
    expect(found(check(e.text), "R16")).toEqual([]);
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
