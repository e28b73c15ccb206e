/** `vsphere.getVirtualMachine`: look a VM or template up by name. */
import * as pulumi from "@pulumi/pulumi";
import { opt, type FunctionSpec, type PropsSpec } from "./spec.ts";
import type * as output from "./types/output.ts";
import { invokeOptions } from "./utilities.ts";

/** Arguments of `getVirtualMachine`. */
export interface GetVirtualMachineArgs {
  /** The VM's or template's name or inventory path. */
  name?: string;
  /** The datacenter's managed object id. */
  datacenterId?: string;
}

/** What `getVirtualMachine` returns (the properties Carrel reads). */
export interface GetVirtualMachineResult {
  /** The VM's UUID: what `clone.templateUuid` takes. */
  readonly id: string;
  readonly name?: string;
  readonly uuid: string;
  readonly guestId: string;
  readonly scsiType: string;
  readonly firmware?: string;
  readonly disks: output.GetVirtualMachineDisk[];
  readonly networkInterfaceTypes: string[];
}

/** The function's description, for the schema conformance test. */
export const GET_VIRTUAL_MACHINE_SPEC: FunctionSpec = {
  token: "vsphere:index/getVirtualMachine:getVirtualMachine",
  inputs: {
    name: opt("string"),
    datacenterId: opt("string"),
  } satisfies PropsSpec<GetVirtualMachineArgs>,
  outputs: [
    "id",
    "name",
    "uuid",
    "guestId",
    "scsiType",
    "firmware",
    "disks",
    "networkInterfaceTypes",
  ],
};

/** Looks a VM or template up by name. */
export function getVirtualMachine(
  args?: GetVirtualMachineArgs,
  opts?: pulumi.InvokeOptions,
): Promise<GetVirtualMachineResult> {
  return pulumi.runtime.invoke(
    GET_VIRTUAL_MACHINE_SPEC.token,
    { name: args?.name, datacenterId: args?.datacenterId },
    invokeOptions(opts),
  );
}

/** Arguments of `getVirtualMachineOutput`. */
export interface GetVirtualMachineOutputArgs {
  name?: pulumi.Input<string>;
  datacenterId?: pulumi.Input<string>;
}

/** Looks a VM or template up by name, as an Output. */
export function getVirtualMachineOutput(
  args?: GetVirtualMachineOutputArgs,
  opts?: pulumi.InvokeOutputOptions,
): pulumi.Output<GetVirtualMachineResult> {
  return pulumi.runtime.invokeOutput(
    GET_VIRTUAL_MACHINE_SPEC.token,
    { name: args?.name, datacenterId: args?.datacenterId },
    invokeOptions(opts),
  );
}
