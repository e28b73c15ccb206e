import { describe, expect, it } from "vitest";
import { siteJsonSchema } from "../../src/site/index.ts";
import { check, edit, EXAMPLE, found } from "../helpers/site.ts";

describe("schema messages", () => {
  it("accepts the example exactly as the spec writes it", () => {
    const result = check(EXAMPLE);
    expect(found(result).filter((m) => !m.includes("warning:"))).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("suggests the known key for a misspelt one, pointing at the key", () => {
    const e = edit(EXAMPLE, "gateway: 10.20.70.1", "gatway: 10.20.70.1");
    expect(found(check(e.text))).toEqual([
      "164:7 network.vlans[6] 'gateway' is missing; it is required here",
      `${e.at} network.vlans[6].gatway unknown key 'gatway'; did you mean 'gateway'?`,
    ]);
  });

  it("lists the allowed values of an enumeration with a suggestion", () => {
    const e = edit(EXAMPLE, "software: kea", "software: kae");
    expect(found(check(e.text))).toEqual([
      `${e.line}:17 network.dhcpServers[0].software 'kae' is not one of: kea, isc-dhcp, windows, dnsmasq; did you mean 'kea'?`,
    ]);
  });

  it("says which type a value should have", () => {
    const e = edit(
      EXAMPLE,
      "memoryGb: 2\n      disks: [20]\n      network: { vlan: servers, ip: 10.20.10.12 }",
      "memoryGb: two\n      disks: [20]\n      network: { vlan: servers, ip: 10.20.10.12 }",
    );
    expect(found(check(e.text))).toEqual([
      `${e.line}:17 vsphere.vms[2].memoryGb should be a number, but is text 'two'`,
    ]);
  });

  it("explains a malformed address and a malformed date", () => {
    let text = edit(EXAMPLE, "ip: 10.20.10.101", "ip: 10.20.10.301").text;
    text = edit(text, "purchased: 2022-01-10", "purchased: 10/01/2022").text;
    expect(found(check(text))).toEqual([
      "78:15 network.vlans[0].hosts[1].ip '10.20.10.301' is not an IPv4 address (like 10.20.10.5)",
      "398:18 inventory.assets[3].purchased '10/01/2022' is not a date written YYYY-MM-DD (like 2027-06-30)",
    ]);
  });

  it("explains a bad duration from the branch of the union that fits", () => {
    const e = edit(EXAMPLE, "leaseTime: 1h", "leaseTime: 1 hour");
    expect(found(check(e.text))).toEqual([
      `${e.line}:20 network.vlans[4].dhcp.leaseTime '1 hour' is not a duration; write a number with s, m, h, d or w (like 8h)`,
    ]);
  });

  it("produces a JSON Schema with the sections and their descriptions", () => {
    const schema = siteJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        "version",
        "site",
        "network",
        "vsphere",
        "directory",
        "azure",
        "inventory",
        "operations",
      ]),
    );
    expect(schema.required).toEqual(expect.arrayContaining(["version", "site", "network"]));
  });
});
