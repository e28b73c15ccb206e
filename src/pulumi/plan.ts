/**
 * What the Pulumi program builds, as plain data derived from the site model: every
 * name, address and size the components need, with logical names taken from stable
 * keys (VM name, VLAN name, group name, pool name and desktop number). Lists whose
 * order carries no meaning are sorted, so that reordering site.yaml changes nothing.
 * The components only wire this plan to resources.
 */
import {
  txtStrings,
  type PublicZone,
  type PublicRecordType,
  type SiteModel,
} from "../site/model/index.ts";
import { formatCidr, formatIp } from "../site/net/index.ts";
import type { OsKind, Vm } from "../site/schema.ts";

export type { OsKind } from "../site/schema.ts";

/** `none`, `daily`, `weekly` or `monthly`. */
export type BackupClass = Vm["backup"];

/** What every clone (server VM or desktop) takes from site.yaml: template, size, place. */
export interface CloneSpec {
  readonly templateKey: string;
  /** The template's name in vCenter. */
  readonly templateName: string;
  readonly os: OsKind;
  readonly cpus: number;
  readonly memoryMb: number;
  /** The VLAN, whose port group the clone is attached to. */
  readonly vlan: string;
  /** The vCenter folder (a `vsphere.folders` entry). */
  readonly folder: string;
}

/** One VM cloned from a template with a static address. */
export interface VmPlan extends CloneSpec {
  /** The VM's name: its logical name, inventory name and host name. */
  readonly name: string;
  /** Disk sizes in GB, system disk first. */
  readonly disksGb: readonly number[];
  readonly ip: string;
  /** Prefix length of the VLAN's subnet. */
  readonly prefix: number;
  readonly gateway: string;
  /** DNS servers in order of preference. */
  readonly dns: readonly string[];
  readonly role: string | undefined;
  readonly backup: BackupClass;
  readonly antiAffinity: string | undefined;
  readonly description: string | undefined;
}

/** One desktop of a VDI pool. */
export interface DesktopPlan {
  /** Logical name: pool name and desktop number, e.g. `public-pcs-7`. */
  readonly key: string;
  /** 1-based desktop number. */
  readonly number: number;
  /** The computer name from the pool's pattern, e.g. `PUB-07`. */
  readonly name: string;
}

/** A VDI pool: `count` clones on DHCP. */
export interface PoolPlan extends CloneSpec {
  readonly name: string;
  /** Disk sizes in GB when the pool sets them; otherwise the template's disks are kept. */
  readonly disksGb: readonly number[] | undefined;
  readonly linkedClone: boolean;
  readonly desktops: readonly DesktopPlan[];
  /** Directory groups entitled to the pool, sorted. */
  readonly entitledGroups: readonly string[];
  readonly description: string | undefined;
}

/** A distributed port group for a VLAN. */
export interface PortGroupPlan {
  /** The VLAN's name: the logical key. */
  readonly vlan: string;
  /** The port group's name in vCenter: site code and VLAN name. */
  readonly name: string;
  readonly vlanId: number;
}

/** An anti-affinity rule: VMs kept on different hosts. */
export interface AntiAffinityPlan {
  readonly name: string;
  /** VM names, sorted. */
  readonly vms: readonly string[];
}

/** The vSphere section. */
export interface VspherePlan {
  readonly server: string;
  readonly datacenter: string;
  readonly cluster: string;
  readonly datastore: string;
  readonly distributedSwitch: string;
  /** Folder paths, sorted. */
  readonly folders: readonly string[];
  readonly portGroups: readonly PortGroupPlan[];
  /** Templates used by VMs or pools: key → vCenter name, sorted by key. */
  readonly templates: readonly { key: string; name: string; os: OsKind }[];
  /** Role tag names, sorted. */
  readonly roles: readonly string[];
  /** Backup tag names, sorted. */
  readonly backupClasses: readonly BackupClass[];
  readonly vms: readonly VmPlan[];
  readonly antiAffinity: readonly AntiAffinityPlan[];
  readonly pools: readonly PoolPlan[];
  /** Whether any VM or desktop joins the domain (needs the domain-join secret). */
  readonly joinsDomain: boolean;
}

/** A directory group and its direct members. */
export interface GroupPlan {
  readonly name: string;
  readonly description: string | undefined;
  /** Nested groups, sorted. */
  readonly memberGroups: readonly string[];
  /** User principal names, sorted. */
  readonly members: readonly string[];
}

/** The Azure VPN. */
export interface VpnPlan {
  readonly addressSpace: string;
  readonly gatewaySubnet: string;
  readonly sku: string;
  readonly onPremisesIp: string;
  /** The library's networks reached through the tunnel, sorted by address. */
  readonly onPremisesAddressSpaces: readonly string[];
}

/** One record set of the public zone: every record of one name and type. */
export interface PublicRecordSetPlan {
  /** Relative to the zone: `@` for the domain itself. */
  readonly name: string;
  readonly type: PublicRecordType;
  readonly ttl: number;
  /** A and AAAA: addresses; CNAME: the one target; TXT: each record's text. Sorted. */
  readonly values: readonly string[];
  /** MX only: preference and mail server, by preference. */
  readonly mx: readonly { readonly preference: number; readonly exchange: string }[];
  /** TXT only: each record's text as strings of at most 255 bytes, as `values` are sorted. */
  readonly txt: readonly (readonly string[])[];
}

/** The public zone in Azure DNS (when `publicDns.provider` is azure). */
export interface PublicDnsPlan {
  /** The domain: the zone's name. */
  readonly zone: string;
  /** Record sets sorted by name and type. */
  readonly recordSets: readonly PublicRecordSetPlan[];
}

/** The Azure section. */
export interface AzurePlan {
  readonly location: string;
  readonly resourceGroup: string;
  readonly backup:
    | {
        readonly storageAccount: string;
        /** Container names, sorted. */
        readonly containers: readonly string[];
        readonly immutableDays: number;
        readonly coolAfterDays: number;
        readonly deleteAfterDays: number;
      }
    | undefined;
  readonly logAnalytics: { readonly retentionDays: number } | undefined;
  readonly vpn: VpnPlan | undefined;
  /** The public DNS zone, when site.yaml puts it in Azure DNS. */
  readonly publicDns?: PublicDnsPlan | undefined;
}

/** Everything the program builds. */
export interface SitePlan {
  readonly code: string;
  readonly name: string;
  readonly domain: string;
  readonly timezone: string;
  readonly vsphere: VspherePlan | undefined;
  readonly groups: readonly GroupPlan[] | undefined;
  readonly azure: AzurePlan | undefined;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sorted = (list: readonly string[]) => [...new Set(list)].sort(byString);
const byName = <T extends { name: string }>(a: T, b: T) => byString(a.name, b.name);

/** Derives the plan from a valid site's model. */
export function planSite(model: SiteModel): SitePlan {
  const { site } = model;
  return {
    code: site.site.code,
    name: site.site.name,
    domain: site.site.domain,
    timezone: site.site.timezone,
    vsphere: planVsphere(model),
    groups: site.directory
      ? site.directory.groups
          .map((g) => ({
            name: g.name,
            description: g.description,
            memberGroups: sorted(g.memberGroups),
            members: sorted(g.members),
          }))
          .sort(byName)
      : undefined,
    azure: planAzure(model),
  };
}

function planVsphere(model: SiteModel): VspherePlan | undefined {
  const vsphere = model.site.vsphere;
  if (!vsphere) return undefined;
  const code = model.site.site.code;
  const vlanOf = (name: string) => {
    const vlan = model.vlanByName.get(name);
    if (!vlan) throw new Error(`VLAN '${name}' is not defined`);
    return vlan;
  };
  const templateOf = (key: string) => {
    const template = vsphere.templates[key];
    if (!template) throw new Error(`template '${key}' is not defined`);
    return template;
  };
  const vms: VmPlan[] = model.vms
    .map(({ vm }) => {
      const vlan = vlanOf(vm.network.vlan);
      const template = templateOf(vm.template);
      return {
        name: vm.name,
        templateKey: vm.template,
        templateName: template.name,
        os: template.os,
        cpus: vm.cpus,
        memoryMb: vm.memoryGb * 1024,
        disksGb: [...vm.disks],
        vlan: vm.network.vlan,
        ip: vm.network.ip,
        prefix: vlan.cidr.prefix,
        gateway: formatIp(vlan.gateway),
        dns: [...vlan.dns],
        folder: vm.folder,
        role: vm.role,
        backup: vm.backup,
        antiAffinity: vm.antiAffinity,
        description: vm.description,
      };
    })
    .sort(byName);
  const pools: PoolPlan[] = model.pools
    .map(({ pool, desktops }) => {
      const template = templateOf(pool.template);
      return {
        name: pool.name,
        templateKey: pool.template,
        templateName: template.name,
        os: template.os,
        cpus: pool.cpus,
        memoryMb: pool.memoryGb * 1024,
        disksGb: pool.disks ? [...pool.disks] : undefined,
        vlan: pool.vlan,
        folder: pool.folder,
        linkedClone: pool.linkedClone,
        desktops: desktops.map((name, i) => ({
          key: `${pool.name}-${i + 1}`,
          number: i + 1,
          name,
        })),
        entitledGroups: sorted(pool.entitledGroups),
        description: pool.description,
      };
    })
    .sort(byName);
  const affinity = new Map<string, string[]>();
  for (const vm of vms)
    if (vm.antiAffinity !== undefined)
      affinity.set(vm.antiAffinity, [...(affinity.get(vm.antiAffinity) ?? []), vm.name]);
  const usedTemplates = sorted([
    ...vms.map((v) => v.templateKey),
    ...pools.map((p) => p.templateKey),
  ]);
  return {
    server: vsphere.server,
    datacenter: vsphere.datacenter,
    cluster: vsphere.cluster,
    datastore: vsphere.datastore,
    distributedSwitch: vsphere.distributedSwitch,
    folders: sorted(vsphere.folders),
    portGroups: sorted(vsphere.portGroups).map((name) => ({
      vlan: name,
      name: `${code}-${name}`,
      vlanId: vlanOf(name).vlan.id,
    })),
    templates: usedTemplates.map((key) => ({ key, ...templateOf(key) })),
    roles: sorted(vms.flatMap((v) => (v.role === undefined ? [] : [v.role]))),
    backupClasses: sorted(vms.map((v) => v.backup)) as BackupClass[],
    vms,
    // A rule needs two VMs to mean anything; the validator warns about a lone one.
    antiAffinity: [...affinity]
      .filter(([, names]) => names.length >= 2)
      .map(([name, names]) => ({ name, vms: sorted(names) }))
      .sort(byName),
    pools,
    joinsDomain: vms.some((v) => v.os === "windows") || pools.some((p) => p.os === "windows"),
  };
}

function planAzure(model: SiteModel): AzurePlan | undefined {
  const azure = model.site.azure;
  if (!azure) return undefined;
  const vpn = azure.vpn;
  return {
    location: azure.location,
    resourceGroup: azure.resourceGroup,
    backup: azure.backup
      ? {
          storageAccount: azure.backup.storageAccount,
          containers: sorted(azure.backup.containers),
          immutableDays: azure.backup.immutableDays,
          coolAfterDays: azure.backup.coolAfterDays,
          deleteAfterDays: azure.backup.deleteAfterDays,
        }
      : undefined,
    logAnalytics: azure.logAnalytics,
    vpn: vpn
      ? {
          addressSpace: vpn.addressSpace,
          gatewaySubnet: vpn.gatewaySubnet,
          sku: vpn.sku,
          onPremisesIp: vpn.onPremises.publicIp,
          onPremisesAddressSpaces: onPremisesAddressSpaces(model, vpn.onPremises.addressSpaces),
        }
      : undefined,
    publicDns: model.publicZone?.provider === "azure" ? planPublicDns(model.publicZone) : undefined,
  };
}

/**
 * The public zone's record sets: the model's records grouped by name and type, names as
 * Azure takes them (a target without its final dot), each set's records sorted.
 */
export function planPublicDns(zone: PublicZone): PublicDnsPlan {
  const sets = new Map<string, Omit<PublicRecordSetPlan, "txt">>();
  const bare = (name: string) => name.replace(/\.$/, "");
  for (const r of zone.records) {
    const key = `${r.name} ${r.type}`;
    const set = sets.get(key) ?? { name: r.name, type: r.type, ttl: r.ttl, values: [], mx: [] };
    sets.set(key, {
      ...set,
      values:
        r.type === "MX"
          ? set.values
          : [...set.values, r.type === "CNAME" ? bare(r.value) : r.value],
      mx:
        r.type === "MX"
          ? [...set.mx, { preference: r.priority ?? 0, exchange: bare(r.value) }]
          : set.mx,
    });
  }
  const recordSets = [...sets.values()]
    .map((s) => {
      const values = [...s.values].sort(byString);
      return {
        ...s,
        values,
        mx: [...s.mx].sort(
          (a, b) => a.preference - b.preference || byString(a.exchange, b.exchange),
        ),
        txt: s.type === "TXT" ? values.map(txtStrings) : [],
      };
    })
    .sort((a, b) => byString(a.name, b.name) || byString(a.type, b.type));
  return { zone: zone.domain, recordSets };
}

/** The given address spaces, or the subnets of every VLAN that is not isolated; by address. */
export function onPremisesAddressSpaces(
  model: SiteModel,
  given: readonly string[] | undefined,
): string[] {
  const cidrs =
    given !== undefined
      ? given
      : model.vlans.filter((v) => !v.vlan.isolated).map((v) => formatCidr(v.cidr));
  const key = (cidr: string) => {
    const [ip = "", prefix = "0"] = cidr.split("/");
    return ip.split(".").reduce((n, octet) => n * 256 + Number(octet), 0) * 64 + Number(prefix);
  };
  return [...new Set(cidrs)].sort((a, b) => key(a) - key(b));
}
