/**
 * Logical names come from stable keys, never list positions: a site.yaml with every
 * list (and the templates map) shuffled registers exactly the same URNs.
 */
import { describe, expect, it } from "vitest";
import { isMap, isSeq, parseDocument, visit } from "yaml";
import { SITES, runSite, siteText } from "./helpers.ts";

/** A small seeded random number generator (mulberry32), so failures can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], next: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

/** The site text with every sequence, and the templates mapping, in a random order. */
export function shuffled(text: string, seed: number): string {
  const next = random(seed);
  const doc = parseDocument(text);
  visit(doc, {
    Seq(_, node) {
      shuffle(node.items, next);
    },
    Pair(_, pair) {
      if (isMap(pair.value) && String(pair.key) === "templates") shuffle(pair.value.items, next);
    },
  });
  return doc.toString();
}

const urns = async (file: string, text: string) => {
  const run = await runSite(file, { siteText: text });
  expect(run.error).toBeUndefined();
  return run.registrations.map((r) => r.urn).sort();
};

describe("given a site.yaml whose lists are shuffled", () => {
  for (const [label, file] of Object.entries(SITES)) {
    it(`when the program runs on the ${label} site, then the URNs are exactly the same`, async () => {
      const text = siteText(file);
      const before = await urns(file, text);
      for (const seed of [1]) {
        const other = shuffled(text, seed);
        expect(other).not.toBe(text);
        expect(await urns(file, other)).toEqual(before);
      }
    });
  }

  it("then the shuffle really reorders lists", () => {
    const doc = parseDocument(shuffled(siteText(SITES.example), 1));
    const vms = doc.getIn(["vsphere", "vms"]);
    expect(isSeq(vms)).toBe(true);
    const names = (isSeq(vms) ? vms.items : []).map((vm) =>
      String(isMap(vm) ? vm.get("name") : ""),
    );
    expect(names).not.toEqual([
      "rbpl-dc01",
      "rbpl-dc02",
      "rbpl-dhcp01",
      "rbpl-file01",
      "rbpl-print01",
      "rbpl-prov01",
    ]);
  });
});
