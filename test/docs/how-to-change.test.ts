import { describe, expect, it } from "vitest";
import { freeAddress, freeSubnet, freeVlanId } from "../../src/docs/pages/how-to-change.ts";
import { SECRET_KEYS } from "../../src/pulumi/settings.ts";
import { docsOf, exampleModel, page, textOf } from "./example-docs.ts";

describe("how to change this site", () => {
  it("gives the command for every secret stack config key the Pulumi program reads", async () => {
    // given the example, which has vSphere and an Azure VPN
    const text = textOf(page(await docsOf(), "how-to-change.html"));
    // then each secret the program requires has its command
    for (const key of SECRET_KEYS)
      expect(text).toContain(`pulumi config set --secret carrel:${key}`);
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
