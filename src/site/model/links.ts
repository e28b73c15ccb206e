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

/** Pairs every `connects` entry of the site, in file order. */
export function linkEnds(site: Site): LinkEndPairing[] {
  return site.network.switches.flatMap((sw, s) =>
    sw.ports.flatMap((entry, e) =>
      entry.connects === undefined ? [] : [pairEnd(site, { switch: s, entry: e }, entry.connects)],
    ),
  );
}

/** What pairing finds for the entry at `at`, whose `connects` is `text`. */
function pairEnd(site: Site, at: EntryAt, text: string): LinkEndPairing {
  const switches = site.network.switches;
  const sw = switches[at.switch]!;
  const entry = sw.ports[at.entry]!;
  const named = parseConnects(text);
  if (!named) return { kind: "unreadable", at, text };
  const p = switches.findIndex((x) => x.name === named.switch);
  if (p < 0) return { kind: "unknown-switch", at, peer: named.switch };
  if (p === at.switch) return { kind: "itself", at };
  const own = parsePortList(entry.ports);
  if (!own) return { kind: "bad-ports", at };
  const mismatch = { at, own, peer: { ...named, index: p } };
  if (own.length !== named.ports.length) return { ...mismatch, kind: "port-count" };
  const back = findBack(switches[p]!.ports, sw.name, own, named.ports);
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
  entries: readonly SwitchPortEntry[],
  self: string,
  own: readonly number[],
  named: readonly number[],
): BackEnd | undefined {
  const candidates: BackEnd[] = [];
  entries.forEach((value, entry) => {
    const c = value.connects === undefined ? undefined : parseConnects(value.connects);
    const ports = parsePortList(value.ports);
    if (c?.switch === self && ports) candidates.push({ entry, value, ports, connectsTo: c.ports });
  });
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
