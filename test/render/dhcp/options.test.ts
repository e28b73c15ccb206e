import { describe, expect, it } from "vitest";
import { DHCP_OPTIONS, DhcpConfigError, dhcpOption } from "../../../src/render/dhcp/index.ts";

describe("extra DHCP options", () => {
  it("knows each option by its site.yaml name, sorted, with distinct codes", () => {
    const names = DHCP_OPTIONS.map((o) => o.name);
    expect(names).toEqual([...names].sort());
    expect(new Set(DHCP_OPTIONS.map((o) => o.code)).size).toBe(DHCP_OPTIONS.length);
  });

  it("maps tftp-server-name to each server's own name for option 66", () => {
    const { spec, values } = dhcpOption("voip", "tftp-server-name", "10.20.10.20");
    expect([spec.code, spec.kea.name, spec.isc.name, spec.dnsmasq]).toEqual([
      66,
      "tftp-server-name",
      "tftp-server-name",
      "option:tftp-server",
    ]);
    expect(values).toEqual(["10.20.10.20"]);
  });

  it("names the misspelt option, suggests the right one and lists the known ones", () => {
    // given a VLAN asking for an option with a typo, when it is looked up
    const lookup = () => dhcpOption("voip", "tftp-servr-name", "10.20.10.20");
    // then the error says which VLAN, what it asked for and what it could have meant
    expect(lookup).toThrow(DhcpConfigError);
    expect(lookup).toThrow(
      "VLAN 'voip' asks for DHCP option 'tftp-servr-name', which Carrel cannot render; " +
        "did you mean 'tftp-server-name'? The options it knows are: boot-file-name, " +
        "interface-mtu, tftp-server-address, tftp-server-name, wpad-url.",
    );
  });

  it("refuses an unknown option with no close match without guessing", () => {
    expect(() => dhcpOption("staff", "netbios-node-type", 8)).toThrow(
      "VLAN 'staff' asks for DHCP option 'netbios-node-type', which Carrel cannot render. " +
        "The options it knows are: boot-file-name, interface-mtu, tftp-server-address, " +
        "tftp-server-name, wpad-url.",
    );
  });

  it("takes one address or a list for tftp-server-address", () => {
    expect(dhcpOption("voip", "tftp-server-address", "10.0.0.1").values).toEqual(["10.0.0.1"]);
    expect(dhcpOption("voip", "tftp-server-address", ["10.0.0.1", "10.0.0.2"]).values).toEqual([
      "10.0.0.1",
      "10.0.0.2",
    ]);
  });

  it("says which value is not an address", () => {
    expect(() => dhcpOption("voip", "tftp-server-address", ["10.0.0.1", "tftp"])).toThrow(
      "VLAN 'voip' asks for DHCP option 'tftp-server-address', which takes IPv4 addresses, " +
        "but 'tftp' is not one",
    );
  });

  it("checks the range of a number", () => {
    expect(dhcpOption("lab", "interface-mtu", 1400).values).toEqual(["1400"]);
    expect(() => dhcpOption("lab", "interface-mtu", 70000)).toThrow(
      "VLAN 'lab' asks for DHCP option 'interface-mtu', which takes a whole number from 0 to 65535",
    );
  });

  it("refuses a list where one text value belongs", () => {
    expect(() => dhcpOption("staff", "boot-file-name", ["a", "b"])).toThrow(
      "VLAN 'staff' asks for DHCP option 'boot-file-name', which takes one text value",
    );
  });
});
