/**
 * Port-by-port differences between a switch's running config and the config site.yaml
 * renders for it: VLAN membership (untagged and tagged), trunk, name, disabled, PoE.
 * Consecutive ports with the same difference are reported once (`ports 17-20`).
 */
import type { PortFacts, PortNumbering } from "../device/aruba/index.ts";
import { formatPortList } from "../site/switching/ports.ts";
import type { SitePlaces } from "./places.ts";
import type { Difference, SitePlace } from "./report.ts";

/** A side of the comparison: ports by site.yaml number. */
export type PortsByNumber = ReadonlyMap<number, PortFacts>;

/** Ports of a view keyed by their site.yaml numbers. */
export function byNumber(
  view: ReadonlyMap<string, PortFacts>,
  numbering: PortNumbering,
): Map<number, PortFacts> {
  const out = new Map<number, PortFacts>();
  for (const facts of view.values()) {
    const n = numbering.number(facts.label);
    if (n !== undefined) out.set(n, facts);
  }
  return out;
}

interface Finding {
  readonly port: number;
  /** Same key on consecutive ports: reported together. */
  readonly key: string;
  readonly message: (ports: string) => string;
  readonly site: SitePlace | undefined;
  readonly line: number | undefined;
}

/** Names VLANs by id: `VLAN 20 'staff'`. */
export type VlanNamer = (id: number) => string;

function findings(
  n: number,
  r: PortFacts | undefined,
  u: PortFacts | undefined,
  sw: string,
  places: SitePlaces,
  vlan: VlanNamer,
): Finding[] {
  const vlanList = (ids: readonly number[]) => ids.map(vlan).join(", ");
  const out: Finding[] = [];
  const add = (
    key: string,
    message: (p: string) => string,
    site: SitePlace | undefined,
    line: number | undefined,
  ) => out.push({ port: n, key, message, site, line });
  const rOff = r === undefined || r.disabled !== undefined;
  const uOff = u === undefined || u.disabled !== undefined;
  if (rOff && uOff) return out;
  if (rOff !== uOff) {
    if (uOff)
      add(
        "disabled",
        (p) => `${p}: disabled on the switch, in use in site.yaml`,
        places.port(sw, n),
        u?.disabled,
      );
    else
      add(
        "enabled",
        (p) =>
          `${p}: in use on the switch, but site.yaml does not list ${p.startsWith("ports") ? "them" : "it"}, so Carrel disables ${p.startsWith("ports") ? "them" : "it"}`,
        places.switchAt(sw, "ports"),
        u!.untagged[0]?.line ?? u!.tagged[0]?.line ?? u!.name?.line,
      );
    return out;
  }
  const ru = r!.untagged.map((m) => m.vlan);
  const uu = u!.untagged.map((m) => m.vlan);
  if (ru.join() !== uu.join()) {
    add(
      `untagged:${ru}:${uu}`,
      (p) =>
        `${p}: untagged in ${uu.length > 0 ? vlanList(uu) : "no VLAN"} on the switch, in ${ru.length > 0 ? vlanList(ru) : "no VLAN"} in site.yaml`,
      places.port(sw, n, "untagged"),
      u!.untagged[0]?.line,
    );
  }
  const rt = new Set(r!.tagged.map((m) => m.vlan));
  for (const m of u!.tagged)
    if (!rt.has(m.vlan))
      add(
        `tagged+:${m.vlan}`,
        (p) => `${p}: ${vlan(m.vlan)} is tagged on the switch, not in site.yaml`,
        places.port(sw, n, "tagged"),
        m.line,
      );
  const ut = new Set(u!.tagged.map((m) => m.vlan));
  for (const m of r!.tagged)
    if (!ut.has(m.vlan))
      add(
        `tagged-:${m.vlan}`,
        (p) => `${p}: ${vlan(m.vlan)} is tagged in site.yaml, not on the switch`,
        places.port(sw, n, "tagged"),
        undefined,
      );
  if (r!.trunk?.name !== u!.trunk?.name) {
    add(
      `trunk:${r!.trunk?.name}:${u!.trunk?.name}`,
      (p) =>
        `${p}: ${u!.trunk ? `in trunk ${u!.trunk.name}` : "in no trunk"} on the switch, ${r!.trunk ? `in trunk ${r!.trunk.name}` : "in no trunk"} in site.yaml`,
      places.port(sw, n, "lag"),
      u!.trunk?.line,
    );
  }
  const rn = r!.name?.value;
  const un = u!.name?.value;
  if (rn !== un) {
    add(
      `name:${rn}:${un}`,
      (p) =>
        `${p}: named ${un === undefined ? "nothing" : `'${un}'`} on the switch, ${rn === undefined ? "nothing" : `'${rn}'`} in site.yaml`,
      places.port(sw, n, "description"),
      u!.name?.line,
    );
  }
  if ((r!.poeOff === undefined) !== (u!.poeOff === undefined)) {
    const on = u!.poeOff === undefined;
    add(
      `poe:${on}`,
      (p) => `${p}: PoE is ${on ? "on" : "off"} on the switch, ${on ? "off" : "on"} in site.yaml`,
      places.port(sw, n, "poe"),
      u!.poeOff,
    );
  }
  return out;
}

/** Port differences of one switch. `label` gives the switch's own name of a port number. */
export function portDifferences(
  rendered: PortsByNumber,
  running: PortsByNumber,
  sw: string,
  file: string,
  places: SitePlaces,
  label: (n: number) => string,
  lineText: (line: number) => string | undefined,
  vlan: VlanNamer,
): Difference[] {
  const ports = [...new Set([...rendered.keys(), ...running.keys()])].sort((a, b) => a - b);
  const all = ports.flatMap((n) => findings(n, rendered.get(n), running.get(n), sw, places, vlan));
  const groups: Finding[][] = [];
  for (const f of all) {
    const group = groups.find((g) => g[0]!.key === f.key && g[g.length - 1]!.port === f.port - 1);
    if (group) group.push(f);
    else groups.push([f]);
  }
  return groups
    .sort((a, b) => a[0]!.port - b[0]!.port)
    .map((g) => {
      const numbers = g.map((f) => f.port);
      const names = numbers.map(label);
      const own =
        names.join(",") !== numbers.join(",")
          ? ` (${names.length > 1 ? `${names[0]}-${names[names.length - 1]}` : names[0]} on the switch)`
          : "";
      const text = `${numbers.length > 1 ? `ports ${formatPortList(numbers)}` : `port ${numbers[0]}`}${own}`;
      const first = g[0]!;
      const line = first.line;
      return {
        message: first.message(text),
        ...(first.site ? { site: first.site } : {}),
        ...(line !== undefined
          ? {
              running: {
                file,
                line,
                ...(lineText(line) !== undefined ? { text: lineText(line)! } : {}),
              },
            }
          : {}),
      };
    });
}
