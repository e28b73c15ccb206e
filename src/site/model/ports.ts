/** Per-switch port tables and the links between switches, derived from `ports` entries. */
import type { Site, Switch } from "../schema.ts";
import { declaredModel, SWITCH_CATALOG, type SwitchModel } from "../switching/catalog.ts";
import { parseConnects, parsePortList } from "../switching/ports.ts";

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
}

/** Resolves a model key from the built-in catalog or the site's own `switchModels`. */
export function resolveModel(site: Site, key: string): SwitchModel | undefined {
  const own =
    site.switchModels && Object.hasOwn(site.switchModels, key) ? site.switchModels[key] : undefined;
  if (own) return declaredModel(key, own);
  return Object.hasOwn(SWITCH_CATALOG, key) ? SWITCH_CATALOG[key] : undefined;
}

/** Builds a switch's port table. A port in two entries keeps the first (rule R17 reports it). */
export function switchTable(site: Site, index: number): SwitchTable {
  const sw = site.network.switches[index]!;
  const ports = new Map<number, PortInfo>();
  const lags: LagInfo[] = [];
  sw.ports.forEach((entry, e) => {
    const list = parsePortList(entry.ports) ?? [];
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
  return { switch: sw, index, model: resolveModel(site, sw.model), ports, lags };
}

/** Port tables of every switch, in file order. */
export function switchTables(site: Site): SwitchTable[] {
  return site.network.switches.map((_, i) => switchTable(site, i));
}

/** One end of a link: a switch's `ports` entry with `connects`. */
export interface LinkEnd {
  readonly switch: string;
  readonly entry: number;
  readonly ports: readonly number[];
  readonly lag: string | undefined;
}

/** A link between two switches, declared on both ends. */
export interface Link {
  readonly a: LinkEnd;
  readonly b: LinkEnd;
  /** VLANs carried tagged (from end `a`). */
  readonly tagged: readonly string[];
  readonly untagged: string | undefined;
}

/** Links between switches, each once, where both ends name each other. */
export function switchLinks(site: Site): Link[] {
  const links: Link[] = [];
  const switches = site.network.switches;
  switches.forEach((sw, s) =>
    sw.ports.forEach((entry, e) => {
      const peer = entry.connects ? parseConnects(entry.connects) : undefined;
      if (!peer) return;
      const p = switches.findIndex((x) => x.name === peer.switch);
      if (p <= s) return; // each link once, from its first end in file order
      const back = switches[p]!.ports.findIndex((pe) => {
        const c = pe.connects ? parseConnects(pe.connects) : undefined;
        return c?.switch === sw.name && sameList(c.ports, parsePortList(entry.ports) ?? []);
      });
      if (back < 0) return;
      const peerEntry = switches[p]!.ports[back]!;
      links.push({
        a: {
          switch: sw.name,
          entry: e,
          ports: parsePortList(entry.ports) ?? [],
          lag: entry.lag?.toLowerCase(),
        },
        b: {
          switch: peer.switch,
          entry: back,
          ports: parsePortList(peerEntry.ports) ?? [],
          lag: peerEntry.lag?.toLowerCase(),
        },
        tagged: entry.tagged,
        untagged: entry.untagged,
      });
    }),
  );
  return links;
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
