/** `vsphere.getDatastore`: look a datastore up by name. */
import * as pulumi from "@pulumi/pulumi";
import { opt, req, type FunctionSpec, type PropsSpec } from "./spec.ts";
import { invokeOptions } from "./utilities.ts";

/** Arguments of `getDatastore`. */
export interface GetDatastoreArgs {
  /** The datastore's name. */
  name: string;
  /** The datacenter's managed object id. */
  datacenterId?: string;
}

/** What `getDatastore` returns. */
export interface GetDatastoreResult {
  /** The datastore's managed object id. */
  readonly id: string;
  readonly name: string;
  readonly datacenterId?: string;
}

/** The function's description, for the schema conformance test. */
export const GET_DATASTORE_SPEC: FunctionSpec = {
  token: "vsphere:index/getDatastore:getDatastore",
  inputs: {
    name: req("string"),
    datacenterId: opt("string"),
  } satisfies PropsSpec<GetDatastoreArgs>,
  outputs: ["id", "name", "datacenterId"],
};

/** Looks a datastore up by name. */
export function getDatastore(
  args: GetDatastoreArgs,
  opts?: pulumi.InvokeOptions,
): Promise<GetDatastoreResult> {
  return pulumi.runtime.invoke(
    GET_DATASTORE_SPEC.token,
    { name: args.name, datacenterId: args.datacenterId },
    invokeOptions(opts),
  );
}

/** Arguments of `getDatastoreOutput`. */
export interface GetDatastoreOutputArgs {
  name: pulumi.Input<string>;
  datacenterId?: pulumi.Input<string>;
}

/** Looks a datastore up by name, as an Output. */
export function getDatastoreOutput(
  args: GetDatastoreOutputArgs,
  opts?: pulumi.InvokeOutputOptions,
): pulumi.Output<GetDatastoreResult> {
  return pulumi.runtime.invokeOutput(
    GET_DATASTORE_SPEC.token,
    { name: args.name, datacenterId: args.datacenterId },
    invokeOptions(opts),
  );
}
