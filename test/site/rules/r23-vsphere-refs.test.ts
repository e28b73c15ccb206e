import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

describe("R23 port groups and folders", () => {
  it("accepts the example", () => {
    expect(found(check(EXAMPLE), "R23")).toEqual([]);
  });

  it("rejects a VM on a VLAN without a port group", () => {
    // given the provisioning VM moved to staff, which has no port group
    const e = edit(
      EXAMPLE,
      "{ vlan: servers, ip: 10.20.10.20 }",
      "{ vlan: staff, ip: 10.20.10.20 }",
    );
    // when validated
    const issues = found(check(e.text), "R23");
    // then its VLAN is blamed
    expect(issues).toEqual([
      `${e.line}:${e.col + 8} vsphere.vms[5].network.vlan VLAN 'staff' has no port group in vSphere; add it to vsphere.portGroups`,
    ]);
  });

  it("rejects a desktop pool on a VLAN without a port group", () => {
    const e = edit(EXAMPLE, "vlan: public\n        cpus: 2", "vlan: media-lab\n        cpus: 2");
    expect(found(check(e.text), "R23")).toEqual([
      `${e.line}:${e.col + 6} vsphere.vdi.pools[0].vlan VLAN 'media-lab' has no port group in vSphere; add it to vsphere.portGroups`,
    ]);
  });

  it("rejects an undeclared folder and suggests the one meant", () => {
    const e = edit(
      EXAMPLE,
      "folder: Servers\n      backup: none",
      "folder: Server\n      backup: none",
    );
    expect(found(check(e.text), "R23")).toEqual([
      `${e.line}:${e.col + 8} vsphere.vms[5].folder folder 'Server' is not declared; did you mean 'Servers'?`,
    ]);
  });

  it("says where to declare a folder with no near match", () => {
    const e = edit(
      EXAMPLE,
      "folder: VDI\n        entitledGroups: [RBPL-VDI-Public]\n      - name: catalog",
      "folder: Kiosks\n        entitledGroups: [RBPL-VDI-Public]\n      - name: catalog",
    );
    expect(found(check(e.text), "R23")).toEqual([
      `${e.line}:${e.col + 8} vsphere.vdi.pools[0].folder folder 'Kiosks' is not declared; declare it under vsphere.folders`,
    ]);
  });

  it("accepts a nested folder whose parent is declared", () => {
    const e = edit(EXAMPLE, "folders: [Servers, VDI]", "folders: [Servers, Servers/Linux, VDI]");
    expect(found(check(e.text), "R23")).toEqual([]);
    expect(found(check(e.text), "schema")).toEqual([]);
  });

  it("rejects a nested folder whose parent is not declared", () => {
    const e = edit(EXAMPLE, "folders: [Servers, VDI]", "folders: [Servers, Infra/Domain, VDI]");
    expect(found(check(e.text), "R23")).toEqual([
      `${e.line}:${e.col + 19} vsphere.folders[1] folder 'Infra/Domain' is inside 'Infra', which is not declared; add 'Infra' to vsphere.folders`,
    ]);
  });

  it("refuses a folder path with an empty or dotted part", () => {
    for (const bad of ["Servers//Linux", "/Servers", "Servers/..", "Servers\\Linux"]) {
      const e = edit(EXAMPLE, "folders: [Servers, VDI]", `folders: [Servers, "${bad}", VDI]`);
      expect(found(check(e.text), "schema"), bad).toHaveLength(1);
    }
  });
});
