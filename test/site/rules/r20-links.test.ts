import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

const CORE_UPLINK = "connects: access-sw1:25-26";
const ACCESS_UPLINK = "connects: core-sw1:49-50";
const VLANS = "tagged: [servers, staff, public, management, guest-wifi, media-lab, voip]";

/** `line:col` of the value of `key: value` text that starts at an edit. */
const valueAt = (e: { line: number; col: number }, key: string) =>
  `${e.line}:${e.col + key.length + 2}`;

describe("R20 links between switches", () => {
  it("accepts the example's uplink, declared alike on both ends", () => {
    expect(found(check(EXAMPLE), "R20")).toEqual([]);
  });

  it("rejects a link to an unknown switch and suggests the one meant", () => {
    // given core-sw1's uplink naming a misspelt switch
    const e = edit(EXAMPLE, CORE_UPLINK, "connects: acess-sw1:25-26");
    // when validated
    const issues = found(check(e.text), "R20");
    // then that end is blamed, and access-sw1's end is left without a partner
    const access = edit(EXAMPLE, ACCESS_UPLINK, ACCESS_UPLINK);
    expect(issues).toEqual([
      `${valueAt(e, "connects")} network.switches[0].ports[3].connects switch 'acess-sw1' is not declared; did you mean 'access-sw1'?`,
      `${valueAt(access, "connects")} network.switches[1].ports[4].connects the other end of this link is not declared; add connects: access-sw1:25-26 to ports 49-50 of 'core-sw1'`,
    ]);
  });

  it("rejects text that is not switch:ports", () => {
    const e = edit(EXAMPLE, ACCESS_UPLINK, "connects: core-sw1");
    expect(found(check(e.text), "R20")).toContain(
      `${valueAt(e, "connects")} network.switches[1].ports[4].connects 'core-sw1' is not a link; write the switch at the other end and its ports, like core-sw1:49-50`,
    );
  });

  it("rejects a switch connected to itself", () => {
    const e = edit(EXAMPLE, CORE_UPLINK, "connects: core-sw1:25-26");
    expect(found(check(e.text), "R20")).toContain(
      `${valueAt(e, "connects")} network.switches[0].ports[3].connects 'core-sw1' cannot connect to itself; name the switch at the other end`,
    );
  });

  it("rejects a link declared on one end only", () => {
    // given access-sw1's uplink without its connects
    const text = edit(EXAMPLE, `\n          ${ACCESS_UPLINK}`, "").text;
    const core = edit(EXAMPLE, CORE_UPLINK, CORE_UPLINK);
    expect(found(check(text), "R20")).toEqual([
      `${valueAt(core, "connects")} network.switches[0].ports[3].connects the other end of this link is not declared; add connects: core-sw1:49-50 to ports 25-26 of 'access-sw1'`,
    ]);
  });

  it("rejects ends with different numbers of ports", () => {
    // given access-sw1 naming one port of core-sw1's two
    const e = edit(EXAMPLE, ACCESS_UPLINK, "connects: core-sw1:49");
    const core = edit(EXAMPLE, CORE_UPLINK, CORE_UPLINK);
    expect(found(check(e.text), "R20")).toEqual([
      `${valueAt(core, "connects")} network.switches[0].ports[3].connects access-sw1:25-26 says its other end is core-sw1:49, not core-sw1:49-50; make both ends name each other's ports`,
      `${valueAt(e, "connects")} network.switches[1].ports[4].connects access-sw1:25-26 is 2 ports but core-sw1:49 is 1 port; a link has the same number of ports on both ends`,
    ]);
  });

  it("rejects ends that name different ports", () => {
    const e = edit(EXAMPLE, ACCESS_UPLINK, "connects: core-sw1:51-52");
    const core = edit(EXAMPLE, CORE_UPLINK, CORE_UPLINK);
    expect(found(check(e.text), "R20")).toEqual([
      `${valueAt(core, "connects")} network.switches[0].ports[3].connects access-sw1:25-26 says its other end is core-sw1:51-52, not core-sw1:49-50; make both ends name each other's ports`,
      `${valueAt(e, "connects")} network.switches[1].ports[4].connects this link names core-sw1:51-52, but 'core-sw1' declares its end on ports 49-50; make both ends name each other's ports`,
    ]);
  });

  it("names a tagged VLAN one end carries and the other does not", () => {
    // given access-sw1's uplink without voip
    const text = edit(
      EXAMPLE,
      `${VLANS}\n          ${ACCESS_UPLINK}`,
      `${VLANS.replace(", voip", "")}\n          ${ACCESS_UPLINK}`,
    ).text;
    // when validated, then the link is reported once, at core-sw1's tagged list
    const core = edit(EXAMPLE, `${VLANS}\n          ${CORE_UPLINK}`, "");
    expect(found(check(text), "R20")).toEqual([
      `${valueAt(core, "tagged")} network.switches[0].ports[3].tagged core-sw1:49-50 carries 'voip' tagged but access-sw1:25-26 does not; make both ends carry the same VLANs`,
    ]);
  });

  it("names an untagged VLAN that differs between the ends", () => {
    // given core-sw1 sending servers untagged while access-sw1 expects it tagged
    const text = edit(
      EXAMPLE,
      `${VLANS}\n          ${CORE_UPLINK}`,
      `untagged: servers\n          ${VLANS.replace("servers, ", "")}\n          ${CORE_UPLINK}`,
    ).text;
    const core = edit(EXAMPLE, `${VLANS}\n          ${CORE_UPLINK}`, "");
    expect(found(check(text), "R20")).toEqual([
      `${core.line + 1}:19 network.switches[0].ports[3].tagged access-sw1:25-26 carries 'servers' tagged but core-sw1:49-50 does not; core-sw1:49-50 carries 'servers' untagged but access-sw1:25-26 does not; make both ends carry the same VLANs`,
    ]);
  });
});
