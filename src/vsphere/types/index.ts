/** The object types of this module, as `@pulumi/vsphere`'s `types`. */
export type * as input from "./input.ts";
export type * as output from "./output.ts";
