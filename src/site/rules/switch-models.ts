/** Looking up a switch's model for the switching rules. */
import { resolveModel } from "../model/ports.ts";
import type { Site } from "../schema.ts";
import type { SwitchModel } from "../switching/catalog.ts";
import { SWITCH_CATALOG } from "../switching/catalog.ts";

/**
 * The model a key names, from `switchModels:` or the catalog; `undefined` when it names
 * neither. Only own keys count, so a key such as `constructor` or `toString` is unknown
 * rather than something inherited from Object.
 */
export function modelOf(site: Site, key: string): SwitchModel | undefined {
  const declared = site.switchModels !== undefined && Object.hasOwn(site.switchModels, key);
  return declared || Object.hasOwn(SWITCH_CATALOG, key) ? resolveModel(site, key) : undefined;
}
