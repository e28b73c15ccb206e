/**
 * The derived model of a valid site: everything the renderers, the Pulumi
 * components and the docs need, computed once from the parsed site.
 */
import type { Site, Switch, VdiPool, Vlan, Vm, DhcpServer, Group, VmTemplate } from "../schema.ts";
import { parseCidr, parseIp, parseRange, type Cidr, type Range } from "../net/index.ts";
import { normaliseMac } from "../net/mac.ts";
import { staticAddresses, subnetUse, type StaticAddress, type SubnetUse } from "./addresses.ts";
import { arubaClock, type ArubaClock } from "../switching/clock.ts";
import {
  isolationPolicies,
  resolvedAllows,
  type IsolationPolicy,
  type ResolvedAllow,
} from "./isolation.ts";
import { desktopNames } from "./names.ts";
import { switchLinks, switchTables, type Link, type SwitchTable } from "./ports.ts";

/** A VLAN with its addressing parsed and the things that point at it. */
export interface VlanModel {
  readonly vlan: Vlan;
  readonly cidr: Cidr;
  readonly gateway: number;
  readonly range: Range | undefined;
  /** DNS servers handed out: the VLAN's override or `network.dns`. */
  readonly dns: readonly string[];
  readonly ntp: readonly string[];
  /** The DHCP server that serves it, if it has DHCP. */
  readonly dhcpServer: DhcpServer | undefined;
  /** Reservations with normalised MACs. */
  readonly reservations: readonly { host: string; mac: string; ip: string }[];
}

/** A VDI pool with its desktops' names. */
export interface PoolModel {
  readonly pool: VdiPool;
  readonly template: VmTemplate | undefined;
  readonly desktops: readonly string[];
}

/** The model every consumer reads. */
export interface SiteModel {
  readonly site: Site;
  readonly vlans: readonly VlanModel[];
  readonly vlanByName: ReadonlyMap<string, VlanModel>;
  readonly statics: readonly StaticAddress[];
  readonly subnets: readonly SubnetUse[];
  readonly switches: readonly SwitchTable[];
  readonly links: readonly Link[];
  readonly pools: readonly PoolModel[];
  readonly vms: readonly { vm: Vm; template: VmTemplate | undefined }[];
  /** Groups with their nested member groups resolved. */
  readonly groups: ReadonlyMap<string, Group>;
  readonly coreSwitches: readonly Switch[];
  /** The switches' clock settings for `site.timezone`, and how far they stray. */
  readonly switchClock: ArubaClock;
  /** The `allow:` entries of isolated VLANs, names resolved. */
  readonly allows: readonly ResolvedAllow[];
  /** What each isolated VLAN may reach, by VLAN name. */
  readonly isolation: ReadonlyMap<string, IsolationPolicy>;
}

/** Builds the model. Call only on a site the validator found valid. */
export function buildModel(site: Site): SiteModel {
  const dhcpFor = new Map<string, DhcpServer>();
  for (const server of site.network.dhcpServers)
    for (const v of server.serves) dhcpFor.set(v, server);
  const vlans: VlanModel[] = site.network.vlans.map((vlan) => ({
    vlan,
    cidr: parseCidr(vlan.subnet)!,
    gateway: parseIp(vlan.gateway)!,
    range: vlan.dhcp ? parseRange(vlan.dhcp.range) : undefined,
    dns: vlan.dhcp?.dns ?? site.network.dns,
    ntp: vlan.dhcp?.ntp ?? site.network.ntp,
    dhcpServer: dhcpFor.get(vlan.name),
    reservations: vlan.reservations.map((r) => ({
      host: r.host,
      ip: r.ip,
      mac: normaliseMac(r.mac) ?? r.mac,
    })),
  }));
  const templates = site.vsphere?.templates ?? {};
  const pools = (site.vsphere?.vdi.pools ?? []).map((pool) => ({
    pool,
    template: templates[pool.template],
    desktops: desktopNames(pool),
  }));
  const desktopsByVlan = new Map<string, number>();
  for (const p of pools)
    desktopsByVlan.set(p.pool.vlan, (desktopsByVlan.get(p.pool.vlan) ?? 0) + p.pool.count);
  const statics = staticAddresses(site);
  const allows = resolvedAllows(site, vlans, statics);
  return {
    site,
    vlans,
    vlanByName: new Map(vlans.map((v) => [v.vlan.name, v])),
    statics,
    subnets: subnetUse(site, desktopsByVlan),
    switches: switchTables(site),
    links: switchLinks(site),
    pools,
    vms: (site.vsphere?.vms ?? []).map((vm) => ({ vm, template: templates[vm.template] })),
    groups: new Map((site.directory?.groups ?? []).map((g) => [g.name, g])),
    coreSwitches: site.network.switches.filter((s) => s.role === "core"),
    switchClock: arubaClock(site.site.timezone),
    allows,
    isolation: isolationPolicies(site, vlans, allows),
  };
}
