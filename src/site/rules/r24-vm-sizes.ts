/** R24: VM and desktop sizes are within what vSphere accepts: CPUs, memory and disks. */
import { error, type Issue, type Path } from "../issue.ts";
import type { Rule } from "./rule.ts";

const CPUS = { min: 1, max: 128 };
const MEMORY_GB = { min: 1, max: 4096 };
const DISK_GB = { min: 1, max: 65536 };

export const r24VmSizes: Rule = {
  id: "R24",
  title: "CPUs, memory and disks are in range",
  check(site) {
    const vsphere = site.vsphere;
    if (!vsphere) return [];
    const issues: Issue[] = [];
    const inRange = (
      value: number,
      limits: { min: number; max: number },
      path: Path,
      what: string,
    ) => {
      if (value >= limits.min && value <= limits.max) return;
      issues.push(
        error("R24", path, `${what} must be ${limits.min} to ${limits.max}, not ${value}`),
      );
    };
    const checkSizes = (
      machine: { cpus: number; memoryGb: number; disks?: number[] | undefined },
      base: Path,
      kind: string,
    ) => {
      inRange(machine.cpus, CPUS, [...base, "cpus"], `a ${kind}'s CPU count`);
      inRange(machine.memoryGb, MEMORY_GB, [...base, "memoryGb"], `a ${kind}'s memory in GB`);
      machine.disks?.forEach((size, k) =>
        inRange(size, DISK_GB, [...base, "disks", k], "a disk's size in GB"),
      );
      if (machine.disks?.length === 0) {
        issues.push(
          error(
            "R24",
            [...base, "disks"],
            `a ${kind} needs at least one disk, the system disk; write its size in GB, like [80]`,
          ),
        );
      }
    };
    vsphere.vms.forEach((vm, i) => checkSizes(vm, ["vsphere", "vms", i], "VM"));
    vsphere.vdi.pools.forEach((pool, i) =>
      checkSizes(pool, ["vsphere", "vdi", "pools", i], "desktop"),
    );
    return issues;
  },
};
