/** Input object types, named as in `@pulumi/vsphere`'s `types.input`. */
import type * as pulumi from "@pulumi/pulumi";

/** Cloning a VM from a template. */
export interface VirtualMachineClone {
  /** The UUID of the source template (the `id` returned by `getVirtualMachine`). */
  templateUuid: pulumi.Input<string>;
  /** Clone as a linked clone of the template's current snapshot. */
  linkedClone?: pulumi.Input<boolean>;
  /** Minutes to wait for the clone to finish. */
  timeout?: pulumi.Input<number>;
  /** Guest customization applied to the clone. */
  customize?: pulumi.Input<VirtualMachineCloneCustomize>;
}

/** Guest OS customization of a clone. */
export interface VirtualMachineCloneCustomize {
  /** DNS servers for the whole guest. */
  dnsServerLists?: pulumi.Input<pulumi.Input<string>[]>;
  /** DNS search suffixes. */
  dnsSuffixLists?: pulumi.Input<pulumi.Input<string>[]>;
  /** The IPv4 default gateway. */
  ipv4Gateway?: pulumi.Input<string>;
  /** Linux host and domain name. */
  linuxOptions?: pulumi.Input<VirtualMachineCloneCustomizeLinuxOptions>;
  /** One entry per network interface, in order; an empty entry means DHCP. */
  networkInterfaces?: pulumi.Input<pulumi.Input<VirtualMachineCloneCustomizeNetworkInterface>[]>;
  /** Minutes to wait for customization to finish. */
  timeout?: pulumi.Input<number>;
  /** Windows sysprep settings. */
  windowsOptions?: pulumi.Input<VirtualMachineCloneCustomizeWindowsOptions>;
}

/** Linux customization. */
export interface VirtualMachineCloneCustomizeLinuxOptions {
  /** The domain name of the guest. */
  domain: pulumi.Input<string>;
  /** The host name of the guest. */
  hostName: pulumi.Input<string>;
  /** Whether the hardware clock is in UTC. */
  hwClockUtc?: pulumi.Input<boolean>;
  /** The IANA time zone of the guest. */
  timeZone?: pulumi.Input<string>;
}

/** Windows customization (sysprep). */
export interface VirtualMachineCloneCustomizeWindowsOptions {
  /** The NetBIOS computer name. */
  computerName: pulumi.Input<string>;
  /** The Active Directory domain to join. */
  joinDomain?: pulumi.Input<string>;
  /** The account that joins the domain. */
  domainAdminUser?: pulumi.Input<string>;
  /** Its password: pass a secret. */
  domainAdminPassword?: pulumi.Input<string>;
  /** The organizational unit the computer account goes in. */
  domainOu?: pulumi.Input<string>;
  /** The Windows time zone index. */
  timeZone?: pulumi.Input<number>;
  /** The workgroup, when not joining a domain. */
  workgroup?: pulumi.Input<string>;
}

/** Addressing of one network interface; no address means DHCP. */
export interface VirtualMachineCloneCustomizeNetworkInterface {
  /** The DNS domain of this interface. */
  dnsDomain?: pulumi.Input<string>;
  /** DNS servers of this interface. */
  dnsServerLists?: pulumi.Input<pulumi.Input<string>[]>;
  /** The static IPv4 address. */
  ipv4Address?: pulumi.Input<string>;
  /** The prefix length of the IPv4 network (24, not 255.255.255.0). */
  ipv4Netmask?: pulumi.Input<number>;
}

/** A virtual disk. */
export interface VirtualMachineDisk {
  /** A unique label for the disk within the VM. */
  label: pulumi.Input<string>;
  /** Size in GB. */
  size?: pulumi.Input<number>;
  /** Position on the SCSI bus; 0 is the system disk. */
  unitNumber?: pulumi.Input<number>;
  /** Thin provisioning; must match the template's disk for clones. */
  thinProvisioned?: pulumi.Input<boolean>;
  /** Eager zeroing; must match the template's disk for clones. */
  eagerlyScrub?: pulumi.Input<boolean>;
}

/** A virtual network adapter. */
export interface VirtualMachineNetworkInterface {
  /** The managed object id of the network or distributed port group. */
  networkId: pulumi.Input<string>;
  /** The adapter type, such as vmxnet3 or e1000e. */
  adapterType?: pulumi.Input<string>;
}
