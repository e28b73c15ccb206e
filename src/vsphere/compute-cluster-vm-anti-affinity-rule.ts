/** `vsphere.ComputeClusterVmAntiAffinityRule`: keep VMs on different hosts. */
import * as pulumi from "@pulumi/pulumi";
import { arrayOf, opt, req, type PropsSpec, type ResourceSpec } from "./spec.ts";
import { resourceInputs, resourceOptions } from "./utilities.ts";

/** Inputs of an anti-affinity rule. */
export interface ComputeClusterVmAntiAffinityRuleArgs {
  /** The managed object id of the cluster. */
  computeClusterId: pulumi.Input<string>;
  /** The UUIDs of the VMs to keep apart. */
  virtualMachineIds: pulumi.Input<pulumi.Input<string>[]>;
  /** The rule's name. */
  name?: pulumi.Input<string>;
  /** Whether the rule is on. @default true */
  enabled?: pulumi.Input<boolean>;
  /** Whether DRS must (true) or should (false) follow the rule. @default false */
  mandatory?: pulumi.Input<boolean>;
}

/** The rule's resource description, for the schema conformance test. */
export const COMPUTE_CLUSTER_VM_ANTI_AFFINITY_RULE_SPEC: ResourceSpec = {
  token: "vsphere:index/computeClusterVmAntiAffinityRule:ComputeClusterVmAntiAffinityRule",
  inputs: {
    computeClusterId: req("string"),
    virtualMachineIds: req(arrayOf("string")),
    name: opt("string"),
    enabled: opt("boolean"),
    mandatory: opt("boolean"),
  } satisfies PropsSpec<ComputeClusterVmAntiAffinityRuleArgs>,
  outputs: ["computeClusterId", "virtualMachineIds", "name", "enabled", "mandatory"],
};

/** A DRS anti-affinity rule. */
export class ComputeClusterVmAntiAffinityRule extends pulumi.CustomResource {
  /** @internal */
  static readonly __pulumiType = COMPUTE_CLUSTER_VM_ANTI_AFFINITY_RULE_SPEC.token;
  declare readonly computeClusterId: pulumi.Output<string>;
  declare readonly virtualMachineIds: pulumi.Output<string[]>;
  declare readonly name: pulumi.Output<string>;
  declare readonly enabled: pulumi.Output<boolean | undefined>;
  declare readonly mandatory: pulumi.Output<boolean | undefined>;

  constructor(
    name: string,
    args: ComputeClusterVmAntiAffinityRuleArgs,
    opts?: pulumi.CustomResourceOptions,
  ) {
    super(
      ComputeClusterVmAntiAffinityRule.__pulumiType,
      name,
      resourceInputs(
        args,
        COMPUTE_CLUSTER_VM_ANTI_AFFINITY_RULE_SPEC.outputs,
        ["computeClusterId", "virtualMachineIds"],
        "ComputeClusterVmAntiAffinityRule",
        opts,
      ),
      resourceOptions(opts),
    );
  }
}
