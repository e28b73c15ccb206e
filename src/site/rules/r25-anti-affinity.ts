/**
 * R25 (warning): an `antiAffinity` group keeps its VMs on different hosts, which only means
 * something with two VMs or more; a lone member is usually a misspelt group name.
 */
import { warning, type Issue } from "../issue.ts";
import type { Rule } from "./rule.ts";

export const r25AntiAffinity: Rule = {
  id: "R25",
  title: "anti-affinity groups have two VMs or more",
  check(site) {
    const vms = site.vsphere?.vms ?? [];
    const members = new Map<string, number[]>();
    vms.forEach((vm, i) => {
      if (vm.antiAffinity === undefined) return;
      members.set(vm.antiAffinity, [...(members.get(vm.antiAffinity) ?? []), i]);
    });
    const issues: Issue[] = [];
    for (const [group, list] of members) {
      if (list.length !== 1) continue;
      const i = list[0]!;
      issues.push(
        warning(
          "R25",
          ["vsphere", "vms", i, "antiAffinity"],
          `anti-affinity group '${group}' has only one VM, '${vms[i]!.name}'; it keeps VMs on different hosts, so give it at least two VMs or remove it`,
        ),
      );
    }
    return issues;
  },
};
