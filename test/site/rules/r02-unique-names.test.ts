import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

describe("R2 unique names", () => {
  it("accepts the example", () => {
    expect(found(check(EXAMPLE), "R2")).toEqual([]);
  });

  it("reports a repeated VLAN id at the second one", () => {
    const e = edit(EXAMPLE, "id: 60", "id: 50");
    expect(found(check(e.text), "R2")).toEqual([
      `${e.line}:11 network.vlans[5].id VLAN id '50' is used twice; each needs its own`,
    ]);
  });

  it("treats VM names that differ only in case as the same", () => {
    const e = edit(EXAMPLE, "name: rbpl-dc02", "name: RBPL-DC01");
    expect(found(check(e.text), "R2")).toEqual([
      `${e.line}:13 vsphere.vms[1].name VM name 'RBPL-DC01' is the same as 'rbpl-dc01' (upper and lower case count as the same); each needs its own`,
    ]);
  });

  it("reports repeated switch, group and asset names", () => {
    let text = edit(EXAMPLE, "name: access-sw1\n", "name: core-sw1\n").text;
    text = edit(text, "name: RBPL-Reference", "name: RBPL-Circulation").text;
    text = edit(text, "id: thin-clients", "id: esxi-hosts").text;
    const messages = found(check(text), "R2").map((m) => m.split(" ").slice(1).join(" "));
    expect(messages).toEqual([
      "network.switches[1].name switch name 'core-sw1' is used twice; each needs its own",
      "directory.groups[2].name group name 'RBPL-Circulation' is used twice; each needs its own",
      "inventory.assets[3].id asset id 'esxi-hosts' is used twice; each needs its own",
    ]);
  });

  it("rejects a machine name used by two kinds of machine, since DNS needs one name each", () => {
    // given a printer reservation named like a host on another VLAN
    const e = edit(EXAMPLE, "host: admin-printer", "host: UPS01");
    // then the later one in the file (the UPS, further down) is reported, naming the first
    expect(e.line).toBeLessThan(115);
    expect(found(check(e.text), "R2")).toEqual([
      "139:17 network.vlans[3].hosts[0].host host name 'ups01' is already used by reservation 'UPS01'; each machine needs its own name in DNS",
    ]);
  });
});
