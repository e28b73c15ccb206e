import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

describe("R13 DHCP servers", () => {
  it("accepts the example", () => {
    expect(found(check(EXAMPLE), "R13")).toEqual([]);
  });

  it("reports a DHCP VLAN nobody serves", () => {
    const e = edit(
      EXAMPLE,
      "serves: [staff, public, guest-wifi, media-lab, voip]",
      "serves: [staff, public, guest-wifi, media-lab]",
    );
    void e.line;
    expect(found(check(e.text), "R13")).toEqual([
      "169:7 network.vlans[6].dhcp VLAN 'voip' has DHCP but no server serves it; add 'voip' to a DHCP server's serves list",
    ]);
  });

  it("reports a served VLAN without DHCP", () => {
    const e = edit(EXAMPLE, "serves: [staff,", "serves: [servers, staff,");
    expect(found(check(e.text), "R13")).toEqual([
      `${e.line}:16 network.dhcpServers[0].serves[0] VLAN 'servers' has no dhcp section, so there is nothing to serve; add one or remove it here`,
    ]);
  });

  it("reports two servers for one VLAN and a server outside the site", () => {
    const e = edit(
      EXAMPLE,
      "  switches:\n",
      "    - name: dhcp02\n      software: dnsmasq\n      address: 192.168.1.5\n      serves: [voip]\n  switches:\n",
    );
    const issues = found(check(e.text), "R13");
    expect(issues).toContain(
      `${e.line + 2}:16 network.dhcpServers[1].address DHCP server address 192.168.1.5 is in none of the site's VLAN subnets`,
    );
    expect(issues).toContain(
      `${e.line + 3}:16 network.dhcpServers[1].serves[0] VLAN 'voip' is already served by 'dhcp01'; two DHCP servers would hand out clashing addresses`,
    );
  });
});
