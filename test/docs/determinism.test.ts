import { describe, expect, it } from "vitest";
import { docsOf } from "./example-docs.ts";

describe("docs: deterministic output", () => {
  it("builds byte-identical files, sorted by path, twice in a row", async () => {
    const first = await docsOf();
    const second = await docsOf();
    expect(second).toEqual(first);
    const paths = first.map((f) => f.path);
    expect(paths).toEqual([...paths].sort());
  });

  it("holds no timestamp", async () => {
    const files = await docsOf();
    const today = new Date().toISOString().slice(0, 10);
    for (const f of files.filter((x) => !x.path.startsWith("configs/")))
      expect(f.content, f.path).not.toContain(today);
  });
});
