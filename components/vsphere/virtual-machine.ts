/**
 * `carrel:vsphere:VirtualMachine`: one server VM cloned from its template, or, when the
 * stack's imports file lists it, the existing VM adopted as it is: never cloned or
 * customized, its virtual hardware, resource pool and datastore kept (see `KEEPS`).
 */
import * as pulumi from "@pulumi/pulumi";
import type { Adoption } from "../../src/pulumi/adoption.ts";
import { ADOPTABLE, vmResourceName } from "../../src/pulumi/names.ts";
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
  /** What already exists and is adopted. @default nothing */
  readonly adoption?: Adoption;
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
    const resourceName = vmResourceName(vm.name);
    const adopted = args.adoption?.options(ADOPTABLE.vm, resourceName) ?? {};
    const machine = new vsphere.VirtualMachine(
      resourceName,
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
        waitForGuestNetTimeout: args.guestWait.netMinutes,
        waitForGuestIpTimeout: args.guestWait.ipMinutes,
        // An existing VM is adopted, never cloned: no clone block at all.
        ...(adopted.import === undefined ? { clone: cloneOf(args) } : {}),
        tags: args.tagIds,
      },
      { parent: this, provider: args.provider, ...adopted },
    );
    this.ipAddress = pulumi.output(vm.ip);
    this.vmId = machine.id;
    this.registerOutputs({ ipAddress: this.ipAddress, vmId: this.vmId });
  }
}

/** How a new server VM is cloned and customized. */
function cloneOf(args: VirtualMachineArgs): vsphere.types.input.VirtualMachineClone {
  const { vm } = args;
  return {
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
  };
}

/** The note shown on a VM in vCenter. */
export function note(siteCode: string, role: string | undefined, description?: string): string {
  const what = [role, description].filter((s) => s !== undefined && s !== "").join(": ");
  return `Managed by Carrel (site ${siteCode}); change site.yaml, not vCenter.${what ? ` ${what}` : ""}`;
}
