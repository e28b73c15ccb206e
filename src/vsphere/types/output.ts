/** Output object types, named as in `@pulumi/vsphere`'s `types.output`. */

/** A disk of a VM or template found by `getVirtualMachine`. */
export interface GetVirtualMachineDisk {
  readonly eagerlyScrub: boolean;
  readonly label: string;
  readonly size: number;
  readonly thinProvisioned: boolean;
  readonly unitNumber: number;
}
