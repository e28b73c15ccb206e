/** `carrel:vsphere:VirtualMachine`: one server VM cloned from its template. */
import * as pulumi from "@pulumi/pulumi";
import type { VmPlan } from "../../src/pulumi/plan.ts";
import * as vsphere from "../../src/vsphere/index.ts";
import { cloneDisks, customization, templateHardware } from "./clone.ts";
import type { ClonePlacement } from "./clone-placement.ts";

/** Where and how a server VM is built. */
export interface VirtualMachineArgs extends ClonePlacement {
  /** The VM as the site plan describes it (name, size, address, template). */
  readonly vm: VmPlan;
  /** Tag ids for the VM's role and backup class. */
  readonly tagIds: pulumi.Input<string>[];
}

/** A server VM: a full clone with static address, customization, disks, folder and tags. */
export class VirtualMachine extends pulumi.ComponentResource {
  /** The VM's static address. */
  readonly ipAddress: pulumi.Output<string>;
  /** The VM's UUID in vCenter (what anti-affinity rules refer to). */
  readonly vmId: pulumi.Output<string>;

  constructor(name: string, args: VirtualMachineArgs, opts?: pulumi.ComponentResourceOptions) {
    super("carrel:vsphere:VirtualMachine", name, {}, opts);
    const { vm } = args;
    const machine = new vsphere.VirtualMachine(
      vm.name,
      {
        name: vm.name,
        annotation: note(args.siteCode, vm.role, vm.description),
        resourcePoolId: args.resourcePoolId,
        datastoreId: args.datastoreId,
        folder: args.folder,
        numCpus: vm.cpus,
        memory: vm.memoryMb,
        ...templateHardware(args.template),
        networkInterfaces: [
          {
            networkId: args.networkId,
            adapterType: args.template.apply((t) => t.networkInterfaceTypes[0] ?? "vmxnet3"),
          },
        ],
        disks: cloneDisks(args.template, vm.disksGb),
        clone: {
          templateUuid: args.template.id,
          linkedClone: false,
          customize: customization({
            hostName: vm.name,
            os: vm.os,
            domain: args.domain,
            timezone: args.timezone,
            address: { ip: vm.ip, prefix: vm.prefix, gateway: vm.gateway, dns: vm.dns },
            domainJoin: args.domainJoin,
          }),
        },
        tags: args.tagIds,
      },
      { parent: this, provider: args.provider },
    );
    this.ipAddress = pulumi.output(vm.ip);
    this.vmId = machine.id;
    this.registerOutputs({ ipAddress: this.ipAddress, vmId: this.vmId });
  }
}

/** The note shown on a VM in vCenter. */
export function note(siteCode: string, role: string | undefined, description?: string): string {
  const what = [role, description].filter((s) => s !== undefined && s !== "").join(": ");
  return `Managed by Carrel (site ${siteCode}); change site.yaml, not vCenter.${what ? ` ${what}` : ""}`;
}
