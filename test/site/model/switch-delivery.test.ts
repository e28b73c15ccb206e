import { describe, expect, it } from "vitest";
import { switchFilePaths } from "../../../src/site/index.ts";
import { loadTestSite, renderTestSite, SITE_NAMES } from "../../render/sites.ts";

describe("switchFilePaths", () => {
  it.each(SITE_NAMES)("names exactly the files the renderer writes for each switch: %s", (name) => {
    const switches = loadTestSite(name).model.switches.map((t) => t.switch.name);
    const rendered = renderTestSite(name)
      .map((f) => f.path)
      .filter((p) => p.startsWith("switches/"));
    const named = switches.flatMap((s) => {
      const f = switchFilePaths(s);
      return [f.configFile, f.ztpFile, f.runbookFile];
    });
    expect(rendered.sort()).toEqual(named.sort());
  });
});
