/** Helpers for tests that run the Pulumi program under mocks. */
import { readFileSync } from "node:fs";
import {
  runProgramUnderMocks,
  type MockRun,
  type MockRunOptions,
  type Registration,
} from "./mocks.ts";
import { TODAY } from "../helpers/site.ts";

/** The site files the program is run on. */
export const SITES = {
  example: "site.yaml",
  noVsphere: "test/fixtures/pulumi/no-vsphere.yaml",
  noAzure: "test/fixtures/pulumi/no-azure.yaml",
} as const;

/** A site file's text. */
export function siteText(file: string): string {
  return readFileSync(new URL(`../../${file}`, import.meta.url), "utf8");
}

/** Runs the real program on a site file (or text labelled with its name), on a pinned date. */
export function runSite(file: string, options: Omit<MockRunOptions, "siteFile"> = {}) {
  return runProgramUnderMocks({
    siteFile: file,
    siteText: options.siteText ?? siteText(file),
    validate: { today: TODAY },
    ...options,
  });
}

/**
 * The resource tree as a readable table: one resource per line, children indented under
 * their parent and sorted by type, then name (numbers in names in numeric order).
 */
export function resourceTable(run: MockRun): string {
  const children = new Map<string, Registration[]>();
  for (const r of run.registrations) children.set(r.parent, [...(children.get(r.parent) ?? []), r]);
  const order = (a: Registration, b: Registration) =>
    a.type.localeCompare(b.type) || a.name.localeCompare(b.name, "en", { numeric: true });
  const rows: [string, string][] = [];
  const walk = (parent: string, depth: number) => {
    for (const r of [...(children.get(parent) ?? [])].sort(order)) {
      rows.push([`${"  ".repeat(depth)}${r.type}`, r.name]);
      walk(r.urn, depth + 1);
    }
  };
  walk("", 0);
  if (rows.length !== run.registrations.length) throw new Error("a resource has no parent");
  const width = Math.max(...rows.map(([type]) => type.length));
  return rows.map(([type, name]) => `${type.padEnd(width)}  ${name}`).join("\n") + "\n";
}

/** The one registration of a type and name; throws when missing. */
export function resource(run: MockRun, type: string, name: string): Registration {
  const found = run.registrations.filter((r) => r.type === type && r.name === name);
  if (found.length !== 1) throw new Error(`${found.length} resources ${type} ${name}`);
  return found[0]!;
}

/** Every registration of a type, sorted by name. */
export function resources(run: MockRun, type: string): Registration[] {
  return run.registrations
    .filter((r) => r.type === type)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Type tokens. */
export const T = {
  stack: "pulumi:pulumi:Stack",
  vm: "vsphere:index/virtualMachine:VirtualMachine",
  portGroup: "vsphere:index/distributedPortGroup:DistributedPortGroup",
  folder: "vsphere:index/folder:Folder",
  tag: "vsphere:index/tag:Tag",
  tagCategory: "vsphere:index/tagCategory:TagCategory",
  antiAffinity: "vsphere:index/computeClusterVmAntiAffinityRule:ComputeClusterVmAntiAffinityRule",
  group: "azuread:index/group:Group",
  member: "azuread:index/groupMember:GroupMember",
  storage: "azure-native:storage:StorageAccount",
  container: "azure-native:storage:BlobContainer",
  immutability: "azure-native:storage:BlobContainerImmutabilityPolicy",
  lifecycle: "azure-native:storage:ManagementPolicy",
  workspace: "azure-native:operationalinsights:Workspace",
  vnet: "azure-native:network:VirtualNetwork",
  subnet: "azure-native:network:Subnet",
  publicIp: "azure-native:network:PublicIPAddress",
  gateway: "azure-native:network:VirtualNetworkGateway",
  localGateway: "azure-native:network:LocalNetworkGateway",
  connection: "azure-native:network:VirtualNetworkGatewayConnection",
  dnsZone: "azure-native:dns:Zone",
  recordSet: "azure-native:dns:RecordSet",
} as const;

/** The reference (`urn::id`) of the registered provider of a package, e.g. `vsphere`. */
export function providerRef(run: MockRun, pkg: string): string {
  const providers = resources(run, `pulumi:providers:${pkg}`);
  if (providers.length !== 1) throw new Error(`${providers.length} ${pkg} providers`);
  return `${providers[0]!.urn}::${providers[0]!.name}-id`;
}
