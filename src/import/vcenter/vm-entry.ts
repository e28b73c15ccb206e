/**
 * One VM's site.yaml entry from vCenter's description of it, and the role and backup
 * tags it carries; what cannot be carried over is said in the import report.
 */
import type { ImportNote } from "../fragment.ts";
import type { TagKind } from "../../pulumi/names.ts";
import { BACKUP_CLASSES } from "../../site/schema.ts";
import type { VirtualMachine } from "./inventory.ts";
import { osKind } from "./names.ts";
import type { VsphereTag } from "./tags.ts";

const GB_KB = 1024 * 1024;

/** What a VM's entry is built from besides the VM. */
export interface VmContext {
  readonly templates: readonly VirtualMachine[];
  readonly keyOfTemplate: ReadonlyMap<string, string>;
  readonly vlanOfNetwork: ReadonlyMap<string, string>;
  readonly rules: ReadonlyMap<string, string>;
  readonly note: (level: ImportNote["level"], message: string) => void;
}

/** A VM's site.yaml entry. */
export function vmValue(vm: VirtualMachine, ctx: VmContext): Record<string, unknown> {
  const template =
    ctx.templates.find((t) => t.guestId === vm.guestId) ??
    ctx.templates.find((t) => osKind(t.guestId) === osKind(vm.guestId));
  if (!template)
    ctx.note("warning", `VM '${vm.name}': no template with its guest OS; set its template by hand`);
  const memoryGb = Math.max(1, Math.ceil(vm.memoryMb / 1024));
  if (memoryGb * 1024 !== vm.memoryMb)
    ctx.note(
      "warning",
      `VM '${vm.name}' has ${vm.memoryMb} MB of memory; site.yaml counts whole GB, so it says ${memoryGb}`,
    );
  const vlan = vm.networks.map((n) => ctx.vlanOfNetwork.get(n)).find((v) => v !== undefined);
  if (!vlan)
    ctx.note("warning", `VM '${vm.name}' is on no imported port group; set network.vlan by hand`);
  if (vm.networks.length > 1)
    ctx.note(
      "warning",
      `VM '${vm.name}' has ${vm.networks.length} network adapters; site.yaml describes the first`,
    );
  if (!vm.ip)
    ctx.note(
      "warning",
      `VM '${vm.name}' reports no address (powered off, or no VMware Tools); set network.ip by hand`,
    );
  if (vm.folderPath === "")
    ctx.note(
      "warning",
      `VM '${vm.name}' sits at the top of the VM folder tree; Carrel puts every VM in a folder: set its folder by hand`,
    );
  for (const disk of vm.disks)
    if (disk.sizeKb % GB_KB !== 0)
      ctx.note(
        "warning",
        `VM '${vm.name}': ${disk.label || "a disk"} is ${(disk.sizeKb / GB_KB).toFixed(2)} GB; site.yaml counts whole GB, so it says ${Math.ceil(disk.sizeKb / GB_KB)} and the first pulumi up grows the disk to that`,
      );
  const value: Record<string, unknown> = {
    name: vm.name,
    ...(template ? { template: ctx.keyOfTemplate.get(template.id) } : {}),
    cpus: vm.cpus,
    memoryGb,
    disks: vm.disks.map((d) => Math.max(1, Math.ceil(d.sizeKb / GB_KB))),
    network: { ...(vlan ? { vlan } : {}), ...(vm.ip ? { ip: vm.ip } : {}) },
    ...(vm.folderPath ? { folder: vm.folderPath } : {}),
  };
  const rule = ctx.rules.get(vm.id);
  if (rule) value.antiAffinity = rule;
  if (vm.annotation.trim() !== "") value.description = vm.annotation.trim();
  return value;
}

/** Each VM's role and backup tags; tags Carrel does not model are reported. */
export function vmTags(
  tags: readonly VsphereTag[] | undefined,
  note: (level: ImportNote["level"], message: string) => void,
): Map<string, Partial<Record<TagKind, VsphereTag>>> {
  const byVm = new Map<string, Partial<Record<TagKind, VsphereTag>>>();
  for (const tag of tags ?? []) {
    const kind: TagKind | undefined = /backup/i.test(tag.category)
      ? "backup"
      : /role/i.test(tag.category)
        ? "role"
        : undefined;
    if (
      kind === "backup" &&
      !(BACKUP_CLASSES as readonly string[]).includes(tag.name.toLowerCase())
    ) {
      note(
        "warning",
        `tag '${tag.category}/${tag.name}' is not a backup class Carrel knows (${BACKUP_CLASSES.join(", ")}); not imported`,
      );
      continue;
    }
    if (!kind) {
      if (tag.vms.length > 0)
        note(
          "info",
          `tag '${tag.category}/${tag.name}' is not modelled by Carrel (only role and backup tags are)`,
        );
      continue;
    }
    for (const vm of tag.vms) byVm.set(vm, { ...byVm.get(vm), [kind]: tag });
  }
  return byVm;
}
