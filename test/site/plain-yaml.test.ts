/**
 * The plain-YAML reader against the `yaml` package: on every text it reads, the same values
 * and the same place for every key, value and item; everything else it declines, and the
 * `yaml` package parses it as before. Checked on the example, the fixture sites, the bench's
 * city site, hand-written corner cases and random variations of the example.
 */
import { readdirSync, readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineCounter, parseDocument } from "yaml";
import { citySiteText } from "../../bench/city-site.ts";
import type { Path } from "../../src/site/issue.ts";
import { readPlainYaml } from "../../src/site/plain-yaml.ts";
import { offsetOf, parseSource, type SiteSource } from "../../src/site/source.ts";
import { PARSE_OPTIONS } from "../../src/site/syntax-issues.ts";
import { EXAMPLE } from "../helpers/site.ts";

const FIXTURES = new URL("../fixtures/sites/", import.meta.url);
const fixtures = readdirSync(FIXTURES).map((name) =>
  readFileSync(new URL(`${name}/site.yaml`, FIXTURES), "utf8"),
);

/** The same text through the `yaml` package only, as parseSource read it before. */
function fullSource(text: string): SiteSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { ...PARSE_OPTIONS, lineCounter: lines });
  return { file: "site.yaml", text, doc, lines, value: doc.toJS(), issues: [] };
}

/** Every path to a value, each with a key that is not there and an item past the end. */
function paths(tree: unknown, prefix: Path = []): Path[] {
  const here: Path[] = [prefix, [...prefix, "nothing"], [...prefix, 99999]];
  if (Array.isArray(tree)) return [...here, ...tree.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (tree && typeof tree === "object") {
    return [...here, ...Object.entries(tree).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  }
  return here;
}

/**
 * The reader gives what the `yaml` package gives, or declines; returns whether it read.
 * Places are compared for every `every`th path (looking one up in the document is slow).
 */
function agrees(text: string, every = 1): boolean {
  const plain = readPlainYaml(text);
  if (!plain) return false;
  const full = fullSource(text);
  expect(full.doc.errors).toEqual([]);
  // vitest's deep comparison is slow on a city's worth of values: Node's first, then the
  // readable difference only when they differ.
  if (!isDeepStrictEqual(plain.value, full.value)) expect(plain.value).toEqual(full.value);
  const source = parseSource("site.yaml", text);
  const differ: string[] = [];
  for (const path of paths(plain.value).filter((_, i) => i % every === 0)) {
    for (const atKey of [false, true]) {
      const [got, wanted] = [offsetOf(source, path, atKey), offsetOf(full, path, atKey)];
      if (got !== wanted)
        differ.push(`${path.join(".")}${atKey ? " (key)" : ""}: ${got} ≠ ${wanted}`);
    }
  }
  expect(differ).toEqual([]);
  return true;
}

describe("the plain-YAML reader", () => {
  it("reads the example, the fixture sites and the city site as the yaml package does", () => {
    for (const text of [EXAMPLE, ...fixtures]) expect(agrees(text)).toBe(true);
    expect(agrees(citySiteText(1), 97)).toBe(true);
  });

  it("reads values of every core-schema kind, comments and lists at their key's column", () => {
    const text = [
      "# a comment first",
      "top:",
      "  # a comment inside",
      "  plain: some words   # and a comment",
      "  quoted: 'it''s'",
      '  double: "a: b # not a comment"',
      "  numbers: [1, -2, +3, 0o17, 0x1F, 1.5, .5, 1e3, -.inf, .NaN, 007]",
      "  words: [true, False, null, ~, yes, 1_000, 2027-06-30, '07-01']",
      "  flow: { name: x, for: a b c, deep: [[1, 2], {k: v}], empty: [], none: {} }",
      "  list:",
      "  - a",
      "  - k: v",
      "    j: w",
      "  - - nested",
      "    - twice",
      "  url: http://example.org:8080/x#y",
      "  key with spaces: value:with:colons",
      "  -dash: -5",
      "empty list: []",
    ].join("\n");
    expect(agrees(text)).toBe(true);
  });

  it.each([
    ["an anchor and alias", "a: &x 1\nb: *x\n"],
    ["a merge key", "a:\n  <<: {b: 1}\n"],
    ["a tag", "a: !!str 1\n"],
    ["a block scalar", "a: |\n  text\n"],
    ["a folded value", "a: one\n  two\n"],
    ["an empty value", "a:\nb: 1\n"],
    ["a dash with nothing after it", "a:\n  -\n    b: 1\n"],
    ["a quoted key", '"a": 1\n'],
    ["a number as a key", "80: http\n"],
    ["a duplicate key", "a: 1\na: 2\n"],
    ["a tab", "a:\t1\n"],
    ["Windows line ends", "a: 1\r\nb: 2\r\n"],
    ["an escape in double quotes", 'a: "x\\ty"\n'],
    ["brackets over two lines", "a: [1,\n  2]\n"],
    ["a trailing comma", "a: [1, 2,]\n"],
    ["a key: value inside a value", "a: b: c\n"],
    ["a comment without a space", "a: 'x'#c\n"],
    ["a second document", "a: 1\n---\nb: 2\n"],
    ["a list at the top", "- a\n"],
    ["a line indented wrongly", "a:\n  b: 1\n   c: 2\n"],
    ["nothing at all", "# only a comment\n"],
    ["a lone dash as a value", "a: -\n"],
    ["a lone dash in brackets", "a: [-]\n"],
    ["a lone dash in braces", "a: {x: -}\n"],
    ["a no-break space before a colon", "site\u00a0: x\n"],
    ["an ideographic space after a value", "a: x\u3000\n"],
  ])("declines %s", (_, text) => {
    expect(readPlainYaml(text)).toBeUndefined();
  });

  it("agrees with the yaml package on random edits of the example, or declines them", () => {
    const lines = EXAMPLE.split("\n");
    const pieces = [
      " ",
      "  ",
      "- ",
      ": ",
      ":",
      "#",
      " #",
      "'",
      '"',
      "[",
      "]",
      "{",
      "}",
      ",",
      "x",
      "1",
      "-",
      "?",
      "&a ",
      "*a",
      "|",
      "\t",
      "",
    ];
    let read = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: lines.length - 1 }),
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom(...pieces),
        fc.integer({ min: 0, max: 3 }),
        (line, col, piece, cut) => {
          const edited = [...lines];
          const text = edited[line]!;
          const at = Math.min(col, text.length);
          edited[line] = text.slice(0, at) + piece + text.slice(at + cut);
          if (agrees(edited.join("\n"))) read++;
        },
      ),
      { numRuns: 200, seed: 13 },
    );
    // Most small edits leave plain YAML, so the comparison has something to compare.
    expect(read).toBeGreaterThan(60);
  });
});
