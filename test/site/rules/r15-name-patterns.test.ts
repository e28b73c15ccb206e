import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";
import { desktopNames } from "../../../src/site/model/names.ts";

describe("R15 desktop name patterns", () => {
  it("accepts the example and expands PUB-{nn} to PUB-01..PUB-24", () => {
    expect(found(check(EXAMPLE), "R15")).toEqual([]);
    const names = desktopNames({ namePattern: "PUB-{nn}", count: 24 });
    expect([names[0], names[23], names.length]).toEqual(["PUB-01", "PUB-24", 24]);
  });

  it("requires exactly one placeholder", () => {
    const none = edit(EXAMPLE, '"OPAC-{nn}"', '"OPAC-"');
    expect(found(check(none.text), "R15")).toEqual([
      `${none.at} vsphere.vdi.pools[1].namePattern name pattern 'OPAC-' has no number placeholder; add {n}, {nn} or {nnn} (like "PUB-{nn}")`,
    ]);
    const two = edit(EXAMPLE, '"OPAC-{nn}"', '"OPAC-{n}-{nn}"');
    expect(found(check(two.text), "R15")).toEqual([
      `${two.at} vsphere.vdi.pools[1].namePattern name pattern 'OPAC-{n}-{nn}' has 2 number placeholders; use exactly one`,
    ]);
  });

  it("requires room for the count's digits ({n} is unpadded, so always fits)", () => {
    const e = edit(EXAMPLE, "count: 6", "count: 120");
    expect(found(check(e.text), "R15")).toEqual([
      "318:22 vsphere.vdi.pools[1].namePattern name pattern 'OPAC-{nn}' has room for 2 digits, but count 120 needs 3; use {nnn}",
    ]);
    const unpadded = edit(e.text, '"OPAC-{nn}"', '"OPAC-{n}"');
    expect(found(check(unpadded.text), "R15")).toEqual([]);
  });

  it("rejects generated names that clash with another pool", () => {
    const e = edit(EXAMPLE, '"OPAC-{nn}"', '"pub-{nn}"');
    expect(found(check(e.text), "R15")).toEqual([
      `${e.at} vsphere.vdi.pools[1].namePattern desktop name 'pub-01' from pool 'catalog-kiosks' is already taken by pool 'public-pcs'; change the pattern`,
    ]);
  });
});
