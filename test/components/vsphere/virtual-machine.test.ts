/** `carrel:vsphere:VirtualMachine` and the clone customization it shares with pools. */
import * as pulumi from "@pulumi/pulumi";
import { describe, expect, it } from "vitest";
import { customization } from "../../../components/vsphere/clone.ts";
import { VirtualMachine } from "../../../components/vsphere/virtual-machine.ts";
import { mockTemplate, runUnderMocks } from "../../pulumi/mocks.ts";
import type { VmPlan } from "../../../src/pulumi/plan.ts";
import * as vsphere from "../../../src/vsphere/index.ts";
import { ofType, vmPlan } from "../helpers.ts";

const VM = "vsphere:index/virtualMachine:VirtualMachine";

/** Builds one VirtualMachine component under mocks. */
function build(vm: VmPlan, withDomainJoin = true) {
  let ip: pulumi.Output<string> | undefined;
  const run = runUnderMocks(async () => {
    const provider = new vsphere.Provider("vc", { vsphereServer: "vc.example" });
    const template = vsphere.getVirtualMachineOutput({ name: vm.templateName }, { provider });
    const component = new VirtualMachine(vm.name, {
      vm,
      domain: "ad.lib.example",
      timezone: "Europe/Dublin",
      template,
      resourcePoolId: "resgroup-1",
      datastoreId: "datastore-1",
      folder: vm.folder,
      networkId: "dvportgroup-7",
      tagIds: ["tag-a"],
      domainJoin: withDomainJoin
        ? { user: "joiner", password: pulumi.secret("join-pass") }
        : undefined,
      siteCode: "lib",
      provider,
      guestWait: { netMinutes: 0, ipMinutes: 0 },
    });
    ip = component.ipAddress;
    return { ip: component.ipAddress, vmId: component.vmId };
  });
  return { run, ip: () => ip };
}

describe("given a Windows server VM", () => {
  it("when built, then one clone is registered under the component with its VM name", async () => {
    const run = await build(vmPlan()).run;
    expect(run.error).toBeUndefined();
    const [component] = ofType(run, "carrel:vsphere:VirtualMachine");
    const [vm] = ofType(run, VM);
    expect(vm!.name).toBe("lib-app01");
    expect(vm!.parent).toBe(component!.urn);
    expect(vm!.inputs).toMatchObject({
      name: "lib-app01",
      numCpus: 2,
      memory: 4096,
      folder: "Servers",
      tags: ["tag-a"],
      networkInterfaces: [{ networkId: "dvportgroup-7", adapterType: "vmxnet3" }],
      clone: { templateUuid: mockTemplate("tmpl-win2022").id, linkedClone: false },
    });
    expect(vm!.inputs.annotation).toBe(
      "Managed by Carrel (site lib); change site.yaml, not vCenter. app",
    );
  });

  it("then its outputs are the static address and the clone's UUID", async () => {
    const run = await build(vmPlan()).run;
    expect(run.outputs).toMatchObject({ ip: "10.1.10.20" });
    expect(String(run.outputs?.vmId)).toMatch(/^4230/);
  });

  it("when no domain-join account is given, then it refuses to build", async () => {
    const run = await build(vmPlan(), false).run;
    expect((run.error as Error).message).toBe(
      "lib-app01 is a Windows guest but no domain-join account is set",
    );
  });
});

describe("given the customization of a guest", () => {
  it("when a Linux guest has a static address, then it gets host, domain, address and DNS", () => {
    expect(
      customization({
        hostName: "lib-mon",
        os: "linux",
        domain: "ad.lib.example",
        timezone: "Europe/Dublin",
        address: { ip: "10.1.10.30", prefix: 24, gateway: "10.1.10.1", dns: ["10.1.10.10"] },
        domainJoin: undefined,
      }),
    ).toEqual({
      networkInterfaces: [{ ipv4Address: "10.1.10.30", ipv4Netmask: 24 }],
      ipv4Gateway: "10.1.10.1",
      dnsServerLists: ["10.1.10.10"],
      dnsSuffixLists: ["ad.lib.example"],
      linuxOptions: { hostName: "lib-mon", domain: "ad.lib.example", timeZone: "Europe/Dublin" },
    });
  });

  it("when a guest has no static address, then its one interface uses DHCP", () => {
    const result = customization({
      hostName: "DESK-1",
      os: "linux",
      domain: "ad.lib.example",
      timezone: "UTC",
      address: undefined,
      domainJoin: undefined,
    });
    expect(result.networkInterfaces).toEqual([{}]);
    expect(result.ipv4Gateway).toBeUndefined();
  });
});
