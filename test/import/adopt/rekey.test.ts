import { describe, expect, it } from "vitest";
import { rekeyAdoptions } from "../../../src/import/adopt/rekey.ts";
import type { AdoptionId } from "../../../src/import/fragment.ts";
import { ADOPTABLE } from "../../../src/pulumi/names.ts";

const origin = { source: "https://vc01/sdk" };
const ids: AdoptionId[] = [
  { type: ADOPTABLE.portGroup, name: "rbpl-servers", id: "/DC/network/VLAN10", origin },
  { type: ADOPTABLE.folder, name: "rbpl-folder-Servers", id: "/DC/vm/Servers", origin },
  { type: ADOPTABLE.tag, name: "rbpl-backup-daily", id: "{}", origin },
  { type: ADOPTABLE.vm, name: "rbpl-dc01", id: "/DC/vm/Servers/rbpl-dc01", origin },
];

describe("re-keying adoption IDs after the merge", () => {
  it("follows a renamed VLAN and another site code, leaving VM names alone", () => {
    const out = rekeyAdoptions(ids, {
      siteCode: { from: "rbpl", to: "rvb" },
      vlans: new Map([["servers", "srv"]]),
    });
    expect(out.map((a) => a.name)).toEqual([
      "rvb-srv",
      "rvb-folder-Servers",
      "rvb-backup-daily",
      "rbpl-dc01",
    ]);
    expect(out.map((a) => a.id)).toEqual(ids.map((a) => a.id));
  });

  it("changes nothing when nothing was renamed", () => {
    expect(rekeyAdoptions(ids, {})).toEqual(ids);
  });
});
