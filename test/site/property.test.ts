/**
 * Property: whatever is done to a site file, validation never crashes, answers valid or
 * invalid (exit 0 or 1), and every problem points at a real line and column of the file.
 */
import fc from "fast-check";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { carrel } from "../helpers/cli.ts";
import { check, EXAMPLE } from "../helpers/site.ts";

type Tree = unknown;
type Path = (string | number)[];

/** Every path to a value in a plain tree. */
function paths(tree: Tree, prefix: Path = []): Path[] {
  if (Array.isArray(tree)) return [prefix, ...tree.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (tree && typeof tree === "object")
    return [prefix, ...Object.entries(tree).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return [prefix];
}

function parentOf(
  tree: Tree,
  path: Path,
): { parent: Record<string | number, unknown>; key: string | number } | undefined {
  if (path.length === 0) return undefined;
  let node = tree as Record<string | number, unknown>;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, unknown>;
  return { parent: node, key: path[path.length - 1]! };
}

const randomValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer({ min: -100000, max: 100000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.constantFrom(
    "10.20.10.5",
    "10.20.10.0/24",
    "300.1.1.1",
    "2027-02-30",
    "trk1",
    "1-8",
    "{nn}",
    "kea",
  ),
);

const mutation = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("set" as const), pick: fc.nat(), value: randomValue }),
  fc.record({ kind: fc.constant("shuffle" as const), pick: fc.nat(), seed: fc.nat() }),
  fc.record({
    kind: fc.constant("rename" as const),
    pick: fc.nat(),
    name: fc.string({ minLength: 1, maxLength: 10 }),
  }),
);

function mutate(
  tree: Tree,
  m: fc.Arbitrary<unknown> extends never
    ? never
    : { kind: string; pick: number; value?: unknown; seed?: number; name?: string },
): void {
  const all = paths(tree).filter((p) => p.length > 0);
  const path = all[m.pick % all.length]!;
  const at = parentOf(tree, path)!;
  switch (m.kind) {
    case "delete":
      if (Array.isArray(at.parent)) at.parent.splice(Number(at.key), 1);
      else delete at.parent[at.key];
      break;
    case "set":
      at.parent[at.key] = m.value;
      break;
    case "shuffle": {
      const value = at.parent[at.key];
      if (Array.isArray(value)) {
        let s = m.seed!;
        for (let i = value.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) % 2147483648;
          const j = s % (i + 1);
          [value[i], value[j]] = [value[j], value[i]];
        }
      }
      break;
    }
    case "rename":
      if (!Array.isArray(at.parent)) {
        at.parent[m.name!] = at.parent[at.key];
        delete at.parent[at.key];
      }
      break;
  }
}

function assertSound(text: string): void {
  const result = check(text);
  const lines = text.split("\n").length;
  for (const issue of result.issues) {
    expect(issue.line).toBeGreaterThanOrEqual(1);
    expect(issue.line).toBeLessThanOrEqual(lines);
    expect(issue.col).toBeGreaterThanOrEqual(1);
    expect(issue.message).not.toMatch(/undefined|\[object Object\]|the number NaN/);
  }
  expect(result.valid).toBe(!result.issues.some((i) => i.severity === "error"));
}

describe("validation under random damage", () => {
  it("never crashes and always points inside the file (structural mutations)", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const tree = parse(EXAMPLE) as Tree;
        for (const m of mutations) mutate(tree, m);
        assertSound(stringify(tree));
      }),
      { numRuns: 150 },
    );
  });

  it("never crashes on text-level damage (inserted characters, truncation)", () => {
    fc.assert(
      fc.property(fc.nat(), fc.string({ maxLength: 8 }), fc.boolean(), (pos, insert, truncate) => {
        const at = pos % EXAMPLE.length;
        const text = truncate
          ? EXAMPLE.slice(0, at)
          : EXAMPLE.slice(0, at) + insert + EXAMPLE.slice(at);
        assertSound(text);
      }),
      { numRuns: 150 },
    );
  });

  it("exits 0 or 1 through the command, never 2 or 3, for damaged but readable files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "carrel-prop-"));
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const tree = parse(EXAMPLE) as Tree;
        for (const m of mutations) mutate(tree, m);
        const file = join(dir, "site.yaml");
        writeFileSync(file, stringify(tree));
        const run = await carrel("validate", file);
        expect([0, 1]).toContain(run.code);
        expect(run.err + run.out).not.toContain("internal error");
      }),
      { numRuns: 40 },
    );
  });
});
