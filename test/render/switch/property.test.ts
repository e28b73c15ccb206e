import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { siteStamp } from "../../../src/output/index.ts";
import { createEngine } from "../../../src/render/engine.ts";
import { renderSwitches, vlanName } from "../../../src/render/switch/index.ts";
import { buildModel } from "../../../src/site/index.ts";
import { check, found } from "../../helpers/site.ts";
import { expectedPorts, expectedTrunks } from "./expected.ts";
import { portTable, readBack, trunkTable } from "./read-back.ts";
import { siteArbitrary } from "./site-arbitrary.ts";

describe("switch configs of generated sites", () => {
  const engine = createEngine();

  it("parse back to exactly the model's port table, for every switch", () => {
    fc.assert(
      fc.property(siteArbitrary, (site) => {
        // given a valid site
        const text = stringify(site);
        const validation = check(text);
        // Zones whose clock changes elsewhere than 02:00 on Sundays are warned about; nothing else.
        expect(
          found(validation).filter((i) => !/ site\.timezone warning: switch clocks /.test(i)),
          text,
        ).toEqual([]);
        const model = buildModel(validation.site!);
        // when its switches are rendered and each file is read back
        const all = renderSwitches(model, siteStamp("site.yaml", text), engine);
        const files = all.filter((f) => /(?<!\.ztp)\.cfg$/.test(f.path));
        expect(files).toHaveLength(model.switches.length);
        // and the zero-touch variant of each reads back completely too
        for (const f of all.filter((x) => x.path.endsWith(".ztp.cfg")))
          expect(readBack(f.content).unknown, f.path).toEqual([]);
        model.switches.forEach((table, i) => {
          const { config, unknown } = readBack(files[i]!.content);
          // then the file says what the model says, port by port
          expect(unknown).toEqual([]);
          expect(config.problems).toEqual([]);
          expect(config.hostname?.value).toBe(table.switch.name);
          expect(trunkTable(config)).toEqual(expectedTrunks(table));
          expect(portTable(config)).toEqual(expectedPorts(model, table));
          for (const v of model.vlans) {
            const block = config.vlans.get(v.vlan.id);
            if (block) expect(block.name?.value).toBe(vlanName(v.vlan.name));
          }
        });
      }),
      // Each run validates and renders a whole site; a failure reports after 30 s of shrinking.
      { numRuns: 60, interruptAfterTimeLimit: 30_000, markInterruptAsFailure: true },
    );
  });
});
