/** `vsphere.getDatacenter`: look a datacenter up by name. */
import * as pulumi from "@pulumi/pulumi";
import { opt, type FunctionSpec, type PropsSpec } from "./spec.ts";
import { invokeOptions } from "./utilities.ts";

/** Arguments of `getDatacenter`. */
export interface GetDatacenterArgs {
  /** The datacenter's name; omitted, the only datacenter (ESXi). */
  name?: string;
}

/** What `getDatacenter` returns. */
export interface GetDatacenterResult {
  /** The datacenter's managed object id. */
  readonly id: string;
  readonly name?: string;
  /** The names of the datacenter's VMs and templates. */
  readonly virtualMachines?: string[];
}

/** The function's description, for the schema conformance test. */
export const GET_DATACENTER_SPEC: FunctionSpec = {
  token: "vsphere:index/getDatacenter:getDatacenter",
  inputs: { name: opt("string") } satisfies PropsSpec<GetDatacenterArgs>,
  outputs: ["id", "name", "virtualMachines"],
};

/** Looks a datacenter up by name. */
export function getDatacenter(
  args?: GetDatacenterArgs,
  opts?: pulumi.InvokeOptions,
): Promise<GetDatacenterResult> {
  return pulumi.runtime.invoke(
    GET_DATACENTER_SPEC.token,
    { name: args?.name },
    invokeOptions(opts),
  );
}

/** Arguments of `getDatacenterOutput`. */
export interface GetDatacenterOutputArgs {
  name?: pulumi.Input<string>;
}

/** Looks a datacenter up by name, as an Output. */
export function getDatacenterOutput(
  args?: GetDatacenterOutputArgs,
  opts?: pulumi.InvokeOutputOptions,
): pulumi.Output<GetDatacenterResult> {
  return pulumi.runtime.invokeOutput(
    GET_DATACENTER_SPEC.token,
    { name: args?.name },
    invokeOptions(opts),
  );
}
