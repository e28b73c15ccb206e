import Handlebars from "handlebars";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILTIN_TEMPLATES } from "../../../src/render/engine.ts";
import { HELPERS } from "../../../src/render/helpers/index.ts";

const FOLDER = join(BUILTIN_TEMPLATES, "switch");
const BUILT_IN_HELPERS = ["if", "unless", "each", "with", "lookup", "log"];

describe("switch templates", () => {
  const templates = readdirSync(FOLDER).filter((f) => f.endsWith(".hbs"));

  it("exist", () => {
    expect(templates).toEqual(["arubaos-switch.cfg.hbs", "delivery.md.hbs"]);
  });

  for (const name of templates) {
    it(`${name} compiles with the engine's helper table and uses no other helper`, () => {
      const known = Object.fromEntries(
        [...Object.keys(HELPERS), ...BUILT_IN_HELPERS].map((h) => [h, true]),
      );
      const text = readFileSync(join(FOLDER, name), "utf8");
      expect(() =>
        Handlebars.create().precompile(text, {
          strict: true,
          noEscape: true,
          knownHelpers: known,
          knownHelpersOnly: true,
        }),
      ).not.toThrow();
    });
  }
});
