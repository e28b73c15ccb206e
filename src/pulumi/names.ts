/**
 * The logical names and type tokens of the resources that already exist in a library's
 * estate and can be adopted (VMs, folders, port groups, tags, anti-affinity rules, Entra
 * groups and memberships, the Azure resource group and storage account, the public DNS zone
 * and its record sets in Azure DNS). The components
 * name their resources with these functions, and `carrel import` writes adoption entries
 * with the same ones, so an entry always matches the resource the program registers.
 * Changing a name here replaces real infrastructure: treat it as a breaking change.
 */

/** Type tokens of adoptable resources. */
export const ADOPTABLE = {
  vm: "vsphere:index/virtualMachine:VirtualMachine",
  folder: "vsphere:index/folder:Folder",
  portGroup: "vsphere:index/distributedPortGroup:DistributedPortGroup",
  tagCategory: "vsphere:index/tagCategory:TagCategory",
  tag: "vsphere:index/tag:Tag",
  antiAffinity: "vsphere:index/computeClusterVmAntiAffinityRule:ComputeClusterVmAntiAffinityRule",
  group: "azuread:index/group:Group",
  groupMember: "azuread:index/groupMember:GroupMember",
  resourceGroup: "azure-native:resources:ResourceGroup",
  storageAccount: "azure-native:storage:StorageAccount",
  dnsZone: "azure-native:dns:Zone",
  dnsRecordSet: "azure-native:dns:RecordSet",
} as const;

/** One of the adoptable type tokens. */
export type AdoptableType = (typeof ADOPTABLE)[keyof typeof ADOPTABLE];

/** The two tag categories Carrel keeps: a VM's role and its backup class. */
export type TagKind = "role" | "backup";

/** A server VM: its own name. */
export const vmResourceName = (vm: string) => vm;

/** A VM folder, by its path below the datacenter's VM folder. */
export const folderResourceName = (siteCode: string, path: string) => `${siteCode}-folder-${path}`;

/** The distributed port group of a VLAN. */
export const portGroupResourceName = (siteCode: string, vlan: string) => `${siteCode}-${vlan}`;

/** A tag category (also its name in vCenter when Carrel creates it). */
export const tagCategoryResourceName = (siteCode: string, kind: TagKind) => `${siteCode}-${kind}`;

/** A tag of a category: a role or a backup class. */
export const tagResourceName = (siteCode: string, kind: TagKind, value: string) =>
  `${tagCategoryResourceName(siteCode, kind)}-${value}`;

/** A DRS anti-affinity rule, by the `antiAffinity` group name in site.yaml. */
export const antiAffinityResourceName = (siteCode: string, rule: string) => `${siteCode}-${rule}`;

/** A directory group: its display name. */
export const groupResourceName = (group: string) => group;

/** A nested group's membership in a group. */
export const groupMemberGroupResourceName = (group: string, member: string) =>
  `${group}-group-${member}`;

/** A user's membership in a group, by user principal name. */
export const groupMemberUserResourceName = (group: string, upn: string) => `${group}-user-${upn}`;

/** The Azure resource group: its name. */
export const resourceGroupResourceName = (name: string) => name;

/** The backup storage account: its name. */
export const storageAccountResourceName = (name: string) => name;

/** The stack's imports file, which `carrel import` writes and the program reads. */
export const importsFileOf = (stack: string) => `stacks/Pulumi.${stack}.imports.yaml`;

/**
 * Whether a name can be a Pulumi stack's, and so part of a file name under `stacks/`:
 * letters, digits, `-`, `_` and `.`, not starting with a dot (so never `..`).
 */
export function isStackName(name: string): boolean {
  return /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,99}$/.test(name) && !name.includes("..");
}
/** The public DNS zone in Azure DNS: its domain (one zone per domain in a subscription). */
export const dnsZoneResourceName = (domain: string) => domain;

/**
 * A record set of the public zone: the domain, the type and the name relative to it (`@`
 * for the domain itself), as Azure keys a record set: `rbpl.org-TXT-@`, `rbpl.org-CNAME-www`.
 */
export const dnsRecordSetResourceName = (domain: string, type: string, name: string) =>
  `${domain}-${type}-${name}`;
