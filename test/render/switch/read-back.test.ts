import { describe, expect, it } from "vitest";
import { siteStamp } from "../../../src/output/index.ts";
import { createEngine } from "../../../src/render/engine.ts";
import { renderSwitches } from "../../../src/render/switch/index.ts";
import { buildModel } from "../../../src/site/index.ts";
import { check, EXAMPLE } from "../../helpers/site.ts";
import { expectedPorts, expectedTrunks } from "./expected.ts";
import { portTable, readBack, trunkTable } from "./read-back.ts";

describe("the example's rendered configs read with the running-config parser", () => {
  const model = buildModel(check(EXAMPLE).site!);
  const files = renderSwitches(model, siteStamp("site.yaml", EXAMPLE), createEngine()).filter(
    (f) => f.path.endsWith(".cfg") && !f.path.endsWith(".ztp.cfg"),
  );

  for (const table of model.switches) {
    it(`reads ${table.switch.name} back to the model's port table`, () => {
      const { config, unknown } = readBack(
        files.find((f) => f.path.includes(table.switch.name))!.content,
      );
      expect(unknown).toEqual([]);
      expect(config.problems).toEqual([]);
      expect(config.hostname?.value).toBe(table.switch.name);
      expect(trunkTable(config)).toEqual(expectedTrunks(table));
      expect(portTable(config)).toEqual(expectedPorts(model, table));
    });
  }

  it("reads every line of both variants, the zero-touch one included", () => {
    const all = renderSwitches(model, siteStamp("site.yaml", EXAMPLE), createEngine());
    for (const f of all.filter((x) => x.path.endsWith(".cfg"))) {
      const { config, unknown } = readBack(f.content);
      expect(unknown, f.path).toEqual([]);
      expect(config.problems, f.path).toEqual([]);
    }
  });

  it("reads VLAN names, the trunk mode and the voice VLAN's priority", () => {
    const { config, settings } = readBack(files[1]!.content);
    expect(config.vlans.get(50)!.name?.value).toBe("guest-wifi");
    expect(config.trunks.get("trk1")!.mode).toBe("lacp");
    expect([...settings.voiceVlans.keys()]).toEqual([70]);
    expect(settings.qosPriority.get(70)?.value).toBe(6);
  });
});
