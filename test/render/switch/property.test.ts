import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { siteStamp } from "../../../src/output/index.ts";
import { createEngine } from "../../../src/render/engine.ts";
import {
  configPortTable,
  parseArubaConfig,
  renderSwitches,
  vlanName,
} from "../../../src/render/switch/index.ts";
import { buildModel } from "../../../src/site/index.ts";
import { check, found } from "../../helpers/site.ts";
import { expectedPorts, expectedTrunks } from "./expected.ts";
import { siteArbitrary } from "./site-arbitrary.ts";

describe("switch configs of generated sites", () => {
  const engine = createEngine();

  it("parse back to exactly the model's port table, for every switch", () => {
    fc.assert(
      fc.property(siteArbitrary, (site) => {
        // given a valid site
        const text = stringify(site);
        const validation = check(text);
        expect(found(validation), text).toEqual([]);
        const model = buildModel(validation.site!);
        // when its switches are rendered and each file is read back
        const files = renderSwitches(model, siteStamp("site.yaml", text), engine);
        expect(files).toHaveLength(model.switches.length);
        model.switches.forEach((table, i) => {
          const parsed = parseArubaConfig(files[i]!.content);
          // then the file says what the model says, port by port
          expect(parsed.skipped).toEqual([]);
          expect(parsed.hostname).toBe(table.switch.name);
          expect(parsed.trunks).toEqual(expectedTrunks(table));
          expect(configPortTable(parsed)).toEqual(expectedPorts(model, table));
          for (const v of model.vlans) {
            const block = parsed.vlans.get(v.vlan.id);
            if (block) expect(block.name).toBe(vlanName(v.vlan.name));
          }
        });
      }),
      // Each run validates and renders a whole site; a failure reports after 30 s of shrinking.
      { numRuns: 60, interruptAfterTimeLimit: 30_000, markInterruptAsFailure: true },
    );
  });
});
