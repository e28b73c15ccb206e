/**
 * PowerCLI exports, for admins who cannot reach vCenter from where Carrel runs: the JSON
 * that `Get-VM | Select-Object ... | ConvertTo-Json` (and the same for templates,
 * distributed port groups and DRS rules) writes; the README gives the exact commands.
 * Each file is recognised by its content. The exports become the same inventory a live
 * vCenter gives, so both map to site.yaml and adoption IDs alike.
 *
 * PowerShell's habits are expected: a lone object instead of a one-element array, a
 * scalar where a VM has one disk or address, enums as numbers (`PowerState` 1 = on),
 * `null` for empty values, and a byte-order mark.
 */
import { ExportError, lineOfKey, parseExportJson, type ExportFile } from "../adopt/export-file.ts";
import type { ImportFragment, Origin } from "../fragment.ts";
import type { AntiAffinityRule, Inventory, PortGroupVlan, VirtualMachine } from "./inventory.ts";
import { guessSiteCode } from "./names.ts";
import type { VsphereTag } from "./tags.ts";
import { inventoryToFragment, type ObjectKind } from "./to-fragment.ts";

/** What a PowerCLI export holds. */
export type PowerCliKind = "vms" | "templates" | "portgroups" | "drs-rules";

export { ExportError, type ExportFile } from "../adopt/export-file.ts";

type Row = Record<string, unknown>;

/** Parses export JSON into rows; throws an `ExportError` at the line where JSON breaks. */
export function exportRows(file: ExportFile): Row[] {
  const data = parseExportJson(file);
  const rows = Array.isArray(data) ? data : [data];
  if (rows.some((r) => r === null || typeof r !== "object" || Array.isArray(r)))
    throw new ExportError(`${file.source}: expected a list of objects, as ConvertTo-Json writes`);
  return rows as Row[];
}

/** The kind of PowerCLI export a file holds, or undefined when it is none. */
export function powerCliKind(text: string): PowerCliKind | undefined {
  let rows: Row[];
  try {
    rows = exportRows({ source: "", text });
  } catch {
    return undefined;
  }
  const kinds = new Set(rows.map(rowKind));
  return kinds.size === 1 ? [...kinds][0] : undefined;
}

function rowKind(row: Row): PowerCliKind | undefined {
  if ("NumCpu" in row && "MemoryGB" in row && "Name" in row) return "vms";
  if ("VDSwitch" in row && "Name" in row) return "portgroups";
  if ("KeepTogether" in row && "VMs" in row) return "drs-rules";
  if ("GuestId" in row && "Name" in row && String(row.Id ?? "").startsWith("Template-"))
    return "templates";
  return undefined;
}

const list = (v: unknown): unknown[] =>
  v === null || v === undefined ? [] : Array.isArray(v) ? v : [v];
const str = (v: unknown) => (v === null || v === undefined ? "" : String(v));
const moid = (id: unknown) => str(id).replace(/^[A-Za-z]+-/, "");

/** Options besides the files. */
export interface PowerCliOptions {
  /** The site code for Carrel's resource names; guessed from VM names when not given. */
  readonly siteCode?: string;
}

/** Reads PowerCLI exports (any of VMs, templates, port groups, DRS rules) into one fragment. */
export function readPowerCliExports(
  files: readonly ExportFile[],
  options: PowerCliOptions = {},
): ImportFragment {
  const byKind = new Map<PowerCliKind, { file: ExportFile; rows: Row[] }>();
  for (const file of files) {
    const rows = exportRows(file);
    const kind = powerCliKind(file.text);
    if (!kind)
      throw new ExportError(
        `${file.source}: not a PowerCLI export Carrel reads (VMs, templates, port groups or DRS rules)`,
      );
    if (byKind.has(kind))
      throw new ExportError(`${file.source}: a second ${kind} export; give one file of each kind`);
    byKind.set(kind, { file, rows });
  }
  const vmsFile = byKind.get("vms");
  const origin: Origin = { source: (vmsFile ?? byKind.values().next().value!).file.source };
  const inventory = exportsToInventory(byKind);
  const tags = exportTags(byKind.get("vms")?.rows ?? []);
  const fileOf: Record<ObjectKind, PowerCliKind | undefined> = {
    vm: "vms",
    template: "templates",
    portGroup: "portgroups",
    rule: "drs-rules",
    folder: undefined,
  };
  const originOf = (kind: ObjectKind, name: string): Origin | undefined => {
    const source = fileOf[kind] && byKind.get(fileOf[kind]);
    if (!source) return undefined;
    const line = lineOfKey(source.file, "Name", name);
    return { source: source.file.source, ...(line ? { line } : {}) };
  };
  const guessed = guessSiteCode(inventory.vms.filter((v) => !v.template).map((v) => v.name));
  const siteCode = options.siteCode ?? guessed ?? "site";
  const fragment = inventoryToFragment({
    inventory,
    tags,
    server: undefined,
    siteCode,
    origin,
    originOf,
  });
  const missing = (["vms", "templates", "portgroups", "drs-rules"] as const).filter(
    (k) => !byKind.has(k),
  );
  return {
    ...fragment,
    kind: "PowerCLI export",
    items:
      options.siteCode === undefined && guessed
        ? [
            {
              key: ["site", "code"],
              value: guessed,
              origin,
              guessed: "the prefix most VM names share",
            },
            ...fragment.items,
          ]
        : fragment.items,
    notes: [
      ...missing.map((k) => ({
        level: "info" as const,
        origin,
        message: `no PowerCLI ${k} export given; the README shows the command that writes it`,
      })),
      ...fragment.notes,
    ],
  };
}

function exportsToInventory(byKind: ReadonlyMap<PowerCliKind, { rows: Row[] }>): Inventory {
  const vmRows = byKind.get("vms")?.rows ?? [];
  const templateRows = byKind.get("templates")?.rows ?? [];
  const pgRows = byKind.get("portgroups")?.rows ?? [];
  const ruleRows = byKind.get("drs-rules")?.rows ?? [];
  const dcNames = [
    ...new Set(
      [...vmRows, ...templateRows, ...pgRows].map((r) => str(r.Datacenter)).filter(Boolean),
    ),
  ];
  const dcOf = (r: Row) => `dc:${str(r.Datacenter) || dcNames[0] || "datacenter"}`;
  const dcName = (id: string) => id.slice(3);
  const unique = <T>(values: T[], key: (t: T) => string) => [
    ...new Map(values.map((v) => [key(v), v])).values(),
  ];

  const clusters = unique(
    vmRows.filter((r) => str(r.Cluster)),
    (r) => `${dcOf(r)}/${str(r.Cluster)}`,
  ).map((r) => ({
    id: `cluster:${dcOf(r)}/${str(r.Cluster)}`,
    name: str(r.Cluster),
    datacenter: dcOf(r),
    path: `/${dcName(dcOf(r))}/host/${str(r.Cluster)}`,
    antiAffinity: ruleRows
      .filter((rule) => str(rule.Cluster) === str(r.Cluster) && rule.KeepTogether === false)
      .map((rule): AntiAffinityRule => ({
        name: str(rule.Name),
        enabled: rule.Enabled !== false,
        vms: list(rule.VMs).map(
          (name) => moid(vmRows.find((v) => v.Name === name)?.Id) || `name:${str(name)}`,
        ),
      })),
  }));
  const machine = (r: Row, template: boolean): VirtualMachine => {
    const folderPath = str(r.FolderPath).replace(/^\/+|\/+$/g, "");
    const dc = dcOf(r);
    return {
      id: moid(r.Id) || `name:${str(r.Name)}`,
      name: str(r.Name),
      datacenter: dc,
      path: `/${dcName(dc)}/vm/${folderPath ? `${folderPath}/` : ""}${str(r.Name)}`,
      template,
      guestId: str(r.GuestId),
      guestFullName: str(r.GuestOS),
      annotation: str(r.Notes),
      cpus: Number(r.NumCpu ?? 0),
      memoryMb: Math.round(Number(r.MemoryGB ?? 0) * 1024),
      disks: list(r.DiskGB).map((gb, i) => ({
        label: `Hard disk ${i + 1}`,
        sizeKb: Math.round(Number(gb) * 1024 * 1024),
      })),
      networks: list(r.NetworkName).map((n) => `pg:${str(n)}`),
      folderPath,
      computeResource: str(r.Cluster) ? `cluster:${dc}/${str(r.Cluster)}` : undefined,
      datastores: list(r.Datastore).map((d) => `ds:${str(d)}`),
      powerState: powerState(r.PowerState),
      ip: list(r.IPAddress)
        .map(str)
        .find((a) => /^\d+\.\d+\.\d+\.\d+$/.test(a)),
    };
  };
  const vms = [
    ...vmRows.map((r) => machine(r, false)),
    ...templateRows.map((r) => machine(r, true)),
  ];
  const folderPaths = unique(
    vms.flatMap((vm) => {
      const parts = vm.folderPath.split("/").filter(Boolean);
      return parts.map((_, i) => ({ dc: vm.datacenter, path: parts.slice(0, i + 1).join("/") }));
    }),
    (f) => `${f.dc}/${f.path}`,
  );
  return {
    datacenters: dcNames.map((name) => ({
      id: `dc:${name}`,
      name,
      datacenter: `dc:${name}`,
      path: `/${name}`,
    })),
    clusters,
    datastores: unique(
      vmRows.filter((r) => str(r.Datastore)),
      (r) => str(r.Datastore),
    ).map((r) => ({
      id: `ds:${str(r.Datastore)}`,
      name: str(r.Datastore),
      datacenter: dcOf(r),
      path: `/${dcName(dcOf(r))}/datastore/${str(r.Datastore)}`,
    })),
    switches: unique(pgRows, (r) => str(r.VDSwitch)).map((r) => ({
      id: `dvs:${str(r.VDSwitch)}`,
      name: str(r.VDSwitch),
      datacenter: dcOf(r),
      path: `/${dcName(dcOf(r))}/network/${str(r.VDSwitch)}`,
      uuid: "",
    })),
    portGroups: pgRows.map((r) => ({
      id: `pg:${str(r.Name)}`,
      name: str(r.Name),
      datacenter: dcOf(r),
      path: `/${dcName(dcOf(r))}/network/${str(r.Name)}`,
      key: moid(r.Id),
      switchId: `dvs:${str(r.VDSwitch)}`,
      vlan: exportVlan(r),
      uplink: r.IsUplink === true,
    })),
    folders: folderPaths.map((f) => ({
      id: `folder:${f.dc}/${f.path}`,
      name: f.path.split("/").at(-1)!,
      datacenter: f.dc,
      path: `/${dcName(f.dc)}/vm/${f.path}`,
      folderPath: f.path,
    })),
    vms,
  };
}

/** PowerCLI's PowerState enum, as a number (ConvertTo-Json's default) or its name. */
function powerState(value: unknown): string {
  switch (str(value).toLowerCase()) {
    case "1":
    case "poweredon":
      return "poweredOn";
    case "2":
    case "suspended":
      return "suspended";
    default:
      return "poweredOff";
  }
}

function exportVlan(row: Row): PortGroupVlan | undefined {
  const config = str(row.VlanConfiguration);
  if (/trunk/i.test(config)) return "trunk";
  if (/private/i.test(config)) return "pvlan";
  const id = Number(row.VlanId ?? /VLAN (\d+)/i.exec(config)?.[1] ?? NaN);
  if (Number.isInteger(id)) return id === 0 ? "none" : id;
  return config === "" ? "none" : undefined;
}

/** Tags written as `Category/Tag` strings in the VM export. */
function exportTags(vmRows: readonly Row[]): VsphereTag[] {
  const tags = new Map<string, { name: string; category: string; vms: string[] }>();
  for (const row of vmRows)
    for (const text of list(row.Tags).map(str)) {
      const slash = text.indexOf("/");
      if (slash <= 0) continue;
      const tag = tags.get(text) ?? {
        category: text.slice(0, slash),
        name: text.slice(slash + 1),
        vms: [],
      };
      tag.vms.push(moid(row.Id) || `name:${str(row.Name)}`);
      tags.set(text, tag);
    }
  return [...tags].map(([id, t]) => ({ id, ...t }));
}
