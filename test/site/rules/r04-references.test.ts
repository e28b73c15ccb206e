import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

describe("R4 references", () => {
  it("accepts the example", () => {
    expect(found(check(EXAMPLE), "R4")).toEqual([]);
  });

  it("suggests the VLAN meant by a misspelt port VLAN", () => {
    const e = edit(EXAMPLE, "untagged: media-lab", "untagged: media-lb");
    expect(found(check(e.text), "R4")).toEqual([
      `${e.line}:21 network.switches[1].ports[1].untagged VLAN 'media-lb' is not declared; did you mean 'media-lab'?`,
    ]);
  });

  it("says where to declare a name with no near match", () => {
    const e = edit(
      EXAMPLE,
      "location: idf-2\n      management",
      "location: basement\n      management",
    );
    expect(found(check(e.text), "R4")).toEqual([
      `${e.line}:17 network.switches[1].location location 'basement' is not declared; declare it under site.locations`,
    ]);
  });

  it("checks templates, served VLANs, member groups and asset vendors", () => {
    let text = edit(
      EXAMPLE,
      "template: ubuntu2404\n      role: dhcp",
      "template: ubuntu2204\n      role: dhcp",
    ).text;
    text = edit(text, "serves: [staff, public,", "serves: [staf, public,").text;
    text = edit(
      text,
      "RBPL-Teen-Services, RBPL-IT-Admins]",
      "RBPL-Teen-Service, RBPL-IT-Admins]",
    ).text;
    text = edit(
      text,
      "      lifespanYears: 6\n    - id: thin",
      "      lifespanYears: 6\n      vendor: Dell\n    - id: thin",
    ).text;
    const messages = found(check(text), "R4").map((m) => m.replace(/^\d+:\d+ /, ""));
    expect(messages).toEqual([
      "network.dhcpServers[0].serves[0] VLAN 'staf' is not declared; did you mean 'staff'?",
      "vsphere.vms[2].template template 'ubuntu2204' is not declared; did you mean 'ubuntu2404'?",
      "directory.groups[0].memberGroups[2] group 'RBPL-Teen-Service' is not declared; did you mean 'RBPL-Teen-Services'?",
      "inventory.assets[2].vendor vendor 'Dell' is not declared; declare it under site.vendors",
    ]);
  });

  it("checks backup covers and azure container targets", () => {
    let text = edit(EXAMPLE, "covers: weekly", "covers: wekly").text;
    const e = edit(
      text,
      "target: azure:vm-backups\n  runbooks",
      "target: azure:vm-backup\n  runbooks",
    );
    text = e.text;
    expect(found(check(text), "R4").map((m) => m.replace(/^\d+:\d+ /, ""))).toEqual([
      "operations.backups[1].covers backup job covers 'wekly', which is neither a backup class (daily, weekly, monthly) nor a VM; did you mean 'weekly'?",
      "operations.backups[1].target storage container 'vm-backup' is not listed in azure.backup.containers; did you mean 'vm-backups'?",
    ]);
  });
});
