/**
 * Links between switches, guessed: two port entries on different switches that carry the
 * same VLANs over the same number of ports, preferably trunks whose port names name the
 * other switch ("Uplink to core-sw1"). Both ends get `connects:`, each marked as a guess.
 * Entries that look like uplinks but find no partner are reported.
 */
import { parsePortList } from "../../site/switching/ports.ts";
import type { MergeContext } from "./context.ts";
import { isTree, type Tree } from "./place.ts";

interface Candidate {
  readonly sw: Tree;
  readonly name: string;
  readonly entry: Tree;
  readonly count: number;
  readonly vlans: string;
  readonly uplinkLike: boolean;
}

function candidates(switches: readonly Tree[]): Candidate[] {
  return switches.flatMap((sw) => {
    const ports = Array.isArray(sw.ports) ? sw.ports.filter(isTree) : [];
    return ports.flatMap((entry): Candidate[] => {
      const tagged = Array.isArray(entry.tagged) ? entry.tagged.map(String) : [];
      if (tagged.length === 0 && entry.lag === undefined) return [];
      const count = parsePortList(String(entry.ports))?.length ?? 0;
      const vlans = JSON.stringify({ u: entry.untagged ?? null, t: [...tagged].sort() });
      // Trunks, and ports that carry several VLANs all tagged, are how switches join.
      const uplinkLike =
        entry.lag !== undefined || (tagged.length >= 2 && entry.untagged === undefined);
      return count > 0 && count <= 8
        ? [{ sw, name: String(sw.name), entry, count, vlans, uplinkLike }]
        : [];
    });
  });
}

function mentions(entry: Tree, name: string): boolean {
  return (
    typeof entry.description === "string" &&
    entry.description.toLowerCase().includes(name.toLowerCase())
  );
}

/** Adds `connects:` to both ends of each link it can find. */
export function guessLinks(switches: readonly Tree[], ctx: MergeContext): void {
  const all = candidates(switches);
  const pairs: { a: Candidate; b: Candidate; score: number }[] = [];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i]!;
      const b = all[j]!;
      if (a.sw === b.sw || a.vlans !== b.vlans || a.count !== b.count) continue;
      const score =
        (mentions(a.entry, b.name) ? 2 : 0) +
        (mentions(b.entry, a.name) ? 2 : 0) +
        (a.entry.lag !== undefined && b.entry.lag !== undefined ? 1 : 0) +
        (a.uplinkLike && b.uplinkLike ? 1 : 0);
      pairs.push({ a, b, score });
    }
  }
  const rivals = (c: Candidate) => pairs.filter((p) => p.a === c || p.b === c).length;
  pairs.sort((x, y) => y.score - x.score);
  const linked = new Set<Candidate>();
  for (const { a, b, score } of pairs) {
    if (linked.has(a) || linked.has(b)) continue;
    const unique = rivals(a) === 1 && rivals(b) === 1;
    if (score < 3 && !(unique && score >= 1)) continue;
    linked.add(a);
    linked.add(b);
    const why =
      mentions(a.entry, b.name) || mentions(b.entry, a.name)
        ? "both ends carry the same VLANs and a port name names the other switch"
        : "both ends carry the same VLANs over the same number of ports";
    for (const [self, peer] of [
      [a, b],
      [b, a],
    ] as const) {
      self.entry.connects = `${peer.name}:${String(peer.entry.ports)}`;
      ctx.comments.key(self.entry, "connects", `guessed: ${why}`);
    }
  }
  for (const c of all) {
    if (c.uplinkLike && !linked.has(c))
      ctx.note(
        "info",
        "guess",
        { source: c.name },
        `ports ${String(c.entry.ports)} of ${c.name} look like an uplink, but no port entry of another imported switch matches them; add connects: by hand`,
      );
  }
}
