/** Which VMs each backup job takes in: by backup class, or by VM name (ignoring case). */
import type { BackupJob, Site, Vm } from "../schema.ts";

/** Whether a job's `covers` (a class or VM names) takes in a VM. */
export function jobCovers(job: BackupJob, vm: Pick<Vm, "name" | "backup">): boolean {
  const values = typeof job.covers === "string" ? [job.covers] : job.covers;
  return values.some((v) => v === vm.backup || v.toLowerCase() === vm.name.toLowerCase());
}

/** A backup job with the VMs it covers, in file order. */
export interface BackupCoverage {
  readonly job: BackupJob;
  readonly vms: readonly Vm[];
  /** The Azure container it writes to, for a target written `azure:<container>`. */
  readonly container: string | undefined;
}

/** Every backup job and what it covers, in file order. */
export function backupCoverage(site: Site): BackupCoverage[] {
  const vms = site.vsphere?.vms ?? [];
  return (site.operations?.backups ?? []).map((job) => ({
    job,
    vms: vms.filter((vm) => jobCovers(job, vm)),
    container: job.target.startsWith("azure:") ? job.target.slice("azure:".length) : undefined,
  }));
}

/** The names of the jobs that cover a VM. */
export function jobsCovering(site: Site, vm: Pick<Vm, "name" | "backup">): string[] {
  return (site.operations?.backups ?? []).filter((j) => jobCovers(j, vm)).map((j) => j.name);
}
