import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

describe("R19 trunks", () => {
  it("accepts the example's two-port trunks", () => {
    expect(found(check(EXAMPLE), "R19")).toEqual([]);
  });

  it("rejects a trunk of one port", () => {
    const e = edit(EXAMPLE, "ports: 49-50", "ports: 49");
    expect(found(check(e.text), "R19")).toEqual([
      `${e.line}:${e.col + 7} network.switches[0].ports[3].ports trunk 'trk1' has 1 port; a trunk needs 2 to 8 ports`,
    ]);
  });

  it("rejects a trunk of more than eight ports", () => {
    const e = edit(EXAMPLE, "ports: 49-50", "ports: 41-50");
    expect(found(check(e.text), "R19")).toEqual([
      `${e.line}:${e.col + 7} network.switches[0].ports[3].ports trunk 'trk1' has 10 ports; a trunk needs 2 to 8 ports`,
    ]);
  });

  it("rejects one trunk name split over two entries", () => {
    // given a second entry on core-sw1 reusing trk1
    const e = edit(
      EXAMPLE,
      "description: Uplink to second floor\n",
      "description: Uplink to second floor\n        - ports: 51-52\n          lag: trk1\n",
    );
    // when validated, then the second entry's trunk name is blamed
    expect(found(check(e.text), "R19")).toEqual([
      `${e.line + 2}:16 network.switches[0].ports[4].lag trunk 'trk1' is already used by ports 49-50 of 'core-sw1'; put all of a trunk's ports in one entry, or give this one another trunk name`,
    ]);
  });
});
