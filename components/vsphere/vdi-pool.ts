/** `carrel:vsphere:VdiPool`: the desktops of one VDI pool, cloned from its golden image. */
import * as pulumi from "@pulumi/pulumi";
import type { PoolPlan } from "../../src/pulumi/plan.ts";
import type { DomainJoinSettings } from "../../src/pulumi/settings.ts";
import * as vsphere from "../../src/vsphere/index.ts";
import { cloneDisks, customization, templateHardware } from "./clone.ts";
import { note } from "./virtual-machine.ts";

/** Where and how a pool's desktops are built. */
export interface VdiPoolArgs {
  /** The pool as the site plan describes it (count, names, size, template). */
  readonly pool: PoolPlan;
  /** The site's DNS / Active Directory domain, joined by Windows desktops. */
  readonly domain: string;
  /** The site's IANA time zone, set on Linux desktops. */
  readonly timezone: string;
  /** The golden image, as `getVirtualMachine` found it. */
  readonly template: pulumi.Output<vsphere.GetVirtualMachineResult>;
  /** The cluster's root resource pool. */
  readonly resourcePoolId: pulumi.Input<string>;
  /** The datastore's managed object id. */
  readonly datastoreId: pulumi.Input<string>;
  /** The pool folder's path. */
  readonly folder: pulumi.Input<string>;
  /** The port group of the pool's VLAN (desktops use its DHCP). */
  readonly networkId: pulumi.Input<string>;
  /** The domain-join account, for Windows desktops. */
  readonly domainJoin: DomainJoinSettings | undefined;
  /** A site code for the desktops' note in vCenter. */
  readonly siteCode: string;
  /** The vsphere provider. */
  readonly provider: vsphere.Provider;
}

/** `count` desktops named by the pool's pattern, on DHCP, in the pool's folder. */
export class VdiPool extends pulumi.ComponentResource {
  /** The desktops' computer names, in order. */
  readonly desktopNames: pulumi.Output<string[]>;

  constructor(name: string, args: VdiPoolArgs, opts?: pulumi.ComponentResourceOptions) {
    super("carrel:vsphere:VdiPool", name, {}, opts);
    const { pool } = args;
    const hardware = templateHardware(args.template);
    const disks = cloneDisks(args.template, pool.disksGb);
    const adapterType = args.template.apply((t) => t.networkInterfaceTypes[0] ?? "vmxnet3");
    for (const desktop of pool.desktops) {
      new vsphere.VirtualMachine(
        desktop.key,
        {
          name: desktop.name,
          annotation: note(args.siteCode, `VDI pool ${pool.name}`, pool.description),
          resourcePoolId: args.resourcePoolId,
          datastoreId: args.datastoreId,
          folder: args.folder,
          numCpus: pool.cpus,
          memory: pool.memoryMb,
          ...hardware,
          networkInterfaces: [{ networkId: args.networkId, adapterType }],
          disks,
          clone: {
            templateUuid: args.template.id,
            linkedClone: pool.linkedClone,
            customize: customization({
              hostName: desktop.name,
              os: pool.os,
              domain: args.domain,
              timezone: args.timezone,
              address: undefined,
              domainJoin: args.domainJoin,
            }),
          },
        },
        { parent: this, provider: args.provider },
      );
    }
    this.desktopNames = pulumi.output(pool.desktops.map((d) => d.name));
    this.registerOutputs({ desktopNames: this.desktopNames });
  }
}
