import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

const VLANS = "tagged: [servers, staff, public, management, guest-wifi, media-lab, voip]";
const CORE_UPLINK = "connects: access-sw1:25-26";
const ACCESS_UPLINK = "connects: core-sw1:49-50";

describe("R21 every switch reaches a core switch", () => {
  it("accepts the example: access-sw1 reaches core-sw1 carrying management", () => {
    expect(found(check(EXAMPLE), "R21")).toEqual([]);
  });

  it("rejects a switch whose management VLAN is not carried to the core", () => {
    // given an uplink that carries every VLAN but management, on both ends alike
    let text = EXAMPLE;
    for (const uplink of [CORE_UPLINK, ACCESS_UPLINK]) {
      text = edit(
        text,
        `${VLANS}\n          ${uplink}`,
        `${VLANS.replace(" management,", "")}\n          ${uplink}`,
      ).text;
    }
    // when validated
    const issues = found(check(text), "R21");
    // then access-sw1's management VLAN is blamed and the link named
    const mgmt = edit(EXAMPLE, "vlan: management\n        ip: 10.20.40.3", "");
    expect(issues).toEqual([
      `${mgmt.line}:${mgmt.col + 6} network.switches[1].management.vlan the management VLAN 'management' of 'access-sw1' is not carried on the link access-sw1:25-26 to core-sw1:49-50, so the switch cannot be reached from the core; add it to the VLANs of that link on both ends`,
    ]);
  });

  it("rejects a switch with no declared link to a core switch", () => {
    let text = edit(EXAMPLE, `\n          ${CORE_UPLINK}`, "").text;
    text = edit(text, `\n          ${ACCESS_UPLINK}`, "").text;
    const name = edit(text, "name: access-sw1", ""); // lines moved up by the removal
    expect(found(check(text), "R21")).toEqual([
      `${name.line}:${name.col + 6} network.switches[1].name 'access-sw1' has no link to a core switch; declare its uplink with connects on both switches`,
    ]);
  });

  it("rejects a site with switches but no core switch", () => {
    const e = edit(
      EXAMPLE,
      "core                  # core switches",
      "access                # core switches",
    );
    expect(found(check(e.text), "R21")).toEqual([
      `${e.at} network.switches[0].role no switch has role core; give the switch that routes between the VLANs role: core`,
    ]);
  });
});
