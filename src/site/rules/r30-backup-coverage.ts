/** R30: a VM marked for backup is covered by a backup job, by its class or by name. */
import { error, type Issue } from "../issue.ts";
import { jobCovers } from "../model/backups.ts";
import type { Rule } from "./rule.ts";

export const r30BackupCoverage: Rule = {
  id: "R30",
  title: "VMs marked for backup are covered by a backup job",
  check(site) {
    const jobs = site.operations?.backups ?? [];
    const issues: Issue[] = [];
    site.vsphere?.vms.forEach((vm, i) => {
      if (vm.backup === "none" || jobs.some((job) => jobCovers(job, vm))) return;
      issues.push(
        error(
          "R30",
          ["vsphere", "vms", i, "backup"],
          `VM '${vm.name}' is marked for ${vm.backup} backup but no backup job covers it; add a job under operations.backups with covers: ${vm.backup}, or list the VM in a job's covers`,
        ),
      );
    });
    return issues;
  },
};
