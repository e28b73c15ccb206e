import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

describe("R11 static addresses", () => {
  it("accepts the example", () => {
    expect(found(check(EXAMPLE), "R11")).toEqual([]);
  });

  it("rejects an address used twice, naming its first owner", () => {
    const e = edit(EXAMPLE, "ip: 10.20.40.3", "ip: 10.20.40.20");
    expect(found(check(e.text), "R11")).toEqual([
      `${e.line}:13 network.switches[1].management.ip 10.20.40.20 is already the address of host 'ups01'; each address is used once`,
    ]);
  });

  it("rejects a VM outside its VLAN's subnet", () => {
    const e = edit(EXAMPLE, "ip: 10.20.10.20 }", "ip: 10.20.40.50 }");
    expect(found(check(e.text), "R11")).toEqual([
      `${e.line}:${e.col + 4} vsphere.vms[5].network.ip 10.20.40.50 is outside the subnet 10.20.10.0/24 of VLAN 'servers'`,
    ]);
  });

  it("rejects a VM inside a DHCP range", () => {
    const e = edit(
      EXAMPLE,
      "{ vlan: servers, ip: 10.20.10.20 }",
      "{ vlan: public, ip: 10.20.30.60 }",
    );
    expect(found(check(e.text), "R11")).toEqual([
      `${e.line}:${e.col + 20} vsphere.vms[5].network.ip 10.20.30.60 is inside the DHCP range 10.20.30.50-10.20.30.240 of VLAN 'public'; DHCP could give it to another device`,
    ]);
  });

  it("requires the DHCP server's address to be a declared machine", () => {
    const e = edit(EXAMPLE, "address: 10.20.10.12", "address: 10.20.10.99");
    expect(found(check(e.text), "R11")).toEqual([
      `${e.line}:16 network.dhcpServers[0].address DHCP server address 10.20.10.99 belongs to no declared machine; declare it as a host or VM, or use one of theirs`,
    ]);
  });

  it("rejects a host or reservation on the network or broadcast address", () => {
    const host = edit(EXAMPLE, "ip: 10.20.10.5", "ip: 10.20.10.255");
    expect(found(check(host.text), "R11")).toEqual([
      `${host.line}:15 network.vlans[0].hosts[0].ip 10.20.10.255 is the broadcast address of 10.20.10.0/24, which no machine can use; pick an address between them`,
    ]);
    const reservation = edit(EXAMPLE, "ip: 10.20.60.30", "ip: 10.20.60.0");
    expect(found(check(reservation.text), "R11")).toEqual([
      `${reservation.line}:15 network.vlans[5].reservations[0].ip 10.20.60.0 is the network address of 10.20.60.0/24, which no machine can use; pick an address between them`,
    ]);
  });
});
