/** `carrel:vsphere:VdiPool`: count clones keyed by pool name and desktop number. */
import * as pulumi from "@pulumi/pulumi";
import { describe, expect, it } from "vitest";
import { VdiPool } from "../../../components/vsphere/vdi-pool.ts";
import { runUnderMocks } from "../../pulumi/mocks.ts";
import type { PoolPlan } from "../../../src/pulumi/plan.ts";
import * as vsphere from "../../../src/vsphere/index.ts";
import { ofType, poolPlan } from "../helpers.ts";

const VM = "vsphere:index/virtualMachine:VirtualMachine";

function build(pool: PoolPlan) {
  return runUnderMocks(async () => {
    const provider = new vsphere.Provider("vc", { vsphereServer: "vc.example" });
    const component = new VdiPool(pool.name, {
      pool,
      domain: "ad.lib.example",
      timezone: "UTC",
      template: vsphere.getVirtualMachineOutput({ name: pool.templateName }, { provider }),
      resourcePoolId: "resgroup-1",
      datastoreId: "datastore-1",
      folder: pool.folder,
      networkId: "dvportgroup-9",
      domainJoin: { user: "joiner", password: pulumi.secret("join-pass") },
      siteCode: "lib",
      provider,
      guestWait: { netMinutes: 0, ipMinutes: 0 },
    });
    return { desktopNames: component.desktopNames };
  });
}

describe("given a pool of three linked-clone desktops", () => {
  it("when built, then three clones are registered, keyed by pool and number", async () => {
    const run = await build(poolPlan(3));
    expect(run.error).toBeUndefined();
    expect(ofType(run, VM).map((r) => [r.name, r.inputs.name])).toEqual([
      ["desks-1", "DESK-1"],
      ["desks-2", "DESK-2"],
      ["desks-3", "DESK-3"],
    ]);
    const pool = ofType(run, "carrel:vsphere:VdiPool")[0]!;
    for (const vm of ofType(run, VM)) expect(vm.parent).toBe(pool.urn);
    expect(run.outputs).toEqual({ desktopNames: ["DESK-1", "DESK-2", "DESK-3"] });
  });

  it("then each desktop is a linked clone on DHCP with the template's disks", async () => {
    const run = await build(poolPlan(1));
    const vm = ofType(run, VM)[0]!.inputs;
    expect(vm.disks).toEqual([
      { label: "disk0", size: 60, unitNumber: 0, thinProvisioned: true, eagerlyScrub: false },
    ]);
    expect(vm.clone).toMatchObject({
      linkedClone: true,
      customize: { networkInterfaces: [{}], windowsOptions: { computerName: "DESK-1" } },
    });
  });

  it("when the pool sets disk sizes, then the desktops get those sizes", async () => {
    const run = await build(poolPlan(1, { disksGb: [80, 20] }));
    expect((ofType(run, VM)[0]!.inputs.disks as { size: number }[]).map((d) => d.size)).toEqual([
      80, 20,
    ]);
  });
});
