import { describe, expect, it } from "vitest";
import { buildModel, formatCidr, formatIp } from "../../../src/site/index.ts";
import { check, EXAMPLE } from "../../helpers/site.ts";
import { FLOWS } from "../../render/switch/rendered.ts";

const flows = buildModel(check(FLOWS).site!);

describe("the isolation facts of the model", () => {
  it("resolves every allow entry to its peer's address and VLAN", () => {
    expect(
      flows.allows.map((a) => [
        a.vlan.vlan.name,
        a.opener,
        a.peer.name,
        a.peer.vlan.vlan.name,
        a.protocol,
        a.ports.map((p) => (p.from === p.to ? p.from : `${p.from}-${p.to}`)),
      ]),
    ).toEqual([
      ["public", "vlan", "dc01", "servers", "tcp", [88, 389, 445, 636]],
      ["public", "vlan", "print01", "servers", "tcp", [445]],
      ["public", "vlan", "label-printer", "printers", "tcp", [9100]],
      ["cameras", "peer", "nvr01", "servers", "tcp", [80, 443, 554]],
    ]);
  });

  it("gives a flow between two isolated VLANs to both policies", () => {
    const sides = (vlan: string) =>
      flows.isolation.get(vlan)!.flows.map((f) => [f.side, f.allow.peer.name]);
    expect(sides("printers")).toEqual([["peer", "label-printer"]]);
    expect(sides("public")).toEqual([
      ["own", "dc01"],
      ["own", "print01"],
      ["own", "label-printer"],
    ]);
  });

  it("names the switch services refused and the private ranges, for the ACL and the docs", () => {
    const policy = flows.isolation.get("cameras")!;
    expect(policy.managementServices.map((s) => `${s.name} ${s.protocol}/${s.port}`)).toEqual([
      "SSH tcp/22",
      "Telnet tcp/23",
      "web tcp/80",
      "web tcp/443",
      "SNMP udp/161",
    ]);
    expect(policy.privateRanges.map(formatCidr)).toEqual([
      "10.0.0.0/8",
      "172.16.0.0/12",
      "192.168.0.0/16",
    ]);
  });

  it("lists every address a switch answers on: the core's gateways and access switches' own", () => {
    expect(flows.isolation.get("cameras")!.switchAddresses.map(formatIp)).toEqual([
      "10.50.10.1",
      "10.50.20.1",
      "10.50.30.1",
      "10.50.40.1",
      "10.50.50.1",
      "10.50.60.1",
      "10.50.60.3",
    ]);
  });

  it("keeps only the site's own DNS servers a VLAN is handed, and DHCP where it has it", () => {
    const model = buildModel(check(EXAMPLE).site!);
    const guest = model.isolation.get("guest-wifi")!;
    expect([guest.dhcp, guest.dnsServers.map(formatIp)]).toEqual([true, []]);
    const cameras = flows.isolation.get("cameras")!;
    expect([cameras.dhcp, cameras.dnsServers.map(formatIp)]).toEqual([false, ["10.50.10.10"]]);
  });

  it("lists site networks the private ranges do not cover, to be refused one by one", () => {
    // given a VLAN on public addresses (a DMZ), which the private ranges do not cover
    const text = FLOWS.replace(
      "    - id: 60\n      name: management\n      purpose: management\n      subnet: 10.50.60.0/24\n      gateway: 10.50.60.1\n",
      "    - id: 60\n      name: management\n      purpose: management\n      subnet: 10.50.60.0/24\n      gateway: 10.50.60.1\n    - id: 70\n      name: dmz\n      purpose: other\n      subnet: 198.51.100.0/28\n      gateway: 198.51.100.1\n",
    );
    const model = buildModel(check(text).site!);
    expect(
      model.isolation.get("public")!.publicSiteNetworks.map((c) => formatIp(c.network)),
    ).toEqual(["198.51.100.0"]);
  });
});
