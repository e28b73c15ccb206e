/**
 * What every resource and function of this module shares: the plugin version it was
 * written against, and the options that pin that version on each request.
 */
import * as pulumi from "@pulumi/pulumi";

/** The vsphere provider plugin release this module's types and tokens come from. */
export const PLUGIN_VERSION = "4.17.0";

/** The package (plugin) name, as in the type tokens `vsphere:index/...`. */
export const PACKAGE = "vsphere";

/** Resource options with the plugin version pinned unless the caller set one. */
export function resourceOptions<T extends pulumi.ResourceOptions>(opts: T | undefined): T {
  return { version: PLUGIN_VERSION, ...opts } as T;
}

/** Invoke options with the plugin version pinned unless the caller set one. */
export function invokeOptions<T extends pulumi.InvokeOptions>(opts: T | undefined): T {
  return { version: PLUGIN_VERSION, ...opts } as T;
}

/**
 * The property bag a resource registers: its inputs, plus every output-only property as
 * `undefined` so the engine fills it in (the same convention as generated SDKs).
 */
export function resourceInputs(
  args: object | undefined,
  outputs: readonly string[],
  required: readonly string[],
  typeName: string,
  opts: pulumi.ResourceOptions | undefined,
): pulumi.Inputs {
  const inputs: Record<string, unknown> = { ...(args ?? {}) };
  if (!opts?.urn) {
    for (const key of required)
      if (inputs[key] === undefined)
        throw new Error(`Missing required property '${key}' of ${typeName}`);
  }
  for (const key of outputs) if (!(key in inputs)) inputs[key] = undefined;
  return inputs as pulumi.Inputs;
}
