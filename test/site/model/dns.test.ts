import { describe, expect, it } from "vitest";
import { parseIp } from "../../../src/site/index.ts";
import { modelOf } from "../../helpers/site.ts";
import { loadTestSite } from "../../render/sites.ts";

describe("DNS records of the model", () => {
  const example = loadTestSite("example").model;

  it("puts every declared name in the forward zone, switches at their management address", () => {
    const zone = example.dns.forward;
    expect(zone.origin).toBe("ad.rbpl.org");
    expect(zone.records.map((r) => `${r.name} ${r.type} ${r.value}`)).toEqual([
      "access-sw1 A 10.20.40.3",
      "admin-printer A 10.20.20.21",
      "circ-printer A 10.20.20.20",
      "core-sw1 A 10.20.40.1",
      "dhcp01 A 10.20.10.12",
      "dml-3d-printer A 10.20.60.30",
      "esxi01 A 10.20.10.101",
      "esxi02 A 10.20.10.102",
      "esxi03 A 10.20.10.103",
      "fw01 A 10.20.10.254",
      "rbpl-cs01 A 10.20.10.30",
      "rbpl-dc01 A 10.20.10.10",
      "rbpl-dc02 A 10.20.10.11",
      "rbpl-dhcp01 A 10.20.10.12",
      "rbpl-file01 A 10.20.10.13",
      "rbpl-print01 A 10.20.10.14",
      "rbpl-prov01 A 10.20.10.20",
      "ups01 A 10.20.40.20",
      "vcenter A 10.20.10.5",
    ]);
  });

  it("says what each name is and which VLAN holds it", () => {
    const byName = new Map(example.dns.names.map((n) => [n.name, n]));
    expect(byName.get("core-sw1")).toMatchObject({ kind: "switch", vlan: "management" });
    expect(byName.get("dhcp01")).toMatchObject({ kind: "dhcp-server", vlan: "servers" });
    expect(byName.get("rbpl-dc01")).toMatchObject({ kind: "vm", declared: "rbpl-dc01" });
  });

  it("gives a core switch the reverse name of its management VLAN's gateway", () => {
    const zone = example.dns.reverse.find((z) => z.origin === "40.20.10.in-addr.arpa")!;
    expect(zone.records.map((r) => `${r.name} ${r.value}`)).toEqual([
      "1 core-sw1.ad.rbpl.org.",
      "3 access-sw1.ad.rbpl.org.",
      "20 ups01.ad.rbpl.org.",
    ]);
  });

  it("names the DNS servers of network.dns that are declared hosts as name servers", () => {
    expect(example.dns.forward.nameServers).toEqual([
      "rbpl-dc01.ad.rbpl.org.",
      "rbpl-dc02.ad.rbpl.org.",
    ]);
  });

  it("falls back to the DHCP servers when every DNS server is outside the site", () => {
    // given a branch whose only DNS server is elsewhere
    const text = loadTestSite("branch").text.replace("dns: [192.168.10.4]", "dns: [10.99.0.53]");
    // then its DHCP server is named
    expect(modelOf(text).dns.nameServers.map((h) => h.name)).toEqual(["dhcp-box"]);
  });

  it("cuts a /23 into two /24 reverse zones and a /21 into eight", () => {
    const origins = example.dns.reverse.map((z) => z.origin);
    expect(origins.filter((o) => /^2[01]\.20\.10\./.test(o))).toEqual([
      "20.20.10.in-addr.arpa",
      "21.20.10.in-addr.arpa",
    ]);
    expect(origins.filter((o) => /^8\d\.20\.10\./.test(o))).toHaveLength(8);
    expect(example.dns.reverse.find((z) => z.origin === "81.20.10.in-addr.arpa")).toMatchObject({
      networkId: "10.20.81.0/24",
      records: [],
    });
  });

  it("joins two /25 subnets into the one /24 zone they share", () => {
    const zones = loadTestSite("two-servers").model.dns.reverse;
    const shared = zones.filter((z) => z.origin === "60.16.172.in-addr.arpa");
    expect(shared).toHaveLength(1);
    expect(shared[0]!.records.map((r) => `${r.name} ${r.value}`)).toEqual([
      "20 laser-cutter.corp.harborcitylib.org.",
      "129 hcl-core.corp.harborcitylib.org.",
      "131 hcl-access1.corp.harborcitylib.org.",
    ]);
  });

  it("gives each address one reverse name, preferring the machine over the service", () => {
    // 10.20.10.12 is both VM rbpl-dhcp01 and DHCP server dhcp01
    expect(example.dns.reverseNames.get(parseIp("10.20.10.12")!)?.name).toBe("rbpl-dhcp01");
  });

  it("adds vCenter when vsphere.server is an address no host declares", () => {
    const names = loadTestSite("two-servers").model.dns.names;
    expect(names.find((h) => h.kind === "vcenter")).toMatchObject({
      name: "vcenter",
      address: "172.16.10.5",
      vlan: "servers",
    });
  });
});
