import { describe, expect, it } from "vitest";
import {
  declaredModel,
  FIRMWARE_FAMILIES,
  missingCoreCapabilities,
  PRODUCT_NUMBER_PATTERN,
  RELEASE_PATTERN,
  SWITCH_CATALOG,
  switchHardware,
} from "../../../src/site/switching/index.ts";

describe("the switch catalog", () => {
  it("records every model's HPE product number and software family", () => {
    const table = Object.fromEntries(
      Object.entries(SWITCH_CATALOG).map(([key, m]) => [key, [m.productNumber, m.firmwareFamily]]),
    );
    expect(table).toEqual({
      "aruba-2930f-24g-poe-4sfpp": ["JL255A", "WC"],
      "aruba-2930f-48g-poe-4sfpp": ["JL256A", "WC"],
      "aruba-2930f-48g-4sfpp": ["JL254A", "WC"],
      "aruba-2540-24g-poe-4sfpp": ["JL356A", "YC"],
      "aruba-2540-48g-poe-4sfpp": ["JL357A", "YC"],
      "hp-2530-24g-poe": ["J9773A", "YA"],
      "hp-2530-48g-poe": ["J9772A", "YA"],
    });
    for (const m of Object.values(SWITCH_CATALOG)) {
      expect(m.productNumber).toMatch(PRODUCT_NUMBER_PATTERN);
      expect(FIRMWARE_FAMILIES[m.firmwareFamily!]!.defaultRelease).toMatch(RELEASE_PATTERN);
    }
  });

  it("takes each model's name and ports from the hardware table, by its product number", () => {
    const m = SWITCH_CATALOG["aruba-2930f-24g-poe-4sfpp"]!;
    expect(switchHardware("JL255A")!.label).toBe("Aruba 2930F-24G-PoE+-4SFP+");
    expect([m.label, m.portCount, m.poePorts.length, m.uplinkPorts]).toEqual([
      "Aruba 2930F 24G PoE+ 4SFP+",
      28,
      24,
      [25, 26, 27, 28],
    ]);
    for (const model of Object.values(SWITCH_CATALOG))
      expect(model.portCount).toBe(switchHardware(model.productNumber!)!.ports);
  });

  it("records that the 2930F and 2540 can be cores and the 2530 cannot", () => {
    const cores = Object.entries(SWITCH_CATALOG)
      .filter(([, m]) => missingCoreCapabilities(m).length === 0)
      .map(([key]) => key);
    expect(cores).toEqual([
      "aruba-2930f-24g-poe-4sfpp",
      "aruba-2930f-48g-poe-4sfpp",
      "aruba-2930f-48g-4sfpp",
      "aruba-2540-24g-poe-4sfpp",
      "aruba-2540-48g-poe-4sfpp",
    ]);
    expect(missingCoreCapabilities(SWITCH_CATALOG["hp-2530-48g-poe"]!)).toEqual([
      "route between VLANs (ip routing)",
      "relay DHCP (ip helper-address)",
      "filter routed traffic (VLAN access lists)",
    ]);
  });

  it("names the module only for families whose running-configs carry it", () => {
    expect(SWITCH_CATALOG["aruba-2930f-24g-poe-4sfpp"]!.moduleLine).toBe(true);
    expect(SWITCH_CATALOG["aruba-2540-24g-poe-4sfpp"]!.moduleLine).toBe(true);
    expect(SWITCH_CATALOG["hp-2530-24g-poe"]!.moduleLine).toBe(false);
  });

  it("takes a declared model's product number, family and capabilities from site.yaml", () => {
    const m = declaredModel("lab", {
      ports: 12,
      uplinkKind: "SFP",
      productNumber: "jl258a",
      firmware: "WC.16.10.0005",
      capabilities: { routedAcl: false },
    });
    expect(m).toMatchObject({
      label: "lab",
      productNumber: "JL258A",
      firmwareFamily: "WC",
      firmware: "WC.16.10.0005",
      moduleLine: true,
      capabilities: { routing: true, dhcpRelay: true, routedAcl: false },
    });
  });
});
