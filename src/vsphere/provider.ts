/** The vsphere provider: one vCenter connection, passed to resources as `provider`. */
import * as pulumi from "@pulumi/pulumi";
import { opt, type PropsSpec, type ResourceSpec } from "./spec.ts";
import { PACKAGE, resourceOptions } from "./utilities.ts";

/** Settings of a vCenter connection. */
export interface ProviderArgs {
  /** The vCenter server's name or address. */
  vsphereServer?: pulumi.Input<string>;
  /** The user name for vSphere API operations. */
  user?: pulumi.Input<string>;
  /** The user's password: pass a secret. */
  password?: pulumi.Input<string>;
  /** Accept a self-signed vCenter certificate. @default false */
  allowUnverifiedSsl?: pulumi.Input<boolean>;
  /** API timeout in minutes. @default 5 */
  apiTimeout?: pulumi.Input<number>;
}

const INPUTS: PropsSpec<ProviderArgs> = {
  vsphereServer: opt("string"),
  user: opt("string"),
  password: opt("string"),
  allowUnverifiedSsl: opt("boolean"),
  apiTimeout: opt("integer"),
};

/** The provider's resource description, for the schema conformance test. */
export const PROVIDER_SPEC: ResourceSpec = {
  token: `pulumi:providers:${PACKAGE}`,
  inputs: INPUTS,
  outputs: [],
};

/** An explicit vsphere provider instance. */
export class Provider extends pulumi.ProviderResource {
  /** @internal */
  static readonly __pulumiType = PACKAGE;

  /** Whether `obj` is a vsphere provider (works across copies of this module). */
  static override isInstance(obj: unknown): obj is Provider {
    return (
      pulumi.ProviderResource.isInstance(obj) &&
      (obj as unknown as { __pulumiType?: string }).__pulumiType === PROVIDER_SPEC.token
    );
  }

  constructor(name: string, args: ProviderArgs = {}, opts?: pulumi.ResourceOptions) {
    // Provider configuration travels as strings; non-string values are JSON-encoded.
    const inputs: pulumi.Inputs = {
      vsphereServer: args.vsphereServer,
      user: args.user,
      password: args.password,
      allowUnverifiedSsl:
        args.allowUnverifiedSsl === undefined
          ? undefined
          : pulumi.output(args.allowUnverifiedSsl).apply((v) => JSON.stringify(v)),
      apiTimeout:
        args.apiTimeout === undefined
          ? undefined
          : pulumi.output(args.apiTimeout).apply((v) => JSON.stringify(v)),
    };
    super(Provider.__pulumiType, name, inputs, resourceOptions(opts));
  }
}
