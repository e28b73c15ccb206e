/** `vsphere.Tag`: a tag in a tag category. */
import * as pulumi from "@pulumi/pulumi";
import { opt, req, type PropsSpec, type ResourceSpec } from "./spec.ts";
import { resourceInputs, resourceOptions } from "./utilities.ts";

/** Inputs of a tag. */
export interface TagArgs {
  /** The id of the tag's category. */
  categoryId: pulumi.Input<string>;
  /** The tag's name. */
  name?: pulumi.Input<string>;
  /** A description. */
  description?: pulumi.Input<string>;
}

/** The tag's resource description, for the schema conformance test. */
export const TAG_SPEC: ResourceSpec = {
  token: "vsphere:index/tag:Tag",
  inputs: {
    categoryId: req("string"),
    name: opt("string"),
    description: opt("string"),
  } satisfies PropsSpec<TagArgs>,
  outputs: ["categoryId", "name", "description"],
};

/** A vSphere tag. */
export class Tag extends pulumi.CustomResource {
  /** @internal */
  static readonly __pulumiType = TAG_SPEC.token;
  declare readonly categoryId: pulumi.Output<string>;
  declare readonly name: pulumi.Output<string>;
  declare readonly description: pulumi.Output<string | undefined>;

  constructor(name: string, args: TagArgs, opts?: pulumi.CustomResourceOptions) {
    super(
      Tag.__pulumiType,
      name,
      resourceInputs(args, TAG_SPEC.outputs, ["categoryId"], "Tag", opts),
      resourceOptions(opts),
    );
  }
}
