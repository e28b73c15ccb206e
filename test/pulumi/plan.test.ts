/** The site plan: pure derivations the components wire to resources. */
import { describe, expect, it } from "vitest";
import { onPremisesAddressSpaces, planSite } from "../../src/pulumi/plan.ts";
import { buildModel } from "../../src/site/index.ts";
import { check, edit, EXAMPLE } from "../helpers/site.ts";

const plan = (text: string) => planSite(buildModel(check(text).site!));

describe("given the example site", () => {
  const example = plan(EXAMPLE);

  it("then desktops are keyed by pool name and number, named by the pattern", () => {
    const pool = example.vsphere!.pools.find((p) => p.name === "public-pcs")!;
    expect(pool.desktops.slice(0, 2)).toEqual([
      { key: "public-pcs-1", number: 1, name: "PUB-01" },
      { key: "public-pcs-2", number: 2, name: "PUB-02" },
    ]);
  });

  it("then only templates that are used are looked up, by key", () => {
    expect(example.vsphere!.templates.map((t) => t.key)).toEqual([
      "ubuntu2404",
      "win11-public",
      "win2022",
    ]);
  });

  it("then a VM takes prefix, gateway and DNS from its VLAN", () => {
    const vm = example.vsphere!.vms.find((v) => v.name === "rbpl-dc01")!;
    expect([vm.prefix, vm.gateway, vm.dns, vm.memoryMb]).toEqual([
      24,
      "10.20.10.1",
      ["10.20.10.10", "10.20.10.11"],
      8192,
    ]);
  });

  it("then Windows guests mean the domain-join secret is needed", () => {
    expect(example.vsphere!.joinsDomain).toBe(true);
  });
});

describe("given the VPN's on-premises address spaces", () => {
  it("when site.yaml gives none, then they are the non-isolated VLAN subnets by address", () => {
    const model = buildModel(check(EXAMPLE).site!);
    expect(onPremisesAddressSpaces(model, undefined)).toEqual([
      "10.20.10.0/24",
      "10.20.20.0/23",
      "10.20.40.0/24",
      "10.20.60.0/24",
      "10.20.70.0/24",
    ]);
  });

  it("when site.yaml gives some, then exactly those, sorted and without duplicates", () => {
    const model = buildModel(check(EXAMPLE).site!);
    expect(onPremisesAddressSpaces(model, ["10.9.0.0/16", "10.20.10.0/24", "10.9.0.0/16"])).toEqual(
      ["10.9.0.0/16", "10.20.10.0/24"],
    );
  });
});

describe("given an anti-affinity group with a single VM", () => {
  it("then no rule is planned for it", () => {
    const text = edit(
      EXAMPLE,
      "      antiAffinity: domain-controllers\n    - name: rbpl-dc02",
      "    - name: rbpl-dc02",
    ).text;
    expect(plan(text).vsphere!.antiAffinity).toEqual([]);
  });
});
