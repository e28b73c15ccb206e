/**
 * What one ArubaOS-Switch configuration says, as plain data: the context of the switch
 * template. Every decision is made here and in the files it calls; the template only lays it
 * out, in an order that works both uploaded as a startup-config and pasted into a session:
 *
 * 1. the management address and route (a second way in before anything else changes);
 * 2. trunks (so spanning tree sees each trunk as one link);
 * 3. spanning tree, with the site's common region name and revision;
 * 4. the isolation ACLs, then the VLANs;
 * 5. ports: names and PoE;
 * 6. last, what could cut off an administrator: VLAN 1 loses its address and ports, and the
 *    unused ports are disabled.
 */
import type { SwitchTable } from "../../site/model/ports.ts";
import type { SiteModel } from "../../site/model/site-model.ts";
import { switchIdentity, type SwitchIdentity } from "../../site/model/switch-firmware.ts";
import { formatIp, formatMask } from "../../site/net/ipv4.ts";
import type { ArubaClock } from "../../site/switching/clock.ts";
import { DNS_MAX, prioritised, SNTP_MAX, snmpContact, snmpLocation } from "./globals.ts";
import { isolationAcl, type AccessList } from "./isolation-acl.ts";
import { configuredPortBlocks, unusedPortBlocks, type InterfaceBlock } from "./port-blocks.ts";
import { about } from "./switch-about.ts";
import { defaultVlanBlock, siteVlanBlocks, switchVlans, type VlanBlock } from "./vlan-blocks.ts";

export type { InterfaceBlock } from "./port-blocks.ts";
export type { MemberSet, VlanBlock } from "./vlan-blocks.ts";

/** Spanning-tree priority multipliers (x 4096): cores become the root, access switches never. */
const CORE_STP_PRIORITY = 0;
const ACCESS_STP_PRIORITY = 8;

/**
 * The MST region revision every switch of a site shares. The region name is the site code;
 * switches agree on a region only when name, revision and VLAN mapping all match.
 */
export const STP_CONFIG_REVISION = 1;

/** Step 1: how the switch is reached and where its traffic leaves. */
export interface ManagementStep {
  readonly vlanId: number;
  readonly vlanName: string;
  /** `a.b.c.d mask`: the management address (on a core, the management VLAN's gateway). */
  readonly address: string;
  readonly routing: boolean;
  /** Access switches: the management VLAN's gateway. */
  readonly defaultGateway: string | null;
  /** Core switches: the internet router that `ip route 0.0.0.0 0.0.0.0` points at. */
  readonly defaultRoute: string | null;
}

/** The template context of one switch. */
export interface SwitchConfig {
  readonly hostname: string;
  readonly identity: SwitchIdentity;
  /** Extra header lines: what the switch is, what the file targets, notes for the reader. */
  readonly about: readonly string[];
  /** `module 1 type <product number>`, lower case as the switch prints it, or null. */
  readonly moduleType: string | null;
  readonly clock: ArubaClock;
  readonly sntp: readonly { readonly priority: number; readonly ip: string }[];
  readonly dnsServers: readonly { readonly priority: number; readonly ip: string }[];
  readonly dnsDomain: string;
  readonly snmpContact: string | null;
  readonly snmpLocation: string | null;
  readonly management: ManagementStep | null;
  readonly trunks: readonly { readonly name: string; readonly ports: readonly number[] }[];
  readonly spanningTree: {
    readonly configName: string;
    readonly configRevision: number;
    readonly priority: number;
  };
  readonly acls: readonly AccessList[];
  /** Site VLANs by id. */
  readonly vlans: readonly VlanBlock[];
  /** Configured ports' names and PoE. */
  readonly ports: readonly InterfaceBlock[];
  /** VLAN 1, written in the last step. */
  readonly defaultVlan: VlanBlock;
  /** Unused ports, disabled in the last step. */
  readonly disabledPorts: readonly InterfaceBlock[];
}

function managementStep(model: SiteModel, table: SwitchTable): ManagementStep | null {
  const sw = table.switch;
  const core = sw.role === "core";
  const v = model.vlanByName.get(sw.management.vlan);
  if (!v) return null;
  return {
    vlanId: v.vlan.id,
    vlanName: v.vlan.name,
    // The model's one management address (R32): on a core, the VLAN's gateway.
    address: `${table.management.address} ${formatMask(v.cidr.prefix)}`,
    routing: core,
    defaultGateway: core ? null : formatIp(v.gateway),
    defaultRoute: core ? (model.site.network.upstream?.gateway ?? null) : null,
  };
}

function trunkNumber(name: string): number {
  return Number(name.replace(/^trk/i, ""));
}

/** Builds the configuration of the switch whose port table is `table`. */
export function switchConfig(model: SiteModel, table: SwitchTable): SwitchConfig {
  const sw = table.switch;
  const core = sw.role === "core";
  const identity = switchIdentity(table);
  const coreIndex = model.coreSwitches.findIndex((c) => c.name === sw.name);
  const isolated = core ? switchVlans(model, table).filter((v) => v.vlan.isolated) : [];
  return {
    hostname: sw.name,
    identity,
    about: about(model, table, identity),
    moduleType: identity.moduleLine ? identity.productNumber!.toLowerCase() : null,
    clock: model.switchClock,
    sntp: prioritised(model.site.network.ntp, SNTP_MAX),
    dnsServers: prioritised(model.site.network.dns, DNS_MAX),
    dnsDomain: model.site.site.domain,
    snmpContact: snmpContact(model),
    snmpLocation: snmpLocation(model, sw),
    management: managementStep(model, table),
    trunks: table.lags
      .map((l) => ({ name: l.name, ports: l.ports }))
      .sort((a, b) => trunkNumber(a.name) - trunkNumber(b.name)),
    spanningTree: {
      configName: model.site.site.code,
      configRevision: STP_CONFIG_REVISION,
      priority: core
        ? Math.min(CORE_STP_PRIORITY + Math.max(coreIndex, 0), 7)
        : ACCESS_STP_PRIORITY,
    },
    acls: isolated.flatMap((v) => {
      const policy = model.isolation.get(v.vlan.name);
      return policy ? [isolationAcl(policy)] : [];
    }),
    vlans: siteVlanBlocks(model, table),
    ports: configuredPortBlocks(table),
    defaultVlan: defaultVlanBlock(table),
    disabledPorts: unusedPortBlocks(table),
  };
}
