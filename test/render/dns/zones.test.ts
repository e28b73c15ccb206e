import { describe, expect, it } from "vitest";
import {
  dnsHosts,
  forwardZone,
  nameServers,
  reverseNames,
  reverseZones,
  serialOf,
} from "../../../src/render/dns/index.ts";
import { buildModel, parseIp } from "../../../src/site/index.ts";
import { check, edit, EXAMPLE } from "../../helpers/site.ts";
import { loadTestSite } from "../sites.ts";

function modelOf(text: string) {
  const result = check(text);
  expect(result.valid, JSON.stringify(result.issues)).toBe(true);
  return buildModel(result.site!);
}

describe("DNS zones", () => {
  const example = loadTestSite("example").model;

  it("puts every declared host in the forward zone", () => {
    const zone = forwardZone(example);
    expect(zone.origin).toBe("ad.rbpl.org");
    expect(zone.records.map((r) => `${r.name} ${r.value}`)).toEqual([
      "access-sw1 10.20.40.3",
      "admin-printer 10.20.20.21",
      "circ-printer 10.20.20.20",
      "core-sw1 10.20.40.2",
      "dhcp01 10.20.10.12",
      "dml-3d-printer 10.20.60.30",
      "esxi01 10.20.10.101",
      "esxi02 10.20.10.102",
      "esxi03 10.20.10.103",
      "rbpl-dc01 10.20.10.10",
      "rbpl-dc02 10.20.10.11",
      "rbpl-dhcp01 10.20.10.12",
      "rbpl-file01 10.20.10.13",
      "rbpl-print01 10.20.10.14",
      "rbpl-prov01 10.20.10.20",
      "ups01 10.20.40.20",
      "vcenter 10.20.10.5",
    ]);
  });

  it("names the DNS servers of network.dns that are declared hosts as name servers", () => {
    expect(forwardZone(example).nameServers).toEqual([
      "rbpl-dc01.ad.rbpl.org.",
      "rbpl-dc02.ad.rbpl.org.",
    ]);
  });

  it("falls back to the DHCP servers when every DNS server is outside the site", () => {
    // given a branch whose only DNS server is elsewhere
    const text = loadTestSite("branch").text.replace("dns: [192.168.10.4]", "dns: [10.99.0.53]");
    // then its DHCP server is named
    expect(nameServers(modelOf(text)).map((h) => h.name)).toEqual(["dhcp-box"]);
  });

  it("cuts a /23 into two /24 reverse zones and a /21 into eight", () => {
    const origins = reverseZones(example).map((z) => z.origin);
    expect(origins.filter((o) => /^2[01]\.20\.10\./.test(o))).toEqual([
      "20.20.10.in-addr.arpa",
      "21.20.10.in-addr.arpa",
    ]);
    expect(origins.filter((o) => /^8\d\.20\.10\./.test(o))).toHaveLength(8);
    expect(reverseZones(example).find((z) => z.origin === "81.20.10.in-addr.arpa")).toMatchObject({
      networkId: "10.20.81.0/24",
      records: [],
    });
  });

  it("joins two /25 subnets into the one /24 zone they share", () => {
    const zones = reverseZones(loadTestSite("two-servers").model);
    const shared = zones.filter((z) => z.origin === "60.16.172.in-addr.arpa");
    expect(shared).toHaveLength(1);
    expect(shared[0]!.records.map((r) => `${r.name} ${r.value}`)).toEqual([
      "20 laser-cutter.corp.harborcitylib.org.",
      "130 hcl-core.corp.harborcitylib.org.",
      "131 hcl-access1.corp.harborcitylib.org.",
    ]);
  });

  it("gives each address one reverse name, preferring the machine over the service", () => {
    // 10.20.10.12 is both VM rbpl-dhcp01 and DHCP server dhcp01
    expect(reverseNames(example).get(parseIp("10.20.10.12")!)?.name).toBe("rbpl-dhcp01");
  });

  it("adds vCenter when vsphere.server is an address no host declares", () => {
    const hosts = dnsHosts(loadTestSite("two-servers").model);
    expect(hosts.find((h) => h.kind === "vcenter")).toMatchObject({
      name: "vcenter",
      address: "172.16.10.5",
    });
  });

  it("keeps a zone's serial while its records stay the same", () => {
    // given a change to site.yaml that no zone shows
    const { text } = edit(EXAMPLE, 'phone: "+1 203-555-0110"', 'phone: "+1 203-555-0199"');
    const changed = modelOf(text);
    // then every serial stays
    expect(reverseZones(changed).map(serialOf)).toEqual(reverseZones(example).map(serialOf));
    expect(serialOf(forwardZone(changed))).toBe(serialOf(forwardZone(example)));
  });

  it("changes the serial of exactly the zones whose records change", () => {
    // given one more host on the management VLAN
    const { text } = edit(
      EXAMPLE,
      "        - host: ups01\n",
      "        - host: pdu01\n          ip: 10.20.40.21\n        - host: ups01\n",
    );
    const changed = modelOf(text);
    const before = new Map(reverseZones(example).map((z) => [z.origin, serialOf(z)]));
    const moved = reverseZones(changed).filter((z) => before.get(z.origin) !== serialOf(z));
    expect(moved.map((z) => z.origin)).toEqual(["40.20.10.in-addr.arpa"]);
    expect(serialOf(forwardZone(changed))).not.toBe(serialOf(forwardZone(example)));
  });
});
