/** Per-switch port tables, derived from `ports` entries, with each switch's management address. */
import type { Site, Switch, SwitchPortEntry } from "../schema.ts";
import { declaredModel, SWITCH_CATALOG, type SwitchModel } from "../switching/catalog.ts";
import { parsePortList } from "../switching/ports.ts";
import { managementAddress, type ManagementAddress } from "./management.ts";

/** One physical port as the site configures it. */
export interface PortInfo {
  readonly port: number;
  readonly untagged: string | undefined;
  readonly tagged: readonly string[];
  /** Trunk name in lower case (`trk1`), when the port is a LAG member. */
  readonly lag: string | undefined;
  readonly poe: boolean;
  readonly description: string | undefined;
  readonly location: string | undefined;
  /** Index of the `ports` entry that configures it. */
  readonly entry: number;
}

/** One `ports` entry of a switch with its port list parsed. */
export interface PortEntryModel {
  readonly value: SwitchPortEntry;
  /** Index of the entry in the switch's `ports`. */
  readonly index: number;
  /** Sorted port numbers (none when the list does not parse: rule R16 reports it). */
  readonly ports: readonly number[];
}

/** A link aggregation (LACP trunk) on a switch. */
export interface LagInfo {
  readonly name: string;
  readonly ports: readonly number[];
  readonly entry: number;
}

/** Everything configured on one switch, port by port. */
export interface SwitchTable {
  readonly switch: Switch;
  readonly index: number;
  readonly model: SwitchModel | undefined;
  /** Configured ports by number (unconfigured ports are absent). */
  readonly ports: ReadonlyMap<number, PortInfo>;
  readonly lags: readonly LagInfo[];
  /** Its `ports` entries in file order, port lists parsed. */
  readonly entries: readonly PortEntryModel[];
  /** Where the switch answers for management (R32): the one address every output shows. */
  readonly management: ManagementAddress;
}

/** Resolves a model key from the built-in catalog or the site's own `switchModels`. */
export function resolveModel(site: Site, key: string): SwitchModel | undefined {
  const own =
    site.switchModels && Object.hasOwn(site.switchModels, key) ? site.switchModels[key] : undefined;
  if (own) return declaredModel(key, own);
  return Object.hasOwn(SWITCH_CATALOG, key) ? SWITCH_CATALOG[key] : undefined;
}

/**
 * Builds a switch's port table. A port in two entries keeps the first (rule R17 reports it).
 * Call only on a valid site: its management address must be known.
 */
export function switchTable(site: Site, index: number): SwitchTable {
  const sw = site.network.switches[index]!;
  const management = managementAddress(site, sw);
  if (!management) throw new Error(`switch '${sw.name}' has no management address`);
  const ports = new Map<number, PortInfo>();
  const lags: LagInfo[] = [];
  const entries: PortEntryModel[] = [];
  sw.ports.forEach((entry, e) => {
    const list = parsePortList(entry.ports) ?? [];
    entries.push({ value: entry, index: e, ports: list });
    const lag = entry.lag?.toLowerCase();
    if (lag) lags.push({ name: lag, ports: list, entry: e });
    for (const port of list) {
      if (ports.has(port)) continue;
      ports.set(port, {
        port,
        untagged: entry.untagged,
        tagged: entry.tagged,
        lag,
        poe: entry.poe,
        description: entry.description,
        location: entry.location,
        entry: e,
      });
    }
  });
  return {
    switch: sw,
    index,
    model: resolveModel(site, sw.model),
    ports,
    lags,
    entries,
    management,
  };
}

/** Port tables of every switch, in file order. */
export function switchTables(site: Site): SwitchTable[] {
  return site.network.switches.map((_, i) => switchTable(site, i));
}
