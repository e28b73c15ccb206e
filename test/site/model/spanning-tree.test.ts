import { describe, expect, it } from "vitest";
import { spanningTree } from "../../../src/site/index.ts";
import { EXAMPLE, modelOf } from "../../helpers/site.ts";

describe("spanningTree", () => {
  const model = modelOf(EXAMPLE);
  const sw = (name: string) => model.site.network.switches.find((s) => s.name === name)!;

  it("puts every switch in the site's region, the core as root and access switches never", () => {
    expect(spanningTree(model, sw("core-sw1"))).toEqual({
      configName: "rbpl",
      configRevision: 1,
      priority: 0,
    });
    expect(spanningTree(model, sw("access-sw1")).priority).toBe(8);
  });

  it("gives a second core the next priority, so it takes over as root", () => {
    const second = { ...sw("core-sw1"), name: "core-sw2" };
    const twoCores = { ...model, coreSwitches: [sw("core-sw1"), second] };
    expect(spanningTree(twoCores, second).priority).toBe(1);
  });
});
