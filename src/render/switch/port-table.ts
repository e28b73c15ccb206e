/** A parsed configuration seen port by port: the shape a site model's port table can be compared to. */
import { comparePorts } from "./member-lists.ts";
import type { ParsedConfig } from "./parse.ts";

/** What a config says about one port. */
export interface ConfigPort {
  /** VLAN ids the port is untagged in (one on a sound config). */
  readonly untagged: readonly number[];
  readonly tagged: readonly number[];
  /** Trunk (`trk1`) the port belongs to. */
  readonly trunk: string | undefined;
  readonly name: string | undefined;
  readonly poeOff: boolean;
  readonly disabled: boolean;
}

/** Every port the config mentions, in port order. */
export function configPortTable(config: ParsedConfig): Map<string, ConfigPort> {
  const ports = new Set<string>([
    ...[...config.vlans.values()].flatMap((v) => [...v.untagged, ...v.tagged]),
    ...[...config.trunks.values()].flat(),
    ...config.portNames.keys(),
    ...config.poeOff,
    ...config.disabled,
  ]);
  const vlans = [...config.vlans.values()].sort((a, b) => a.id - b.id);
  const table = new Map<string, ConfigPort>();
  for (const port of [...ports].sort(comparePorts)) {
    table.set(port, {
      untagged: vlans.filter((v) => v.untagged.includes(port)).map((v) => v.id),
      tagged: vlans.filter((v) => v.tagged.includes(port)).map((v) => v.id),
      trunk: [...config.trunks].find(([, members]) => members.includes(port))?.[0],
      name: config.portNames.get(port),
      poeOff: config.poeOff.has(port),
      disabled: config.disabled.has(port),
    });
  }
  return table;
}
