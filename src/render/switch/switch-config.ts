/**
 * What one ArubaOS-Switch configuration says, as plain data: the context of the switch
 * template. Every decision is made here and in the files it calls; the template only lays it
 * out, in an order that works both uploaded as a startup-config and pasted into a session:
 *
 * 1. the management address and route (a second way in before anything else changes);
 * 2. trunks (so spanning tree sees each trunk as one link);
 * 3. spanning tree, with the site's common region name and revision;
 * 4. the isolation ACLs, then the VLANs, then DHCP snooping on them;
 * 5. ports: names, PoE, edge protection and trust; then loop and ARP protection, once the
 *    ports they trust are marked;
 * 6. last, what could cut off an administrator: VLAN 1 loses its address and ports (to the
 *    parking VLAN, where asked), the unused ports are disabled, and management is restricted
 *    to the management VLAN and the admin networks, telnet and plain web turned off.
 */
import type { SwitchTable } from "../../site/model/ports.ts";
import type { SiteModel } from "../../site/model/site-model.ts";
import { spanningTree } from "../../site/model/spanning-tree.ts";
import {
  assetFirmware,
  switchIdentity,
  type SwitchIdentity,
} from "../../site/model/switch-firmware.ts";
import { formatIp, formatMask } from "../../site/net/ipv4.ts";
import type { ArubaClock } from "../../site/switching/clock.ts";
import { DNS_MAX, prioritised, SNTP_MAX, snmpContact, snmpLocation } from "./globals.ts";
import { isolationAcl, type AccessList } from "./isolation-acl.ts";
import {
  accessGlobals,
  managementAccess,
  protectionStep,
  snoopingStep,
  type AccessGlobals,
  type ManagementAccess,
  type ProtectionStep,
  type SnoopingStep,
} from "./hardening.ts";
import {
  configuredPortBlocks,
  trunkBlocks,
  unusedPortBlocks,
  type InterfaceBlock,
  type TrunkBlock,
} from "./port-blocks.ts";
import { about } from "./switch-about.ts";
import {
  defaultVlanBlock,
  parkingVlanBlock,
  siteVlanBlocks,
  switchVlans,
  type VlanBlock,
} from "./vlan-blocks.ts";

export type { InterfaceBlock, TrunkBlock } from "./port-blocks.ts";
export type { MemberSet, VlanBlock } from "./vlan-blocks.ts";

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
  /** SSH, idle timeout, banner and syslog. */
  readonly access: AccessGlobals;
  readonly management: ManagementStep | null;
  readonly trunks: readonly { readonly name: string; readonly ports: readonly number[] }[];
  readonly spanningTree: {
    readonly configName: string;
    readonly configRevision: number;
    readonly priority: number;
    /** Seconds a port shut by BPDU protection stays off, or null without edge protection. */
    readonly bpduProtectionTimeout: number | null;
  };
  readonly acls: readonly AccessList[];
  /** Site VLANs by id. */
  readonly vlans: readonly VlanBlock[];
  /** DHCP snooping on the VLANs, or null when the switch watches none. */
  readonly snooping: SnoopingStep | null;
  /** Configured ports' names, PoE, edge protection and trust. */
  readonly ports: readonly InterfaceBlock[];
  /** Trunks' trust and edge protection. */
  readonly trunkPorts: readonly TrunkBlock[];
  /** Loop and ARP protection, after the ports. */
  readonly protection: ProtectionStep;
  /** VLAN 1, written in the last step. */
  readonly defaultVlan: VlanBlock;
  /** The VLAN unused ports are parked in, when asked for. */
  readonly parkingVlan: VlanBlock | null;
  /** Unused ports, disabled in the last step. */
  readonly disabledPorts: readonly InterfaceBlock[];
  /** Who may manage the switch: written last. */
  readonly managementAccess: ManagementAccess;
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
  const identity = switchIdentity(table, assetFirmware(model.site, sw.name));
  const isolated = core ? switchVlans(model, table).filter((v) => v.vlan.isolated) : [];
  const sec = model.security.switches.get(sw.name)!;
  const protection = protectionStep(model, sec);
  const edge = protection.loopProtect.ports.length + protection.loopProtect.lags.length > 0;
  const parking = model.security.parkingVlan;
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
    access: accessGlobals(model),
    management: managementStep(model, table),
    trunks: table.lags
      .map((l) => ({ name: l.name, ports: l.ports }))
      .sort((a, b) => trunkNumber(a.name) - trunkNumber(b.name)),
    spanningTree: {
      ...spanningTree(model, sw),
      bpduProtectionTimeout: edge ? protection.reenableSeconds : null,
    },
    acls: isolated.flatMap((v) => {
      const policy = model.isolation.get(v.vlan.name);
      return policy ? [isolationAcl(policy)] : [];
    }),
    vlans: siteVlanBlocks(model, table),
    snooping: snoopingStep(sec),
    ports: configuredPortBlocks(table, sec),
    trunkPorts: trunkBlocks(table, sec),
    protection,
    defaultVlan: defaultVlanBlock(table, parking !== undefined),
    parkingVlan: parking === undefined ? null : parkingVlanBlock(table, parking),
    disabledPorts: unusedPortBlocks(table),
    managementAccess: managementAccess(model, sec),
  };
}
