/**
 * What one ArubaOS-Switch configuration says, as plain data: the context of the switch
 * template. Every decision is made here from the site model; the template only lays it out.
 */
import type { SiteModel, VlanModel } from "../../site/model/site-model.ts";
import type { PortInfo, SwitchTable } from "../../site/model/ports.ts";
import { formatIp, formatMask } from "../../site/net/ipv4.ts";
import { portRange } from "../../site/switching/ports.ts";
import { isolationAcl, type AccessList } from "./isolation-acl.ts";
import { isolationAclName, portName, vlanName } from "./names.ts";
import { arubaClock, type ArubaClock } from "./time-zone.ts";

/** The firmware family the generated files are written for. */
export const TARGET_FIRMWARE = "ArubaOS-Switch (ProCurve) CLI, firmware 16.x";

/** The switch keeps at most three SNTP servers (priorities 1-3). */
const SNTP_MAX = 3;

/** Spanning-tree priority multipliers (x 4096): cores become the root, access switches never. */
const CORE_STP_PRIORITY = 0;
const ACCESS_STP_PRIORITY = 8;

/** Ports and trunks, as one VLAN command lists them. Trunks are lower case (`trk1`). */
export interface MemberSet {
  readonly ports: readonly number[];
  readonly lags: readonly string[];
}

/** One `vlan` block. */
export interface VlanBlock {
  readonly id: number;
  readonly name: string;
  readonly untagged: MemberSet;
  readonly tagged: MemberSet;
  /** Members removed from the VLAN (only VLAN 1: ports that carry tagged VLANs only). */
  readonly noUntagged: MemberSet;
  /** `a.b.c.d mask`, or null for `no ip address`. */
  readonly address: string | null;
  readonly helpers: readonly string[];
  /** Name of the ACL applied inbound to the VLAN's routed traffic. */
  readonly accessGroup: string | null;
}

/** One `interface` block: only ports with something to say get one. */
export interface InterfaceBlock {
  readonly port: number;
  readonly name: string | null;
  readonly disable: boolean;
  readonly poeOff: boolean;
}

/** The template context of one switch. */
export interface SwitchConfig {
  readonly hostname: string;
  /** Extra header lines: what the switch is, what the file targets, notes for the reader. */
  readonly about: readonly string[];
  readonly clock: ArubaClock;
  readonly sntp: readonly { readonly priority: number; readonly ip: string }[];
  readonly routing: boolean;
  readonly defaultGateway: string | null;
  /** Core switches: the internet router that `ip route 0.0.0.0 0.0.0.0` points at. */
  readonly defaultRoute: string | null;
  readonly trunks: readonly { readonly name: string; readonly ports: readonly number[] }[];
  readonly interfaces: readonly InterfaceBlock[];
  readonly acls: readonly AccessList[];
  /** Site VLANs by id, then VLAN 1 last (it can only drop ports once they joined other VLANs). */
  readonly vlans: readonly VlanBlock[];
  readonly stpPriority: number;
}

function members(ports: readonly PortInfo[]): MemberSet {
  return {
    ports: ports.filter((p) => !p.lag).map((p) => p.port),
    lags: [...new Set(ports.flatMap((p) => (p.lag ? [p.lag] : [])))],
  };
}

const NONE: MemberSet = { ports: [], lags: [] };

/** Builds the configuration of the switch whose port table is `table`. */
export function switchConfig(model: SiteModel, table: SwitchTable): SwitchConfig {
  const sw = table.switch;
  const core = sw.role === "core";
  const ports = [...table.ports.values()].sort((a, b) => a.port - b.port);
  const portCount = table.model?.portCount ?? Math.max(0, ...ports.map((p) => p.port));
  const poePorts = new Set(table.model?.poePorts ?? []);
  const management = model.vlanByName.get(sw.management.vlan);
  const clock = arubaClock(model.site.site.timezone);
  const about: string[] = [
    `Switch ${sw.name}: ${table.model?.label ?? sw.model}, ${sw.role} switch.`,
    `Target: ${TARGET_FIRMWARE}.`,
    "Ports not configured in site.yaml stay in VLAN 1, which has no address, and are disabled.",
  ];

  // VLANs: a core switch routes for every VLAN; an access switch knows the ones it carries.
  const used = new Set(ports.flatMap((p) => [...(p.untagged ? [p.untagged] : []), ...p.tagged]));
  const vlans = model.vlans
    .filter((v) => core || used.has(v.vlan.name) || v === management)
    .sort((a, b) => a.vlan.id - b.vlan.id);
  const vlanBlocks: VlanBlock[] = vlans.map((v) => ({
    id: v.vlan.id,
    name: vlanName(v.vlan.name),
    untagged: members(ports.filter((p) => p.untagged === v.vlan.name)),
    tagged: members(ports.filter((p) => p.tagged.includes(v.vlan.name))),
    noUntagged: NONE,
    address: vlanAddress(v, core, v === management ? table.management.address : undefined),
    helpers: core && v.vlan.dhcp && v.dhcpServer ? [v.dhcpServer.address] : [],
    accessGroup: core && v.vlan.isolated ? isolationAclName(v.vlan.name) : null,
  }));
  vlanBlocks.push({
    id: 1,
    name: "DEFAULT_VLAN",
    untagged: {
      ports: portRange(1, portCount).filter((n) => {
        const p = table.ports.get(n);
        return !p || (!p.lag && !p.untagged && p.tagged.length === 0);
      }),
      lags: members(ports.filter((p) => p.lag && !p.untagged && p.tagged.length === 0)).lags,
    },
    tagged: NONE,
    noUntagged: members(ports.filter((p) => !p.untagged && p.tagged.length > 0)),
    address: null,
    helpers: [],
    accessGroup: null,
  });

  const upstream = model.site.network.upstream?.gateway;
  if (core && upstream === undefined) {
    about.push(
      "No default route: site.yaml does not name the internet router; add " +
        "'ip route 0.0.0.0 0.0.0.0 <router>' by hand.",
    );
  }
  if (clock.note) about.push(`Clock: ${clock.note}.`);
  const ntp = model.site.network.ntp;
  if (ntp.length > SNTP_MAX) {
    about.push(
      `SNTP: the switch keeps ${SNTP_MAX} servers; ${ntp.slice(SNTP_MAX).join(", ")} left out.`,
    );
  }

  const coreIndex = model.coreSwitches.findIndex((c) => c.name === sw.name);
  return {
    hostname: sw.name,
    about,
    clock,
    sntp: ntp.slice(0, SNTP_MAX).map((ip, i) => ({ priority: i + 1, ip })),
    routing: core,
    defaultGateway: !core && management ? formatIp(management.gateway) : null,
    defaultRoute: core ? (upstream ?? null) : null,
    trunks: table.lags
      .map((l) => ({ name: l.name, ports: l.ports }))
      .sort((a, b) => trunkNumber(a.name) - trunkNumber(b.name)),
    interfaces: portRange(1, portCount)
      .map((n) => {
        const p = table.ports.get(n);
        return {
          port: n,
          name: p?.description ? portName(p.description) || null : null,
          disable: !p,
          poeOff: poePorts.has(n) && !p?.poe,
        };
      })
      .filter((i) => i.name !== null || i.disable || i.poeOff),
    acls: core ? vlans.filter((v) => v.vlan.isolated).map((v) => isolationAcl(model, v)) : [],
    vlans: vlanBlocks,
    stpPriority: core
      ? Math.min(CORE_STP_PRIORITY + Math.max(coreIndex, 0), 7)
      : ACCESS_STP_PRIORITY,
  };
}

/** A core switch holds every gateway; an access switch only its management address. */
function vlanAddress(v: VlanModel, core: boolean, managementIp: string | undefined): string | null {
  const mask = formatMask(v.cidr.prefix);
  if (core) return `${formatIp(v.gateway)} ${mask}`;
  return managementIp === undefined ? null : `${managementIp} ${mask}`;
}

function trunkNumber(name: string): number {
  return Number(name.replace(/^trk/i, ""));
}
