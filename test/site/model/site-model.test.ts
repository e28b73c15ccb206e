import { describe, expect, it } from "vitest";
import {
  buildModel,
  formatIp,
  formatPortList,
  linkEnds,
  parsePortList,
  type Site,
} from "../../../src/site/index.ts";
import { check, edit, EXAMPLE, modelOf } from "../../helpers/site.ts";
import { loadTestSite } from "../../render/sites.ts";

const site = check(EXAMPLE).site as Site;
const model = buildModel(site);

describe("derived model of the example", () => {
  it("knows the management VLANs: the switches' and any whose purpose is management", () => {
    expect([...model.managementVlans]).toEqual(["management"]);
    // given a second switch managed on the staff VLAN
    const [core, access, ...rest] = site.network.switches;
    const moved = { ...access!, management: { ...access!.management, vlan: "staff" } };
    const edited = buildModel({
      ...site,
      network: { ...site.network, switches: [core!, moved, ...rest] },
    });
    expect([...edited.managementVlans].sort()).toEqual(["management", "staff"]);
  });

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
      "fw01",
      "rbpl-cs01",
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

  it("hands out the site's domain, none on a guest VLAN unless it names its own", () => {
    expect(model.vlanByName.get("staff")!.domain).toBe("ad.rbpl.org");
    expect(model.vlanByName.get("guest-wifi")!.domain).toBeUndefined();
    const { text } = edit(
      EXAMPLE,
      "leaseTime: 1h\n",
      "leaseTime: 1h\n        domain: guest.rbpl.org\n",
    );
    expect(modelOf(text).vlanByName.get("guest-wifi")!.domain).toBe("guest.rbpl.org");
  });

  it("expands desktop names per pool", () => {
    expect(model.pools.map((p) => [p.pool.name, p.desktops[0], p.desktops.at(-1)])).toEqual([
      ["public-pcs", "PUB-01", "PUB-24"],
      ["catalog-kiosks", "OPAC-01", "OPAC-06"],
    ]);
  });
});

describe("derived facts the consumers share", () => {
  it("pairs each link end once: both ends, the first in file order", () => {
    const pairings = linkEnds(site);
    expect(pairings.map((p) => [p.kind, p.kind === "paired" && p.first])).toEqual([
      ["paired", true],
      ["paired", false],
    ]);
    const [first, second] = pairings;
    expect(first!.kind === "paired" && second!.kind === "paired").toBe(true);
    if (first!.kind === "paired" && second!.kind === "paired")
      expect(second!.link).toEqual(first!.link);
  });

  it("gives every switch one management address: cores their VLAN's gateway", () => {
    expect(model.switches.map((t) => [t.switch.name, t.management.address])).toEqual([
      ["core-sw1", "10.20.40.1"],
      ["access-sw1", "10.20.40.3"],
    ]);
    const hcl = loadTestSite("two-servers").model;
    expect(hcl.switches.map((t) => [t.switch.name, t.management.address])).toEqual([
      ["hcl-core", "172.16.60.129"],
      ["hcl-access1", "172.16.60.131"],
    ]);
    // the core's address is counted once, as the gateway
    expect(hcl.statics.filter((s) => s.text === "172.16.60.129").map((s) => s.kind)).toEqual([
      "gateway",
    ]);
  });

  it("places each DHCP server on its home VLAN, with the machine at its address", () => {
    expect(
      model.dhcpServers.map((d) => [
        d.server.name,
        d.home.vlan.name,
        d.servesHome,
        d.machine?.name,
      ]),
    ).toEqual([["dhcp01", "servers", false, "rbpl-dhcp01"]]);
    expect(model.dhcpServers[0]!.serves.map((v) => v.vlan.id)).toEqual([20, 30, 50, 60, 70]);
    // given the server moved onto a VLAN it serves (at a reserved address)
    const moved = modelOf(edit(EXAMPLE, "address: 10.20.10.12 ", "address: 10.20.20.20 ").text);
    expect(moved.dhcpServers[0]).toMatchObject({
      servesHome: true,
      machine: { kind: "reservation" },
    });
    expect(moved.dhcpServers[0]!.home.vlan.name).toBe("staff");
  });

  it("keeps MACs in one form, however site.yaml writes them", () => {
    // given a host MAC in Cisco notation and a reservation MAC with hyphens, in capitals
    let text = edit(EXAMPLE, 'mac: "02:1b:78:00:40:20"', "mac: 021B.7800.4020").text;
    text = edit(text, 'mac: "02:1b:78:00:20:01"', "mac: 02-1B-78-00-20-01").text;
    const m = modelOf(text);
    // then the model and its static addresses give the one colon form
    expect(m.vlanByName.get("management")!.hosts[0]!.mac).toBe("02:1b:78:00:40:20");
    expect(m.statics.find((s) => s.name === "ups01")!.mac).toBe("02:1b:78:00:40:20");
    expect(m.vlanByName.get("staff")!.reservations.map((r) => r.mac)).toEqual([
      "02:1b:78:00:20:01",
      "02:1b:78:00:20:02",
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
