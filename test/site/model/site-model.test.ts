import { describe, expect, it } from "vitest";
import {
  buildModel,
  formatIp,
  formatPortList,
  parsePortList,
  type Site,
} from "../../../src/site/index.ts";
import { check, EXAMPLE } from "../../helpers/site.ts";

const site = check(EXAMPLE).site as Site;
const model = buildModel(site);

describe("derived model of the example", () => {
  it("builds each switch's port table with LAG members and tagged VLANs", () => {
    const core = model.switches.find((s) => s.switch.name === "core-sw1")!;
    expect(core.model?.portCount).toBe(52);
    expect(core.ports.get(17)).toMatchObject({
      untagged: "staff",
      tagged: ["voip"],
      poe: true,
      lag: undefined,
    });
    expect(core.ports.get(49)).toMatchObject({ untagged: undefined, lag: "trk1" });
    expect(core.ports.get(41)).toBeUndefined();
    expect(core.lags).toEqual([{ name: "trk1", ports: [49, 50], entry: 3 }]);
  });

  it("finds the link between the two switches once, with its VLANs", () => {
    expect(model.links).toHaveLength(1);
    expect(model.links[0]).toMatchObject({
      a: { switch: "core-sw1", ports: [49, 50], lag: "trk1" },
      b: { switch: "access-sw1", ports: [25, 26], lag: "trk1" },
    });
    expect(model.links[0]!.tagged).toContain("management");
  });

  it("counts address use per subnet", () => {
    const staff = model.subnets.find((s) => s.vlan.name === "staff")!;
    // 10.20.20.0/23: 510 usable; range .20.100-.21.250 = 407; gateway + two printers static
    expect([staff.usable, staff.dynamic, staff.statics.length, staff.free]).toEqual([
      510, 407, 3, 100,
    ]);
    const servers = model.subnets.find((s) => s.vlan.name === "servers")!;
    expect(servers.statics.map((s) => s.name)).toEqual([
      "servers",
      "vcenter",
      "esxi01",
      "esxi02",
      "esxi03",
      "rbpl-dc01",
      "rbpl-dc02",
      "rbpl-dhcp01",
      "rbpl-file01",
      "rbpl-print01",
      "rbpl-prov01",
    ]);
    expect(model.subnets.find((s) => s.vlan.name === "public")!.desktops).toBe(30);
  });

  it("resolves DHCP per VLAN: server, DNS override and normalised reservations", () => {
    const guest = model.vlanByName.get("guest-wifi")!;
    expect(guest.dhcpServer?.name).toBe("dhcp01");
    expect(guest.dns).toEqual(["9.9.9.9", "149.112.112.112"]);
    expect(model.vlanByName.get("staff")!.dns).toEqual(["10.20.10.10", "10.20.10.11"]);
    expect(formatIp(model.vlanByName.get("staff")!.range!.end)).toBe("10.20.21.250");
    expect(model.vlanByName.get("servers")!.dhcpServer).toBeUndefined();
  });

  it("expands desktop names per pool", () => {
    expect(model.pools.map((p) => [p.pool.name, p.desktops[0], p.desktops.at(-1)])).toEqual([
      ["public-pcs", "PUB-01", "PUB-24"],
      ["catalog-kiosks", "OPAC-01", "OPAC-06"],
    ]);
  });
});

describe("port lists", () => {
  it("parses ranges and lists, and formats them back compactly", () => {
    expect(parsePortList("1,3,5-7")).toEqual([1, 3, 5, 6, 7]);
    expect(parsePortList(25)).toEqual([25]);
    expect(parsePortList("8-1")).toBeUndefined();
    expect(parsePortList("1-")).toBeUndefined();
    expect(formatPortList([7, 1, 2, 3, 5])).toBe("1-3,5,7");
  });
});
