import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

describe("R3 host names", () => {
  it("accepts the example", () => {
    expect(found(check(EXAMPLE), "R3")).toEqual([]);
  });

  it("rejects characters a DNS name cannot hold and names them", () => {
    const e = edit(EXAMPLE, "circ-printer", "circ_printer 2");
    expect(found(check(e.text), "R3")).toEqual([
      `${e.at} network.vlans[1].reservations[0].host host name 'circ_printer 2' may only use letters, digits and hyphens (found '_', space)`,
    ]);
  });

  it("rejects a leading hyphen", () => {
    const e = edit(EXAMPLE, "host: esxi01", "host: -esxi01");
    expect(found(check(e.text), "R3")).toEqual([
      `${e.line}:17 network.vlans[0].hosts[1].host host name '-esxi01' cannot start or end with a hyphen`,
    ]);
  });

  it("limits Windows VM names to 15 characters but not Linux ones", () => {
    const win = edit(EXAMPLE, "name: rbpl-file01", "name: rbpl-fileserver01");
    expect(found(check(win.text), "R3")).toEqual([
      `${win.line}:13 vsphere.vms[3].name VM name 'rbpl-fileserver01' is 17 characters; Windows machines need 15 or fewer to join the domain`,
    ]);
    const linux = edit(EXAMPLE, "name: rbpl-prov01", "name: rbpl-provisioning01");
    expect(found(check(linux.text), "R3")).toEqual([]);
  });

  it("checks the longest generated desktop name of a Windows pool", () => {
    const e = edit(EXAMPLE, '"OPAC-{nn}"', '"CATALOG-KIOSK-{nn}"');
    expect(found(check(e.text), "R3")).toEqual([
      `${e.at} vsphere.vdi.pools[1].namePattern desktop name 'CATALOG-KIOSK-06' is 16 characters; Windows machines need 15 or fewer to join the domain`,
    ]);
  });

  it("refuses a host whose full DNS name would pass 253 characters, at the host", () => {
    const long = `${"a".repeat(60)}.${"b".repeat(60)}.${"c".repeat(60)}.${"d".repeat(55)}.org`;
    const e = edit(EXAMPLE, "domain: ad.rbpl.org", `domain: ${long}`);
    const issues = found(check(e.text), "R3");
    expect(issues.length).toBeGreaterThan(0);
    // vcenter.<domain> is 250 characters and fits; a 13-character name does not
    expect(issues.join("\n")).not.toContain("'vcenter'");
    expect(issues).toContain(
      `${e.line + 78}:17 network.vlans[1].reservations[0].host host name 'circ-printer' makes the DNS name circ-printer.${long} 255 characters long, and a DNS name takes at most 253; shorten the name or site.domain`,
    );
  });
});
