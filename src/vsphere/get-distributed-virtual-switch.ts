/** `vsphere.getDistributedVirtualSwitch`: look a distributed switch up by name. */
import * as pulumi from "@pulumi/pulumi";
import { opt, req, type FunctionSpec, type PropsSpec } from "./spec.ts";
import { invokeOptions } from "./utilities.ts";

/** Arguments of `getDistributedVirtualSwitch`. */
export interface GetDistributedVirtualSwitchArgs {
  /** The switch's name. */
  name: string;
  /** The datacenter's managed object id. */
  datacenterId?: string;
}

/** What `getDistributedVirtualSwitch` returns. */
export interface GetDistributedVirtualSwitchResult {
  /** The switch's UUID, as port groups need it. */
  readonly id: string;
  readonly name: string;
  readonly datacenterId?: string;
  readonly uplinks: string[];
}

/** The function's description, for the schema conformance test. */
export const GET_DISTRIBUTED_VIRTUAL_SWITCH_SPEC: FunctionSpec = {
  token: "vsphere:index/getDistributedVirtualSwitch:getDistributedVirtualSwitch",
  inputs: {
    name: req("string"),
    datacenterId: opt("string"),
  } satisfies PropsSpec<GetDistributedVirtualSwitchArgs>,
  outputs: ["id", "name", "datacenterId", "uplinks"],
};

/** Looks a distributed switch up by name. */
export function getDistributedVirtualSwitch(
  args: GetDistributedVirtualSwitchArgs,
  opts?: pulumi.InvokeOptions,
): Promise<GetDistributedVirtualSwitchResult> {
  return pulumi.runtime.invoke(
    GET_DISTRIBUTED_VIRTUAL_SWITCH_SPEC.token,
    { name: args.name, datacenterId: args.datacenterId },
    invokeOptions(opts),
  );
}

/** Arguments of `getDistributedVirtualSwitchOutput`. */
export interface GetDistributedVirtualSwitchOutputArgs {
  name: pulumi.Input<string>;
  datacenterId?: pulumi.Input<string>;
}

/** Looks a distributed switch up by name, as an Output. */
export function getDistributedVirtualSwitchOutput(
  args: GetDistributedVirtualSwitchOutputArgs,
  opts?: pulumi.InvokeOutputOptions,
): pulumi.Output<GetDistributedVirtualSwitchResult> {
  return pulumi.runtime.invokeOutput(
    GET_DISTRIBUTED_VIRTUAL_SWITCH_SPEC.token,
    { name: args.name, datacenterId: args.datacenterId },
    invokeOptions(opts),
  );
}
