/** Where a clone is built: the arguments server VMs and VDI desktops share. */
import type * as pulumi from "@pulumi/pulumi";
import type { DomainJoinSettings, GuestWait } from "../../src/pulumi/settings.ts";
import type * as vsphere from "../../src/vsphere/index.ts";

/** The template, the vCenter objects and the settings every clone needs. */
export interface ClonePlacement {
  /** The site's DNS / Active Directory domain, joined by Windows clones. */
  readonly domain: string;
  /** The site's IANA time zone, set on Linux clones. */
  readonly timezone: string;
  /** The template, as `getVirtualMachine` found it. */
  readonly template: pulumi.Output<vsphere.GetVirtualMachineResult>;
  /** The cluster's root resource pool. */
  readonly resourcePoolId: pulumi.Input<string>;
  /** The datastore's managed object id. */
  readonly datastoreId: pulumi.Input<string>;
  /** The folder's path. */
  readonly folder: pulumi.Input<string>;
  /** The port group of the clone's VLAN. */
  readonly networkId: pulumi.Input<string>;
  /** The domain-join account, for Windows clones. */
  readonly domainJoin: DomainJoinSettings | undefined;
  /** A site code for the clone's note in vCenter. */
  readonly siteCode: string;
  /** The vsphere provider. */
  readonly provider: vsphere.Provider;
  /** How long `pulumi up` waits for the guest's network. */
  readonly guestWait: GuestWait;
}
