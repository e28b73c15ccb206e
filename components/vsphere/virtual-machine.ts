/** `carrel:vsphere:VirtualMachine`: one server VM cloned from its template. */
import * as pulumi from "@pulumi/pulumi";
import type { VmPlan } from "../../src/pulumi/plan.ts";
import type { DomainJoinSettings } from "../../src/pulumi/settings.ts";
import * as vsphere from "../../src/vsphere/index.ts";
import { cloneDisks, customization, templateHardware } from "./clone.ts";

/** Where and how a server VM is built. */
export interface VirtualMachineArgs {
  /** The VM as the site plan describes it (name, size, address, template). */
  readonly vm: VmPlan;
  /** The site's DNS / Active Directory domain, joined by Windows VMs. */
  readonly domain: string;
  /** The site's IANA time zone, set on Linux VMs. */
  readonly timezone: string;
  /** The template, as `getVirtualMachine` found it. */
  readonly template: pulumi.Output<vsphere.GetVirtualMachineResult>;
  /** The cluster's root resource pool. */
  readonly resourcePoolId: pulumi.Input<string>;
  /** The datastore's managed object id. */
  readonly datastoreId: pulumi.Input<string>;
  /** The VM folder's path. */
  readonly folder: pulumi.Input<string>;
  /** The port group of the VM's VLAN. */
  readonly networkId: pulumi.Input<string>;
  /** Tag ids for the VM's role and backup class. */
  readonly tagIds: pulumi.Input<string>[];
  /** The domain-join account, for Windows VMs. */
  readonly domainJoin: DomainJoinSettings | undefined;
  /** A site code for the VM's note in vCenter. */
  readonly siteCode: string;
  /** The vsphere provider. */
  readonly provider: vsphere.Provider;
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
