/**
 * Spanning tree as Carrel sets it up: every switch of a site in one MST region (the site
 * code, revision 1), the core switches the root and its backups, access switches never.
 * The renderer writes these facts and import compares a switch's own settings with them.
 */
import type { Switch } from "../schema.ts";
import type { SiteModel } from "./site-model.ts";

/** Bridge priority multipliers (x 4096): the first core is 0, the next 1..., access 8. */
export const STP_PRIORITY = { core: 0, access: 8 } as const;

/** The highest priority multiplier a core takes, however many cores there are. */
const CORE_PRIORITY_MAX = 7;

/**
 * The MST region revision every switch of a site shares. The region name is the site code;
 * switches agree on a region only when name, revision and VLAN mapping all match.
 */
export const STP_CONFIG_REVISION = 1;

/** One switch's spanning-tree settings. */
export interface SpanningTree {
  /** The MST region name: the site code. */
  readonly configName: string;
  readonly configRevision: number;
  /** Bridge priority multiplier (x 4096). */
  readonly priority: number;
}

/** The spanning-tree settings of one switch of the site. */
export function spanningTree(model: SiteModel, sw: Switch): SpanningTree {
  const coreIndex = model.coreSwitches.findIndex((c) => c.name === sw.name);
  return {
    configName: model.site.site.code,
    configRevision: STP_CONFIG_REVISION,
    priority:
      sw.role === "core"
        ? Math.min(STP_PRIORITY.core + Math.max(coreIndex, 0), CORE_PRIORITY_MAX)
        : STP_PRIORITY.access,
  };
}
