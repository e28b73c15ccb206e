/** `vsphere.VirtualMachine`: a VM, here always cloned from a template. */
import * as pulumi from "@pulumi/pulumi";
import { arrayOf, opt, ref, req, type PropsSpec, type ResourceSpec } from "./spec.ts";
import type * as input from "./types/input.ts";
import { resourceInputs, resourceOptions } from "./utilities.ts";

/** Inputs of a virtual machine (the subset Carrel sets). */
export interface VirtualMachineArgs {
  /** The managed object id of the resource pool (a cluster's `resourcePoolId`). */
  resourcePoolId: pulumi.Input<string>;
  /** The VM's name in the inventory. */
  name?: pulumi.Input<string>;
  /** The datastore's managed object id. */
  datastoreId?: pulumi.Input<string>;
  /** The VM folder's path relative to the datacenter. */
  folder?: pulumi.Input<string>;
  /** Virtual CPUs. @default 1 */
  numCpus?: pulumi.Input<number>;
  /** Memory in MB. @default 1024 */
  memory?: pulumi.Input<number>;
  /** The guest OS id; for clones, the template's. */
  guestId?: pulumi.Input<string>;
  /** The SCSI controller type; for clones, the template's. */
  scsiType?: pulumi.Input<string>;
  /** `bios` or `efi`; for clones, the template's. */
  firmware?: pulumi.Input<string>;
  /** A note shown in vCenter. */
  annotation?: pulumi.Input<string>;
  /** Virtual disks, system disk first. */
  disks?: pulumi.Input<pulumi.Input<input.VirtualMachineDisk>[]>;
  /** Network adapters. */
  networkInterfaces?: pulumi.Input<pulumi.Input<input.VirtualMachineNetworkInterface>[]>;
  /** Clone and customization settings. */
  clone?: pulumi.Input<input.VirtualMachineClone>;
  /** Tag ids to attach. */
  tags?: pulumi.Input<pulumi.Input<string>[]>;
  /** Minutes to wait for a routable guest address; 0 does not wait. @default 5 */
  waitForGuestNetTimeout?: pulumi.Input<number>;
  /** Minutes to wait for any guest address; 0 does not wait. @default 0 */
  waitForGuestIpTimeout?: pulumi.Input<number>;
}

const CUSTOMIZE_NETWORK_INTERFACE: PropsSpec<input.VirtualMachineCloneCustomizeNetworkInterface> = {
  dnsDomain: opt("string"),
  dnsServerLists: opt(arrayOf("string")),
  ipv4Address: opt("string"),
  ipv4Netmask: opt("integer"),
};

const CUSTOMIZE: PropsSpec<input.VirtualMachineCloneCustomize> = {
  dnsServerLists: opt(arrayOf("string")),
  dnsSuffixLists: opt(arrayOf("string")),
  ipv4Gateway: opt("string"),
  linuxOptions: opt(
    ref<input.VirtualMachineCloneCustomizeLinuxOptions>(
      "vsphere:index/VirtualMachineCloneCustomizeLinuxOptions:VirtualMachineCloneCustomizeLinuxOptions",
      {
        domain: req("string"),
        hostName: req("string"),
        hwClockUtc: opt("boolean"),
        timeZone: opt("string"),
      },
    ),
  ),
  networkInterfaces: opt(
    arrayOf(
      ref(
        "vsphere:index/VirtualMachineCloneCustomizeNetworkInterface:VirtualMachineCloneCustomizeNetworkInterface",
        CUSTOMIZE_NETWORK_INTERFACE,
      ),
    ),
  ),
  timeout: opt("integer"),
  windowsOptions: opt(
    ref<input.VirtualMachineCloneCustomizeWindowsOptions>(
      "vsphere:index/VirtualMachineCloneCustomizeWindowsOptions:VirtualMachineCloneCustomizeWindowsOptions",
      {
        computerName: req("string"),
        joinDomain: opt("string"),
        domainAdminUser: opt("string"),
        domainAdminPassword: opt("string"),
        domainOu: opt("string"),
        timeZone: opt("integer"),
        workgroup: opt("string"),
      },
    ),
  ),
};

const INPUTS: PropsSpec<VirtualMachineArgs> = {
  resourcePoolId: req("string"),
  name: opt("string"),
  datastoreId: opt("string"),
  folder: opt("string"),
  numCpus: opt("integer"),
  memory: opt("integer"),
  guestId: opt("string"),
  scsiType: opt("string"),
  firmware: opt("string"),
  annotation: opt("string"),
  disks: opt(
    arrayOf(
      ref<input.VirtualMachineDisk>("vsphere:index/VirtualMachineDisk:VirtualMachineDisk", {
        label: req("string"),
        size: opt("integer"),
        unitNumber: opt("integer"),
        thinProvisioned: opt("boolean"),
        eagerlyScrub: opt("boolean"),
      }),
    ),
  ),
  networkInterfaces: opt(
    arrayOf(
      ref<input.VirtualMachineNetworkInterface>(
        "vsphere:index/VirtualMachineNetworkInterface:VirtualMachineNetworkInterface",
        { networkId: req("string"), adapterType: opt("string") },
      ),
    ),
  ),
  clone: opt(
    ref<input.VirtualMachineClone>("vsphere:index/VirtualMachineClone:VirtualMachineClone", {
      templateUuid: req("string"),
      linkedClone: opt("boolean"),
      timeout: opt("integer"),
      customize: opt(
        ref("vsphere:index/VirtualMachineCloneCustomize:VirtualMachineCloneCustomize", CUSTOMIZE),
      ),
    }),
  ),
  tags: opt(arrayOf("string")),
  waitForGuestNetTimeout: opt("integer"),
  waitForGuestIpTimeout: opt("integer"),
};

/** The VM's resource description, for the schema conformance test. */
export const VIRTUAL_MACHINE_SPEC: ResourceSpec = {
  token: "vsphere:index/virtualMachine:VirtualMachine",
  inputs: INPUTS,
  outputs: ["name", "numCpus", "memory", "defaultIpAddress", "guestIpAddresses", "uuid", "moid"],
};

/** A virtual machine. */
export class VirtualMachine extends pulumi.CustomResource {
  /** @internal */
  static readonly __pulumiType = VIRTUAL_MACHINE_SPEC.token;
  declare readonly name: pulumi.Output<string>;
  declare readonly numCpus: pulumi.Output<number | undefined>;
  declare readonly memory: pulumi.Output<number | undefined>;
  /** The address VMware Tools reports first. */
  declare readonly defaultIpAddress: pulumi.Output<string>;
  declare readonly guestIpAddresses: pulumi.Output<string[]>;
  declare readonly uuid: pulumi.Output<string>;
  declare readonly moid: pulumi.Output<string>;

  constructor(name: string, args: VirtualMachineArgs, opts?: pulumi.CustomResourceOptions) {
    super(
      VirtualMachine.__pulumiType,
      name,
      resourceInputs(
        args,
        VIRTUAL_MACHINE_SPEC.outputs,
        ["resourcePoolId"],
        "VirtualMachine",
        opts,
      ),
      resourceOptions(opts),
    );
  }
}
