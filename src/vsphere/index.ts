/**
 * A small typed binding of the Pulumi vsphere provider (plugin 4.17.0): exactly the
 * resources and functions Carrel uses, with the provider's own type tokens and property
 * names, and the public names and shapes of `@pulumi/vsphere`, so that moving to that
 * package is a change of import. The `package.json` beside this file declares the plugin,
 * so `pulumi preview` installs it as it would for the official package.
 */
export * from "./compute-cluster-vm-anti-affinity-rule.ts";
export * from "./distributed-port-group.ts";
export * from "./folder.ts";
export * from "./get-compute-cluster.ts";
export * from "./get-datacenter.ts";
export * from "./get-datastore.ts";
export * from "./get-distributed-virtual-switch.ts";
export * from "./get-virtual-machine.ts";
export * from "./manifest.ts";
export * from "./provider.ts";
export type { FunctionSpec, PropSpec, PropType, PropsSpec, ResourceSpec } from "./spec.ts";
export * from "./tag-category.ts";
export * from "./tag.ts";
export * as types from "./types/index.ts";
export { PLUGIN_VERSION } from "./utilities.ts";
export * from "./virtual-machine.ts";
