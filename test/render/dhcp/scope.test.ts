import { describe, expect, it } from "vitest";
import { serverScopes } from "../../../src/render/dhcp/index.ts";
import { loadTestSite } from "../sites.ts";

describe("DHCP scopes", () => {
  const example = loadTestSite("example");
  const server = example.model.dhcpServers[0]!;
  const scopes = serverScopes(server);
  const byName = (name: string) => scopes.find((s) => s.vlanName === name)!;

  it("gives one scope per served VLAN, by VLAN id", () => {
    expect(scopes.map((s) => s.vlanId)).toEqual([20, 30, 50, 60, 70]);
  });

  it("hands out the range, router, site DNS, domain, NTP and lease time", () => {
    expect(byName("staff")).toMatchObject({
      cidr: "10.20.20.0/23",
      mask: "255.255.254.0",
      rangeStart: "10.20.20.100",
      rangeEnd: "10.20.21.250",
      router: "10.20.20.1",
      dns: ["10.20.10.10", "10.20.10.11"],
      domain: "ad.rbpl.org",
      ntp: ["10.20.10.10"],
      leaseSeconds: 28_800,
    });
  });

  it("gives a guest VLAN its own DNS servers and no domain name", () => {
    const guest = byName("guest-wifi");
    expect(guest.dns).toEqual(["9.9.9.9", "149.112.112.112"]);
    expect(guest.domain).toBeUndefined();
  });

  it("keeps a VLAN's own domain name", () => {
    const site = loadTestSite("two-servers");
    const isc = site.model.dhcpServers.find((s) => s.server.software === "isc-dhcp")!;
    const maker = serverScopes(isc).find((s) => s.vlanName === "makerspace")!;
    expect(maker.domain).toBe("maker.harborcitylib.org");
  });

  it("lists reservations with normalised MACs, by address", () => {
    expect(byName("staff").reservations).toEqual([
      { host: "circ-printer", mac: "02:1b:78:00:20:01", ip: "10.20.20.20" },
      { host: "admin-printer", mac: "02:1b:78:00:20:02", ip: "10.20.20.21" },
    ]);
  });

  it("carries the extra options", () => {
    expect(byName("voip").options.map((o) => [o.spec.code, o.values])).toEqual([
      [66, ["10.20.10.20"]],
    ]);
  });
});
