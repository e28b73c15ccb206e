/**
 * Property: whatever is done to the example site file (its structure, its values, its
 * bytes), Carrel never crashes and never hangs: validation answers valid or invalid with
 * every problem at a real line and column, a site that is still valid renders or is
 * refused plainly, and the command exits 0, 1 or 2. Over 1,000 cases run in-process,
 * and a sample through the real command line.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { siteStamp } from "../../src/output/index.ts";
import {
  createEngine,
  DhcpConfigError,
  DnsConfigError,
  renderSite,
  TemplateError,
} from "../../src/render/index.ts";
import { buildModel, validateText, type Validation } from "../../src/site/index.ts";
import { carrel } from "../helpers/cli.ts";
import { EXAMPLE, TODAY } from "../helpers/site.ts";

type Tree = unknown;
type Path = (string | number)[];

const CARREL = fileURLToPath(new URL("../../bin/carrel.mjs", import.meta.url));
const ENGINE = createEngine();
const scratch = mkdtempSync(join(tmpdir(), "carrel-prop-"));
// Runbooks are looked for beside the site file: validate as if at the repository root.
const SITE = fileURLToPath(new URL("../../site.yaml", import.meta.url));

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
): { parent: Record<string | number, unknown>; key: string | number } {
  let node = tree as Record<string | number, unknown>;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, unknown>;
  return { parent: node, key: path[path.length - 1]! };
}

/** Values people (and attackers) put where another value was expected. */
const nastyValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.integer({ min: -100000, max: 100000 }),
  fc.double(),
  fc.constantFrom(0, -1, 1e300, -1e300, Infinity, -Infinity, NaN, 2 ** 53, 4095, 4096, 65536),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.constantFrom(
    "10.20.10.5",
    "10.20.10.0/24",
    "10.20.10.0/33",
    "300.1.1.1",
    "0.0.0.0",
    "255.255.255.255",
    "2027-02-30",
    "9999-12-31",
    "trk1",
    "1-8",
    "8-1",
    "1-99999",
    "{nn}",
    "kea",
    "x".repeat(5000),
    "line\nbreak",
    "tab\there",
    "nul\u0000byte",
    "\u2028",
    "password=hunter2",
    "-----BEGIN PRIVATE KEY-----",
    "../../etc/passwd",
    "a/b",
    '"; rm -rf / #',
    "$(reboot)",
    "#>",
    "<script>",
  ),
);

/** One change to the tree of the site. */
const structural = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("set" as const), pick: fc.nat(), value: nastyValue }),
  fc.record({ kind: fc.constant("shuffle" as const), pick: fc.nat(), seed: fc.nat() }),
  fc.record({
    kind: fc.constant("rename" as const),
    pick: fc.nat(),
    name: fc.string({ minLength: 1, maxLength: 10 }),
  }),
  fc.record({ kind: fc.constant("copy" as const), pick: fc.nat(), to: fc.nat() }),
  fc.record({
    kind: fc.constant("wrap" as const),
    pick: fc.nat(),
    depth: fc.integer({ min: 1, max: 80 }),
  }),
);
type Mutation = {
  kind: string;
  pick: number;
  value?: unknown;
  seed?: number;
  name?: string;
  to?: number;
  depth?: number;
};

function mutate(tree: Tree, m: Mutation): void {
  const all = paths(tree).filter((p) => p.length > 0);
  if (all.length === 0) return;
  const path = all[m.pick % all.length]!;
  const at = parentOf(tree, path);
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
    case "copy": {
      // A section copied somewhere else: duplicates, and values of the wrong shape.
      const target = all[m.to! % all.length]!;
      const into = parentOf(tree, target);
      into.parent[into.key] = structuredClone(at.parent[at.key]);
      break;
    }
    case "wrap": {
      let value = at.parent[at.key];
      for (let i = 0; i < m.depth!; i++) value = i % 2 ? [value] : { x: value };
      at.parent[at.key] = value;
      break;
    }
  }
}

/** YAML's own syntax, inserted where it breaks things in interesting ways. */
const yamlToken = fc.constantFrom(
  "&a ",
  "*a",
  "<<: *a\n",
  "<<: [*a, *b]\n",
  "!!str ",
  "!!binary ",
  "!!timestamp ",
  "!custom ",
  "---\n",
  "...\n",
  "%YAML 1.1\n",
  "? ",
  "- ",
  ": ",
  "[",
  "]",
  "{",
  "}",
  '"',
  "'",
  "#",
  "|\n",
  ">-\n",
  "\t",
  "\r\n",
  "\r",
  "\n  ",
  "\n ",
  "\u2028",
  "\u0085",
  "\uFEFF",
  "[".repeat(200),
  "- ".repeat(200),
  ".inf",
  "-.nan",
  "0x1F",
  "0o17",
  "1e400",
);

/** A byte-level change: bytes inserted, removed or replaced, the file cut short. */
const byteDamage = fc.oneof(
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    bytes: fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 8 }),
      yamlToken.map((t) => new Uint8Array(Buffer.from(t))),
      fc.string({ minLength: 1, maxLength: 8 }).map((t) => new Uint8Array(Buffer.from(t))),
    ),
  }),
  fc.record({
    kind: fc.constant("remove" as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({
    kind: fc.constant("replace" as const),
    at: fc.nat(),
    byte: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("indent" as const),
    line: fc.nat(),
    by: fc.integer({ min: -3, max: 3 }),
  }),
);
type ByteDamage =
  | { kind: "insert"; at: number; bytes: Uint8Array }
  | { kind: "remove"; at: number; length: number }
  | { kind: "replace"; at: number; byte: number }
  | { kind: "truncate"; at: number }
  | { kind: "indent"; line: number; by: number };

function damage(bytes: Buffer, d: ByteDamage): Buffer {
  return Buffer.from(damaged(bytes, d));
}

function damaged(bytes: Buffer, d: ByteDamage): Uint8Array {
  const at = "at" in d ? d.at % (bytes.length + 1) : 0;
  switch (d.kind) {
    case "insert":
      return Buffer.concat([bytes.subarray(0, at), d.bytes, bytes.subarray(at)]);
    case "remove":
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + d.length)]);
    case "replace": {
      const copy = Buffer.from(bytes);
      if (at < copy.length) copy[at] = d.byte;
      return copy;
    }
    case "truncate":
      return bytes.subarray(0, at);
    case "indent": {
      // One line moved left or right: the commonest hand-editing mistake.
      const lines = bytes.toString("latin1").split("\n");
      const n = d.line % lines.length;
      lines[n] =
        d.by > 0
          ? " ".repeat(d.by) + lines[n]
          : lines[n]!.replace(new RegExp(`^ {0,${-d.by}}`), "");
      return Buffer.from(lines.join("\n"), "latin1");
    }
  }
}

/** Validation's answer is sound: consistent, and every issue at a real place, in words. */
function assertSound(text: string, result: Validation): void {
  const lines = text.split("\n").length;
  for (const issue of result.issues) {
    expect(issue.line).toBeGreaterThanOrEqual(1);
    expect(issue.line).toBeLessThanOrEqual(lines);
    expect(issue.col).toBeGreaterThanOrEqual(1);
    expect(issue.message).not.toMatch(
      /undefined|\[object Object\]|the number NaN|call stack|9007199254740991|Infinity\b/,
    );
  }
  expect(result.valid).toBe(!result.issues.some((i) => i.severity === "error"));
}

/**
 * The whole in-process path of `carrel validate` and `carrel render` for site text:
 * validation never throws, and a valid site renders or is refused with a known error.
 */
function checkText(text: string): void {
  const result = validateText(SITE, text, { today: TODAY });
  assertSound(text, result);
  if (!result.valid || !result.site) return;
  try {
    renderSite(buildModel(result.site), siteStamp("site.yaml", text), { engine: ENGINE });
  } catch (err) {
    // What `carrel render` turns into exit code 1; anything else would be a crash (exit 3).
    const known =
      err instanceof TemplateError ||
      err instanceof DhcpConfigError ||
      err instanceof DnsConfigError;
    if (!known) throw err;
  }
}

function damagedTree(mutations: Mutation[]): string {
  const tree = parse(EXAMPLE) as Tree;
  for (const m of mutations) mutate(tree, m);
  return stringify(tree);
}

describe("the example site damaged at random", () => {
  it("structure: sections deleted, replaced, shuffled, renamed, copied and nested (400 cases)", () => {
    fc.assert(
      fc.property(fc.array(structural, { minLength: 1, maxLength: 4 }), (mutations) => {
        checkText(damagedTree(mutations));
      }),
      { numRuns: 400 },
    );
  }, 300_000);

  it("values: one scalar at a time set to something nasty (300 cases)", () => {
    const leaves = paths(parse(EXAMPLE)).filter((p) => p.length > 0);
    fc.assert(
      fc.property(fc.nat(), nastyValue, (pick, value) => {
        const tree = parse(EXAMPLE) as Tree;
        const at = parentOf(tree, leaves[pick % leaves.length]!);
        at.parent[at.key] = value;
        checkText(stringify(tree));
      }),
      { numRuns: 300 },
    );
  }, 300_000);

  it("bytes: inserted, removed, replaced, cut short, lines re-indented; through the reader (300 cases)", async () => {
    const file = join(scratch, "bytes.yaml");
    await fc.assert(
      fc.asyncProperty(fc.array(byteDamage, { minLength: 1, maxLength: 3 }), async (damages) => {
        let bytes: Buffer = Buffer.from(EXAMPLE);
        for (const d of damages) bytes = damage(bytes, d as ByteDamage);
        writeFileSync(file, bytes);
        // The command in-process: reading (binary, UTF-8), validation and its exit code.
        const run = await carrel("validate", file);
        expect([0, 1, 2]).toContain(run.code);
        expect(run.err + run.out).not.toMatch(/internal error|call stack|\n\s+at /);
        // A site still valid after the damage must also render, or be refused plainly.
        if (run.code === 0) checkText(bytes.toString("utf8").replace(/^\uFEFF/, ""));
      }),
      { numRuns: 300 },
    );
  }, 300_000);

  it("through the real command line: exit 0, 1 or 2, no stack trace, no hang (9 cases)", () => {
    const leaves = paths(parse(EXAMPLE)).filter((p) => p.length > 0);
    const samples = [
      ...fc
        .sample(fc.array(structural, { minLength: 1, maxLength: 3 }), { numRuns: 3, seed: 1 })
        .map((m) => Buffer.from(damagedTree(m))),
      ...fc.sample(fc.tuple(fc.nat(), nastyValue), { numRuns: 3, seed: 3 }).map(([pick, value]) => {
        const tree = parse(EXAMPLE) as Tree;
        const at = parentOf(tree, leaves[pick % leaves.length]!);
        at.parent[at.key] = value;
        return Buffer.from(stringify(tree));
      }),
      ...fc
        .sample(fc.array(byteDamage, { minLength: 1, maxLength: 3 }), { numRuns: 3, seed: 2 })
        .map((ds) => {
          let bytes: Buffer = Buffer.from(EXAMPLE);
          for (const d of ds) bytes = damage(bytes, d as ByteDamage);
          return bytes;
        }),
    ];
    for (const [i, bytes] of samples.entries()) {
      // Beside the repository's runbooks, so that an undamaged part validates as it should.
      const file = join(scratch, `cli-${i}.yaml`);
      writeFileSync(file, bytes);
      const run = spawnSync(
        process.execPath,
        [CARREL, "render", file, "--out", join(scratch, `out-${i}`)],
        { encoding: "utf8", timeout: 60_000 },
      );
      expect(run.signal, `render of sample ${i} timed out`).toBeNull();
      expect([0, 1, 2]).toContain(run.status);
      expect(run.stderr + run.stdout).not.toMatch(/internal error|\n\s+at |call stack/);
    }
  }, 600_000);
});
