import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

describe("extra DHCP options", () => {
  it("accepts the example's tftp-server-name", () => {
    expect(found(check(EXAMPLE), "dhcp-options")).toEqual([]);
  });

  it("reports a misspelt option name at the name, with a suggestion", () => {
    const e = edit(EXAMPLE, "tftp-server-name: 10.20.10.20", "tftp-servr-name: 10.20.10.20");
    expect(found(check(e.text), "dhcp-options")).toEqual([
      `${e.at} network.vlans[6].dhcp.options.tftp-servr-name VLAN 'voip' asks for DHCP option 'tftp-servr-name', which Carrel cannot render; did you mean 'tftp-server-name'? The options it knows are: boot-file-name, interface-mtu, tftp-server-address, tftp-server-name, wpad-url.`,
    ]);
  });

  it("reports a value of the wrong kind at the value", () => {
    const e = edit(
      EXAMPLE,
      "tftp-server-name: 10.20.10.20",
      "tftp-server-address: [10.20.10.20, phones]",
    );
    expect(found(check(e.text), "dhcp-options")).toEqual([
      `${e.line}:32 network.vlans[6].dhcp.options.tftp-server-address VLAN 'voip' asks for DHCP option 'tftp-server-address', which takes IPv4 addresses, but 'phones' is not one`,
    ]);
  });
});
