/**
 * Hardware of an existing switch by product number, for import: the one table of product
 * numbers (`site/switching/hardware.ts`), and the key of the same model in Carrel's catalog.
 */
import { SWITCH_CATALOG } from "../../site/switching/catalog.ts";
import {
  moduleHardware,
  switchHardware,
  type HardwareModel,
  type MODULE_HARDWARE,
} from "../../site/switching/hardware.ts";

export type { HardwareModel } from "../../site/switching/hardware.ts";

/** A switch's hardware, with the key of the same model in Carrel's catalog when it is there. */
export type KnownSwitch = HardwareModel & { readonly catalog?: string };

const CATALOG_KEYS = new Map(
  Object.entries(SWITCH_CATALOG).map(([key, model]) => [model.productNumber, key]),
);

/** Looks a switch up by product number, any case (`j9772a`). */
export function switchModel(partNumber: string): KnownSwitch | undefined {
  const hardware = switchHardware(partNumber);
  const catalog = CATALOG_KEYS.get(partNumber.toUpperCase());
  return hardware && catalog ? { ...hardware, catalog } : hardware;
}

/** Looks a module up by product number, any case. */
export function moduleModel(partNumber: string): (typeof MODULE_HARDWARE)[string] | undefined {
  return moduleHardware(partNumber);
}
