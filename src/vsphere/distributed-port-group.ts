/** `vsphere.DistributedPortGroup`: a port group on a distributed switch. */
import * as pulumi from "@pulumi/pulumi";
import { arrayOf, opt, req, type PropsSpec, type ResourceSpec } from "./spec.ts";
import { resourceInputs, resourceOptions } from "./utilities.ts";

/** Inputs of a distributed port group. */
export interface DistributedPortGroupArgs {
  /** The UUID of the distributed switch (the `id` from `getDistributedVirtualSwitch`). */
  distributedVirtualSwitchUuid: pulumi.Input<string>;
  /** The port group's name. */
  name?: pulumi.Input<string>;
  /** A description. */
  description?: pulumi.Input<string>;
  /** The 802.1Q VLAN id of the port group. */
  vlanId?: pulumi.Input<number>;
  /** Tag ids to attach. */
  tags?: pulumi.Input<pulumi.Input<string>[]>;
}

/** The port group's resource description, for the schema conformance test. */
export const DISTRIBUTED_PORT_GROUP_SPEC: ResourceSpec = {
  token: "vsphere:index/distributedPortGroup:DistributedPortGroup",
  inputs: {
    distributedVirtualSwitchUuid: req("string"),
    name: opt("string"),
    description: opt("string"),
    vlanId: opt("integer"),
    tags: opt(arrayOf("string")),
  } satisfies PropsSpec<DistributedPortGroupArgs>,
  outputs: ["name", "vlanId", "key", "configVersion"],
};

/** A distributed port group. */
export class DistributedPortGroup extends pulumi.CustomResource {
  /** @internal */
  static readonly __pulumiType = DISTRIBUTED_PORT_GROUP_SPEC.token;
  declare readonly name: pulumi.Output<string>;
  declare readonly vlanId: pulumi.Output<number>;
  /** The port group's key, used to attach VM network adapters. */
  declare readonly key: pulumi.Output<string>;
  declare readonly configVersion: pulumi.Output<string>;

  constructor(name: string, args: DistributedPortGroupArgs, opts?: pulumi.CustomResourceOptions) {
    super(
      DistributedPortGroup.__pulumiType,
      name,
      resourceInputs(
        args,
        DISTRIBUTED_PORT_GROUP_SPEC.outputs,
        ["distributedVirtualSwitchUuid"],
        "DistributedPortGroup",
        opts,
      ),
      resourceOptions(opts),
    );
  }
}
