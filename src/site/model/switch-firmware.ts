/**
 * What a switch's configuration header says about its hardware and software: the product
 * number the switch checks, the release the file is written for, and whether the file names
 * its module. Derived once here for the renderer, the docs and the audit.
 */
import type { Site } from "../schema.ts";
import { FIRMWARE_FAMILIES, releaseFamily } from "../switching/firmware.ts";
import type { SwitchTable } from "./ports.ts";

/** A switch's hardware and software identity, as far as site.yaml and the catalog know it. */
export interface SwitchIdentity {
  /** HPE product number (`JL256A`), or undefined for a declared model without one. */
  readonly productNumber: string | undefined;
  /** Software family code (`WC`). */
  readonly family: string | undefined;
  /** The release the configuration is written for, and where it comes from. */
  readonly release: string | undefined;
  readonly releaseSource: "switch" | "asset" | "model" | "default" | "unknown";
  /** Whether the configuration carries `module 1 type <product number>`. */
  readonly moduleLine: boolean;
}

/** The `firmware:` of the inventory asset that documents a switch (same id), if any. */
export function assetFirmware(site: Site, switchName: string): string | undefined {
  return site.inventory?.assets.find((a) => a.id === switchName)?.firmware;
}

/**
 * The identity of one switch: `firmware:` on the switch, else on its inventory asset, else on
 * its model, else the family default. `asset` is the asset's `firmware:` ({@link assetFirmware}).
 */
export function switchIdentity(table: SwitchTable, asset?: string): SwitchIdentity {
  const model = table.model;
  const own = table.switch.firmware;
  const family = model?.firmwareFamily ?? releaseFamily(own ?? asset ?? "");
  const fallback = family === undefined ? undefined : FIRMWARE_FAMILIES[family]?.defaultRelease;
  const [release, releaseSource] = own
    ? [own, "switch" as const]
    : asset
      ? [asset, "asset" as const]
      : model?.firmware
        ? [model.firmware, "model" as const]
        : fallback
          ? [fallback, "default" as const]
          : [undefined, "unknown" as const];
  return {
    productNumber: model?.productNumber,
    family,
    release,
    releaseSource,
    moduleLine: (model?.moduleLine ?? false) && model?.productNumber !== undefined,
  };
}
