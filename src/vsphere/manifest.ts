/** Every resource and function this module can send, for the schema conformance test. */
import { COMPUTE_CLUSTER_VM_ANTI_AFFINITY_RULE_SPEC } from "./compute-cluster-vm-anti-affinity-rule.ts";
import { DISTRIBUTED_PORT_GROUP_SPEC } from "./distributed-port-group.ts";
import { FOLDER_SPEC } from "./folder.ts";
import { GET_COMPUTE_CLUSTER_SPEC } from "./get-compute-cluster.ts";
import { GET_DATACENTER_SPEC } from "./get-datacenter.ts";
import { GET_DATASTORE_SPEC } from "./get-datastore.ts";
import { GET_DISTRIBUTED_VIRTUAL_SWITCH_SPEC } from "./get-distributed-virtual-switch.ts";
import { GET_VIRTUAL_MACHINE_SPEC } from "./get-virtual-machine.ts";
import { PROVIDER_SPEC } from "./provider.ts";
import type { FunctionSpec, ResourceSpec } from "./spec.ts";
import { TAG_CATEGORY_SPEC } from "./tag-category.ts";
import { TAG_SPEC } from "./tag.ts";
import { VIRTUAL_MACHINE_SPEC } from "./virtual-machine.ts";

/** The module's surface, as the provider schema names it. */
export const VSPHERE_MANIFEST: {
  readonly provider: ResourceSpec;
  readonly resources: readonly ResourceSpec[];
  readonly functions: readonly FunctionSpec[];
} = {
  provider: PROVIDER_SPEC,
  resources: [
    FOLDER_SPEC,
    DISTRIBUTED_PORT_GROUP_SPEC,
    TAG_CATEGORY_SPEC,
    TAG_SPEC,
    VIRTUAL_MACHINE_SPEC,
    COMPUTE_CLUSTER_VM_ANTI_AFFINITY_RULE_SPEC,
  ],
  functions: [
    GET_DATACENTER_SPEC,
    GET_COMPUTE_CLUSTER_SPEC,
    GET_DATASTORE_SPEC,
    GET_DISTRIBUTED_VIRTUAL_SWITCH_SPEC,
    GET_VIRTUAL_MACHINE_SPEC,
  ],
};
