import { describe, expect, it } from "vitest";
import {
  freeAddress,
  freeSubnet,
  freeVlanId,
  SECRET_CONFIG_KEYS,
} from "../../src/docs/pages/how-to-change.ts";
import { SECRET_KEYS } from "../../src/pulumi/settings.ts";
import { exampleModel } from "./example-docs.ts";

describe("how to change this site", () => {
  it("names exactly the secret stack config keys the Pulumi program reads", () => {
    expect([...SECRET_CONFIG_KEYS.vsphere, ...SECRET_CONFIG_KEYS.azure].sort()).toEqual(
      [...SECRET_KEYS].sort(),
    );
  });

  it("suggests a VLAN id, a subnet and an address that are free in the example", () => {
    const model = exampleModel();
    expect(freeVlanId(model)).toBe(80);
    expect(freeSubnet(model)).toBe("10.20.0.0/24");
    const ip = freeAddress(model, "servers")!;
    expect(model.statics.map((s) => s.text)).not.toContain(ip);
    expect(ip).toMatch(/^10\.20\.10\.\d+$/);
  });
});
