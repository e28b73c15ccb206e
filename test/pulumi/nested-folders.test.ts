/** Nested VM folders: vCenter creates a folder inside its parent, so the parent comes first. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { resources, runSite, SITES, T } from "./helpers.ts";

const example = readFileSync(new URL(`../../${SITES.example}`, import.meta.url), "utf8");

describe("given folders listed child before parent", () => {
  const siteText = example.replace(
    "folders: [Servers, VDI]",
    "folders: [Servers/Linux/Web, VDI, Servers/Linux, Servers]",
  );

  it("when the program runs, then each folder is registered after its parent, by its path", async () => {
    expect(siteText).not.toBe(example);
    const run = await runSite(SITES.example, { siteText });
    expect(run.error).toBeUndefined();
    const order = resources(run, T.folder).map((r) => String(r.inputs.path));
    expect([...order].sort()).toEqual(["Servers", "Servers/Linux", "Servers/Linux/Web", "VDI"]);
    for (const path of order) {
      const parent = path.split("/").slice(0, -1).join("/");
      if (parent !== "") expect(order.indexOf(parent), path).toBeLessThan(order.indexOf(path));
    }
  });
});
