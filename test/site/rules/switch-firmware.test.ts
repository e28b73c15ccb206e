import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

const FLOWS = readFileSync(
  new URL("../../fixtures/sites/isolated-flows/site.yaml", import.meta.url),
  "utf8",
);

describe("firmware: the release a switch runs", () => {
  it("accepts a release of the model's family", () => {
    expect(found(check(FLOWS), "firmware")).toEqual([]);
  });

  it("refuses a release of another family, naming both", () => {
    const e = edit(FLOWS, "firmware: WC.16.11.0024", "firmware: YA.16.11.0029");
    expect(found(check(e.text), "firmware")).toEqual([
      `${e.line}:17 network.switches[0].firmware release YA.16.11.0029 is for YA (HPE/Aruba 2530 (Gigabit models)) switches; 'lsl-core' is a 'aruba-2930f-24g-poe-4sfpp', which runs WC (Aruba 2930F and 2930M) releases`,
    ]);
  });

  it("explains the pattern of a release at the value", () => {
    const e = edit(FLOWS, "firmware: WC.16.11.0024", "firmware: 16.11.0024");
    expect(found(check(e.text), "schema")).toEqual([
      `${e.line}:17 network.switches[0].firmware '16.11.0024' is not an ArubaOS-Switch release; write it as 'show version' prints it (like WC.16.11.0025)`,
    ]);
  });

  it("checks a declared model's release against its own family", () => {
    const e = edit(
      EXAMPLE,
      "\nvsphere:\n",
      "\nswitchModels:\n  lab-switch:\n    ports: 28\n    productNumber: JL258A\n    firmwareFamily: WC\n    firmware: YC.16.11.0029\n\nvsphere:\n",
    );
    expect(found(check(e.text), "firmware")).toEqual([
      `${e.line + 6}:15 switchModels.lab-switch.firmware release YC.16.11.0029 belongs to family YC (Aruba 2540), but model 'lab-switch' says its family is WC`,
    ]);
  });

  it("explains a malformed product number", () => {
    const e = edit(
      EXAMPLE,
      "\nvsphere:\n",
      "\nswitchModels:\n  lab-switch:\n    ports: 28\n    productNumber: 2930F\n\nvsphere:\n",
    );
    expect(found(check(e.text), "schema")).toEqual([
      `${e.line + 4}:20 switchModels.lab-switch.productNumber '2930F' is not an HPE product number; copy it from the switch's label or 'show system' (like JL256A)`,
    ]);
  });
});
