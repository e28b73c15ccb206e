/**
 * Links between switches: each `connects` entry paired with the entry that declares the
 * other end, in one place. Rule R20 reports what does not pair; the model, the configs,
 * the docs and rule R21 read the links that do.
 */
import type { Site, SwitchPortEntry } from "../schema.ts";
import { parseConnects, parsePortList } from "../switching/ports.ts";

/** One end of a link: a switch's `ports` entry with `connects`. */
export interface LinkEnd {
  readonly switch: string;
  /** Index of the switch in `network.switches`. */
  readonly index: number;
  /** Index of the entry in the switch's `ports`. */
  readonly entry: number;
  readonly ports: readonly number[];
  /** Trunk name in lower case, when the end is a LAG. */
  readonly lag: string | undefined;
}

/** A link between two switches, declared on both ends. */
export interface Link {
  /** The end declared first in file order. */
  readonly a: LinkEnd;
  readonly b: LinkEnd;
  /** VLANs carried tagged (from end `a`). */
  readonly tagged: readonly string[];
  readonly untagged: string | undefined;
}

/** Where a `connects` entry is: switch and entry indexes. */
export interface EntryAt {
  readonly switch: number;
  readonly entry: number;
}

/** The entry on the other switch that names this one back. */
export interface BackEnd {
  readonly entry: number;
  readonly value: SwitchPortEntry;
  /** The ports of that entry. */
  readonly ports: readonly number[];
  /** The ports its `connects` names on this switch. */
  readonly connectsTo: readonly number[];
}

/** What pairing found for one `connects` entry. */
export type LinkEndPairing =
  | { readonly kind: "paired"; readonly at: EntryAt; readonly link: Link; readonly first: boolean }
  | { readonly kind: "unreadable"; readonly at: EntryAt; readonly text: string }
  | { readonly kind: "unknown-switch"; readonly at: EntryAt; readonly peer: string }
  | { readonly kind: "itself"; readonly at: EntryAt }
  /** The entry's own port list is malformed (rule R16 reports it). */
  | { readonly kind: "bad-ports"; readonly at: EntryAt }
  | (Mismatch & { readonly kind: "port-count" | "no-back" })
  | (Mismatch & { readonly kind: "other-ports" | "names-other"; readonly back: BackEnd });

/** The two ends as far as they are known when a link does not pair. */
interface Mismatch {
  readonly at: EntryAt;
  readonly own: readonly number[];
  readonly peer: { readonly switch: string; readonly index: number; readonly ports: number[] };
}

/** A `connects` entry read once: its own ports and the switch and ports it names. */
interface Declared {
  readonly entry: number;
  readonly value: SwitchPortEntry;
  readonly ports: number[] | undefined;
  readonly named: { readonly switch: string; readonly ports: number[] } | undefined;
}

/** What pairing needs of the whole site: each switch's `connects` entries, switches by name. */
interface Switches {
  readonly declared: readonly (readonly Declared[])[];
  readonly index: ReadonlyMap<string, number>;
}

/** Pairs every `connects` entry of the site, in file order. */
export function linkEnds(site: Site): LinkEndPairing[] {
  const switches = site.network.switches;
  // Each entry is read once here, not again by every link end that looks for its way back.
  const declared = switches.map((sw) =>
    sw.ports.flatMap((value, entry) =>
      value.connects === undefined
        ? []
        : [
            {
              entry,
              value,
              ports: parsePortList(value.ports),
              named: parseConnects(value.connects),
            },
          ],
    ),
  );
  const index = new Map<string, number>();
  switches.forEach((sw, s) => {
    if (!index.has(sw.name)) index.set(sw.name, s);
  });
  return declared.flatMap((entries, s) =>
    entries.map((d) => pairEnd(site, { switch: s, entry: d.entry }, d, { declared, index })),
  );
}

/** What pairing finds for the entry at `at`, read as `d`. */
function pairEnd(site: Site, at: EntryAt, d: Declared, all: Switches): LinkEndPairing {
  const switches = site.network.switches;
  const sw = switches[at.switch]!;
  const entry = d.value;
  const named = d.named;
  if (!named) return { kind: "unreadable", at, text: entry.connects! };
  const p = all.index.get(named.switch);
  if (p === undefined) return { kind: "unknown-switch", at, peer: named.switch };
  if (p === at.switch) return { kind: "itself", at };
  const own = d.ports;
  if (!own) return { kind: "bad-ports", at };
  const mismatch = { at, own, peer: { ...named, index: p } };
  if (own.length !== named.ports.length) return { ...mismatch, kind: "port-count" };
  const back = findBack(all.declared[p]!, sw.name, own, named.ports);
  if (!back) return { ...mismatch, kind: "no-back" };
  if (!same(back.ports, named.ports)) return { ...mismatch, kind: "other-ports", back };
  if (!same(back.connectsTo, own)) return { ...mismatch, kind: "names-other", back };
  const here: LinkEnd = {
    switch: sw.name,
    index: at.switch,
    entry: at.entry,
    ports: own,
    lag: lagOf(entry),
  };
  const there: LinkEnd = {
    switch: named.switch,
    index: p,
    entry: back.entry,
    ports: back.ports,
    lag: lagOf(back.value),
  };
  // A link is described from its first end in file order, with that end's VLANs.
  const first = at.switch < p;
  const [a, b, from] = first ? [here, there, entry] : [there, here, back.value];
  return {
    kind: "paired",
    at,
    first,
    link: { a, b, tagged: from.tagged, untagged: from.untagged },
  };
}

/** Links between switches, each once, where both ends name each other's ports. */
export function switchLinks(site: Site): Link[] {
  return linkEnds(site).flatMap((p) => (p.kind === "paired" && p.first ? [p.link] : []));
}

/** The peer's entry that declares the link back: the one on the named ports, else any naming ours. */
function findBack(
  entries: readonly Declared[],
  self: string,
  own: readonly number[],
  named: readonly number[],
): BackEnd | undefined {
  const candidates: BackEnd[] = [];
  for (const { entry, value, ports, named: c } of entries) {
    if (c?.switch === self && ports) candidates.push({ entry, value, ports, connectsTo: c.ports });
  }
  return (
    candidates.find((b) => same(b.ports, named)) ?? candidates.find((b) => same(b.connectsTo, own))
  );
}

function lagOf(entry: SwitchPortEntry): string | undefined {
  return entry.lag?.toLowerCase();
}

function same(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
