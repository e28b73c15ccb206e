/**
 * The derived model of a valid site: everything the renderers, the Pulumi
 * components and the docs need, computed once from the parsed site.
 */
import type { Site, Switch, VdiPool, Vm, Group, VmTemplate } from "../schema.ts";
import { arubaClock, type ArubaClock } from "../switching/clock.ts";
import { staticAddresses, subnetUse, type StaticAddress, type SubnetUse } from "./addresses.ts";
import {
  isolationPolicies,
  resolvedAllows,
  type IsolationPolicy,
  type ResolvedAllow,
} from "./isolation.ts";
import { siteAssets, type SiteAsset } from "./assets.ts";
import { dhcpServerModels, type DhcpServerModel } from "./dhcp-servers.ts";
import { siteDns, type SiteDns } from "./dns.ts";
import { switchLinks, type Link } from "./links.ts";
import { desktopNames } from "./names.ts";
import { switchTables, type SwitchTable } from "./ports.ts";
import { siteSecurity, type SiteSecurity } from "./security.ts";
import { publicZone, type PublicZone } from "./public-dns.ts";
import { roomModels, type RoomModel } from "./rooms.ts";
import { serviceModels, type ServiceModel } from "./services.ts";
import { vlanModels, type VlanModel } from "./vlans.ts";

export type { VlanModel } from "./vlans.ts";

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
  /** Port tables and effective management addresses of the switches, in file order. */
  readonly switches: readonly SwitchTable[];
  readonly links: readonly Link[];
  /** The DHCP servers with their home VLAN and scopes, in file order. */
  readonly dhcpServers: readonly DhcpServerModel[];
  /** The DNS names and zones. */
  readonly dns: SiteDns;
  readonly pools: readonly PoolModel[];
  readonly vms: readonly { vm: Vm; template: VmTemplate | undefined }[];
  /** Groups with their nested member groups resolved. */
  readonly groups: ReadonlyMap<string, Group>;
  readonly coreSwitches: readonly Switch[];
  /** The VLANs switches are managed on, and any VLAN whose purpose is management, by name. */
  readonly managementVlans: ReadonlySet<string>;
  /** The switches' clock settings for `site.timezone`, and how far they stray. */
  readonly switchClock: ArubaClock;
  /** The `allow:` entries of isolated VLANs, names resolved. */
  readonly allows: readonly ResolvedAllow[];
  /** What each isolated VLAN may reach, by VLAN name. */
  readonly isolation: ReadonlyMap<string, IsolationPolicy>;
  /** How the switches are hardened (the `security:` section, defaults applied). */
  readonly security: SiteSecurity;
  /** Every asset: the inventory's and the rooms' equipment. */
  readonly assets: readonly SiteAsset[];
  /** The services, with their admins, records and dependants. */
  readonly services: readonly ServiceModel[];
  /** The public zone, when the site has `publicDns`. */
  readonly publicZone: PublicZone | undefined;
  /** The meeting rooms, references resolved. */
  readonly rooms: readonly RoomModel[];
}

/** Builds the model. Call only on a site the validator found valid. */
export function buildModel(site: Site): SiteModel {
  const vlans = vlanModels(site);
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
  const switches = switchTables(site);
  const allows = resolvedAllows(site, vlans, statics);
  const vlanByName = new Map(vlans.map((v) => [v.vlan.name, v]));
  const links = switchLinks(site);
  const dhcpServers = dhcpServerModels(site.network.dhcpServers, vlans, statics);
  const zone = publicZone(site);
  return {
    site,
    vlans,
    vlanByName,
    statics,
    subnets: subnetUse(site, desktopsByVlan),
    switches,
    links,
    dhcpServers,
    dns: siteDns({
      site,
      statics,
      switches,
      subnets: vlans.map((v) => ({ name: v.vlan.name, cidr: v.cidr })),
    }),
    pools,
    vms: (site.vsphere?.vms ?? []).map((vm) => ({ vm, template: templates[vm.template] })),
    groups: new Map((site.directory?.groups ?? []).map((g) => [g.name, g])),
    coreSwitches: site.network.switches.filter((s) => s.role === "core"),
    managementVlans: new Set([
      ...site.network.switches.map((s) => s.management.vlan),
      ...site.network.vlans.filter((v) => v.purpose === "management").map((v) => v.name),
    ]),
    switchClock: arubaClock(site.site.timezone),
    allows,
    isolation: isolationPolicies(site, vlans, allows),
    security: siteSecurity({ site, vlans, vlanByName, switches, links, statics, dhcpServers }),
    assets: siteAssets(site),
    services: serviceModels(site, zone),
    publicZone: zone,
    rooms: roomModels(site),
  };
}
