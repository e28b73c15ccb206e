/** `vsphere.Folder`: a folder in the vSphere inventory. */
import * as pulumi from "@pulumi/pulumi";
import { arrayOf, opt, req, type PropsSpec, type ResourceSpec } from "./spec.ts";
import { resourceInputs, resourceOptions } from "./utilities.ts";

/** Inputs of a folder. */
export interface FolderArgs {
  /** The folder's path relative to the datacenter and type root, e.g. `Servers`. */
  path: pulumi.Input<string>;
  /** The kind of folder: `vm`, `datastore`, `host`, `network` or `datacenter`. */
  type: pulumi.Input<string>;
  /** The datacenter's managed object id (required for all types but `datacenter`). */
  datacenterId?: pulumi.Input<string>;
  /** Tag ids to attach. */
  tags?: pulumi.Input<pulumi.Input<string>[]>;
}

/** The folder's resource description, for the schema conformance test. */
export const FOLDER_SPEC: ResourceSpec = {
  token: "vsphere:index/folder:Folder",
  inputs: {
    path: req("string"),
    type: req("string"),
    datacenterId: opt("string"),
    tags: opt(arrayOf("string")),
  } satisfies PropsSpec<FolderArgs>,
  outputs: ["path", "type", "datacenterId", "tags"],
};

/** A vSphere inventory folder. */
export class Folder extends pulumi.CustomResource {
  /** @internal */
  static readonly __pulumiType = FOLDER_SPEC.token;
  declare readonly path: pulumi.Output<string>;
  declare readonly type: pulumi.Output<string>;
  declare readonly datacenterId: pulumi.Output<string | undefined>;
  declare readonly tags: pulumi.Output<string[] | undefined>;

  constructor(name: string, args: FolderArgs, opts?: pulumi.CustomResourceOptions) {
    super(
      Folder.__pulumiType,
      name,
      resourceInputs(args, FOLDER_SPEC.outputs, ["path", "type"], "Folder", opts),
      resourceOptions(opts),
    );
  }
}
