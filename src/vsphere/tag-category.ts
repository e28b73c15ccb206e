/** `vsphere.TagCategory`: a category of vSphere tags. */
import * as pulumi from "@pulumi/pulumi";
import { arrayOf, opt, req, type PropsSpec, type ResourceSpec } from "./spec.ts";
import { resourceInputs, resourceOptions } from "./utilities.ts";

/** Inputs of a tag category. */
export interface TagCategoryArgs {
  /** The object types tags of this category may be attached to, e.g. `VirtualMachine`. */
  associableTypes: pulumi.Input<pulumi.Input<string>[]>;
  /** `SINGLE` (one tag of the category per object) or `MULTIPLE`. */
  cardinality: pulumi.Input<string>;
  /** The category's name. */
  name?: pulumi.Input<string>;
  /** A description. */
  description?: pulumi.Input<string>;
}

/** The tag category's resource description, for the schema conformance test. */
export const TAG_CATEGORY_SPEC: ResourceSpec = {
  token: "vsphere:index/tagCategory:TagCategory",
  inputs: {
    associableTypes: req(arrayOf("string")),
    cardinality: req("string"),
    name: opt("string"),
    description: opt("string"),
  } satisfies PropsSpec<TagCategoryArgs>,
  outputs: ["associableTypes", "cardinality", "name", "description"],
};

/** A tag category. */
export class TagCategory extends pulumi.CustomResource {
  /** @internal */
  static readonly __pulumiType = TAG_CATEGORY_SPEC.token;
  declare readonly associableTypes: pulumi.Output<string[]>;
  declare readonly cardinality: pulumi.Output<string>;
  declare readonly name: pulumi.Output<string>;
  declare readonly description: pulumi.Output<string | undefined>;

  constructor(name: string, args: TagCategoryArgs, opts?: pulumi.CustomResourceOptions) {
    super(
      TagCategory.__pulumiType,
      name,
      resourceInputs(
        args,
        TAG_CATEGORY_SPEC.outputs,
        ["associableTypes", "cardinality"],
        "TagCategory",
        opts,
      ),
      resourceOptions(opts),
    );
  }
}
