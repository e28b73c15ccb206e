import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ELK_VERSION } from "../../../src/docs/svg/topology-layout.ts";
import { topology, type LayoutGraph } from "../../../src/docs/svg/topology.ts";
import { counted } from "./counted-layout.ts";
import { exampleModel, LOOPED } from "../example-docs.ts";

const model = exampleModel(LOOPED);

const draw = (previous?: string, layout?: LayoutGraph) =>
  topology(model, "topology", "the switches", {
    ...(previous !== undefined ? { previous } : {}),
    ...(layout ? { layout } : {}),
  });

/** The layout file's JSON, as a tamperer sees it. */
interface LayoutData {
  key?: unknown;
  width?: unknown;
  height?: unknown;
  text?: unknown;
  nodes: unknown[][];
  edges: { sections: unknown[][]; labels: unknown[]; text?: unknown }[];
}

/** The layout file with `change` made to its parsed JSON. */
function tampered(file: string, change: (data: LayoutData) => void): string {
  const data = JSON.parse(file) as LayoutData;
  change(data);
  return JSON.stringify(data);
}

describe("the topology layout kept for the next build", () => {
  it("is made with the elkjs version the key names", () => {
    const pkg = JSON.parse(
      readFileSync(new URL("../../../node_modules/elkjs/package.json", import.meta.url), "utf8"),
    ) as { version: string };
    expect(ELK_VERSION).toBe(pkg.version);
  });

  it("is reused by the next build: elkjs is not called and the drawing is the same", async () => {
    // given a first build
    const first = counted();
    const fresh = await draw(undefined, first.layout);
    expect(first.calls()).toBe(1);
    // when built again with its layout file
    const again = counted();
    const reused = await draw(fresh.layoutFile, again.layout);
    // then nothing is laid out, and the drawing and the file are the same
    expect(again.calls()).toBe(0);
    expect(String(reused.svg)).toBe(String(fresh.svg));
    expect(reused.layoutFile).toBe(fresh.layoutFile);
  });

  it("draws its numbers: an edited coordinate shows in the drawing", async () => {
    const fresh = await draw();
    const moved = tampered(fresh.layoutFile, (d) => (d.nodes[0] = [1234.5, 678.25]));
    const again = counted();
    const drawn = await draw(moved, again.layout);
    expect(again.calls()).toBe(0);
    expect(String(drawn.svg)).toContain("translate(1234.5 678.3)");
  });

  const cases: [string, (d: LayoutData) => void][] = [
    ["a string where a number goes", (d) => (d.nodes[0]![0] = "<script>alert(1)</script>")],
    [
      "a text label in a label's box",
      (d) => (d.edges[0]!.labels[0] as unknown[]).push("<b>injected</b>"),
    ],
    ["a label given as text", (d) => (d.edges[0]!.labels[1] = "<b>injected</b>")],
    ["a text field added", (d) => (d.text = "<b>injected</b>")],
    ["a text field added to an edge", (d) => (d.edges[0]!.text = "<b>injected</b>")],
    ["a node too few", (d) => d.nodes.pop()],
    ["a node too many", (d) => d.nodes.push([1, 2])],
    ["an edge too few", (d) => d.edges.pop()],
    ["a label too few", (d) => d.edges[0]!.labels.pop()],
    ["a section with one point", (d) => (d.edges[0]!.sections[0] = [1, 2])],
    ["a section with an odd count", (d) => d.edges[0]!.sections[0]!.push(3)],
    ["a second line for an edge", (d) => d.edges[0]!.sections.push([1, 2, 3, 4])],
    ["an edge without a line", (d) => (d.edges[0]!.sections = [])],
    ["a wrong key", (d) => (d.key = "0".repeat(64))],
    ["no key", (d) => delete d.key],
    ["a width that is not a number", (d) => (d.width = null)],
    ["a height given as text", (d) => (d.height = "100")],
  ];
  it.each(cases)("is laid out afresh when the file has %s", async (_, change) => {
    const fresh = await draw();
    const again = counted();
    const drawn = await draw(tampered(fresh.layoutFile, change), again.layout);
    expect(again.calls()).toBe(1);
    expect(String(drawn.svg)).toBe(String(fresh.svg));
    expect(drawn.layoutFile).toBe(fresh.layoutFile);
    expect(String(drawn.svg)).not.toContain("injected");
    expect(String(drawn.svg)).not.toContain("script");
  });

  it.each([
    ["not JSON", "{ nodes: ["],
    ["empty", ""],
    ["a list", "[]"],
    ["a number too large to be finite", '{"key":"k","width":1e999}'],
  ])("is laid out afresh when the file is %s", async (_, text) => {
    const fresh = await draw();
    const again = counted();
    const drawn = await draw(text, again.layout);
    expect(again.calls()).toBe(1);
    expect(String(drawn.svg)).toBe(String(fresh.svg));
  });

  it("is laid out afresh when a number is not finite", async () => {
    const fresh = await draw();
    const text = fresh.layoutFile.replace(/"width": [0-9.]+/, '"width": 1e999');
    expect(text).not.toBe(fresh.layoutFile);
    const again = counted();
    const drawn = await draw(text, again.layout);
    expect(again.calls()).toBe(1);
    expect(String(drawn.svg)).toBe(String(fresh.svg));
  });
});
