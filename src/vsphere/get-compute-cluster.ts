/** `vsphere.getComputeCluster`: look a cluster up by name. */
import * as pulumi from "@pulumi/pulumi";
import { opt, req, type FunctionSpec, type PropsSpec } from "./spec.ts";
import { invokeOptions } from "./utilities.ts";

/** Arguments of `getComputeCluster`. */
export interface GetComputeClusterArgs {
  /** The cluster's name or path. */
  name: string;
  /** The datacenter's managed object id. */
  datacenterId?: string;
}

/** What `getComputeCluster` returns. */
export interface GetComputeClusterResult {
  /** The cluster's managed object id. */
  readonly id: string;
  readonly name: string;
  readonly datacenterId?: string;
  /** The cluster's root resource pool, where VMs are placed. */
  readonly resourcePoolId: string;
}

/** The function's description, for the schema conformance test. */
export const GET_COMPUTE_CLUSTER_SPEC: FunctionSpec = {
  token: "vsphere:index/getComputeCluster:getComputeCluster",
  inputs: {
    name: req("string"),
    datacenterId: opt("string"),
  } satisfies PropsSpec<GetComputeClusterArgs>,
  outputs: ["id", "name", "datacenterId", "resourcePoolId"],
};

/** Looks a cluster up by name. */
export function getComputeCluster(
  args: GetComputeClusterArgs,
  opts?: pulumi.InvokeOptions,
): Promise<GetComputeClusterResult> {
  return pulumi.runtime.invoke(
    GET_COMPUTE_CLUSTER_SPEC.token,
    { name: args.name, datacenterId: args.datacenterId },
    invokeOptions(opts),
  );
}

/** Arguments of `getComputeClusterOutput`. */
export interface GetComputeClusterOutputArgs {
  name: pulumi.Input<string>;
  datacenterId?: pulumi.Input<string>;
}

/** Looks a cluster up by name, as an Output. */
export function getComputeClusterOutput(
  args: GetComputeClusterOutputArgs,
  opts?: pulumi.InvokeOutputOptions,
): pulumi.Output<GetComputeClusterResult> {
  return pulumi.runtime.invokeOutput(
    GET_COMPUTE_CLUSTER_SPEC.token,
    { name: args.name, datacenterId: args.datacenterId },
    invokeOptions(opts),
  );
}
