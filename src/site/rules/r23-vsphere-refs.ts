/**
 * R23: the VLAN of every VM and desktop pool has a distributed port group, and its folder is
 * one of `vsphere.folders`, so vCenter has somewhere to put it; a nested folder's parent is
 * declared too.
 */
import { error, type Issue } from "../issue.ts";
import { didYouMean } from "../suggest.ts";
import type { Rule } from "./rule.ts";

export const r23VsphereRefs: Rule = {
  id: "R23",
  title: "VM and pool VLANs have port groups; folders are declared",
  check(site) {
    const vsphere = site.vsphere;
    if (!vsphere) return [];
    const issues: Issue[] = [];
    const vlans = new Set(site.network.vlans.map((v) => v.name));
    const portGroups = new Set(vsphere.portGroups);

    const checkVlan = (vlan: string, path: (string | number)[]) => {
      // An undefined VLAN is reported by R4; only a real VLAN can lack a port group.
      if (!vlans.has(vlan) || portGroups.has(vlan)) return;
      issues.push(
        error(
          "R23",
          path,
          `VLAN '${vlan}' has no port group in vSphere; add it to vsphere.portGroups`,
        ),
      );
    };
    const checkFolder = (folder: string, path: (string | number)[]) => {
      if (vsphere.folders.includes(folder)) return;
      issues.push(
        error(
          "R23",
          path,
          `folder '${folder}' is not declared${didYouMean(folder, vsphere.folders) || "; declare it under vsphere.folders"}`,
        ),
      );
    };

    // The provider creates a nested folder inside its parent, so the parent must be one too.
    vsphere.folders.forEach((folder, i) => {
      const parent = folder.split("/").slice(0, -1).join("/");
      if (parent === "" || vsphere.folders.includes(parent)) return;
      issues.push(
        error(
          "R23",
          ["vsphere", "folders", i],
          `folder '${folder}' is inside '${parent}', which is not declared; add '${parent}' to vsphere.folders`,
        ),
      );
    });

    vsphere.vms.forEach((vm, i) => {
      checkVlan(vm.network.vlan, ["vsphere", "vms", i, "network", "vlan"]);
      checkFolder(vm.folder, ["vsphere", "vms", i, "folder"]);
    });
    vsphere.vdi.pools.forEach((pool, i) => {
      checkVlan(pool.vlan, ["vsphere", "vdi", "pools", i, "vlan"]);
      checkFolder(pool.folder, ["vsphere", "vdi", "pools", i, "folder"]);
    });
    return issues;
  },
};
