/** `carrel:vsphere:VdiPool`: the desktops of one VDI pool, cloned from its golden image. */
import * as pulumi from "@pulumi/pulumi";
import type { PoolPlan } from "../../src/pulumi/plan.ts";
import * as vsphere from "../../src/vsphere/index.ts";
import { cloneDisks, customization, templateHardware } from "./clone.ts";
import type { ClonePlacement } from "./clone-placement.ts";
import { note } from "./virtual-machine.ts";

/** Where and how a pool's desktops are built. */
export interface VdiPoolArgs extends ClonePlacement {
  /** The pool as the site plan describes it (count, names, size, template). */
  readonly pool: PoolPlan;
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
          waitForGuestNetTimeout: args.guestWait.netMinutes,
          waitForGuestIpTimeout: args.guestWait.ipMinutes,
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
