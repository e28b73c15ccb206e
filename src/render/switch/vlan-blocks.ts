/**
 * The `vlan` blocks of a switch: the site VLANs it carries (every VLAN on a core, which routes
 * them all) with their ports, gateway, DHCP relay, isolation ACL and the voice flag; and
 * VLAN 1, which keeps the ports site.yaml does not use and loses its address last.
 */
import type { PortInfo, SwitchTable } from "../../site/model/ports.ts";
import type { SiteModel, VlanModel } from "../../site/model/site-model.ts";
import { formatIp, formatMask } from "../../site/net/ipv4.ts";
import { isolationAclName, vlanName } from "./names.ts";
import { portRange } from "../../site/switching/ports.ts";
import { configuredVlans } from "../../site/model/switch-vlans.ts";

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
  /** `a.b.c.d mask`, or null when the block sets no address. */
  readonly address: string | null;
  /** `no ip address`: the VLAN has no address on this switch. */
  readonly noAddress: boolean;
  readonly helpers: readonly string[];
  /** Name of the ACL applied inbound to the VLAN's routed traffic. */
  readonly accessGroup: string | null;
  /** The VLAN for phones (`purpose: voip`): `voice`, so LLDP-MED advertises it. */
  readonly voice: boolean;
  /** 802.1p priority its traffic gets (`qos priority`), advertised to phones by LLDP-MED. */
  readonly qosPriority: number | null;
}

/** Phones' traffic is marked 802.1p 6 (voice), the priority LLDP-MED hands to the phones. */
export const VOICE_PRIORITY = 6;

const NONE: MemberSet = { ports: [], lags: [] };

/** Ports and trunks of a list of ports (LAG members by their trunk). */
export function members(ports: readonly PortInfo[]): MemberSet {
  return {
    ports: ports.filter((p) => !p.lag).map((p) => p.port),
    lags: [...new Set(ports.flatMap((p) => (p.lag ? [p.lag] : [])))],
  };
}

/**
 * The address a switch holds on a VLAN other than its management VLAN: every gateway on a
 * core, none on an access switch (its management address is written in the first step).
 */
function vlanAddress(v: VlanModel, core: boolean): string | null {
  return core ? `${formatIp(v.gateway)} ${formatMask(v.cidr.prefix)}` : null;
}

/** The VLANs a switch configures: all of them on a core; on an access switch those it carries and its management VLAN. */
export function switchVlans(model: SiteModel, table: SwitchTable): VlanModel[] {
  return configuredVlans(model.vlans, table);
}

/** The site VLANs' blocks. The management VLAN's address is set earlier, in the management step. */
export function siteVlanBlocks(model: SiteModel, table: SwitchTable): VlanBlock[] {
  const sw = table.switch;
  const core = sw.role === "core";
  const ports = [...table.ports.values()].sort((a, b) => a.port - b.port);
  return switchVlans(model, table).map((v) => {
    const management = v.vlan.name === sw.management.vlan;
    const address = management ? null : vlanAddress(v, core);
    return {
      id: v.vlan.id,
      name: vlanName(v.vlan.name),
      untagged: members(ports.filter((p) => p.untagged === v.vlan.name)),
      tagged: members(ports.filter((p) => p.tagged.includes(v.vlan.name))),
      noUntagged: NONE,
      address,
      noAddress: !management && address === null,
      helpers: core && v.vlan.dhcp && v.dhcpServer ? [v.dhcpServer.address] : [],
      accessGroup: core && v.vlan.isolated ? isolationAclName(v.vlan.name) : null,
      voice: v.vlan.purpose === "voip",
      qosPriority: v.vlan.purpose === "voip" ? VOICE_PRIORITY : null,
    };
  });
}

/** Ports site.yaml does not configure at all. */
function unusedPorts(table: SwitchTable): number[] {
  const ports = [...table.ports.values()];
  const portCount = table.model?.portCount ?? Math.max(0, ...ports.map((p) => p.port));
  return portRange(1, portCount).filter((n) => !table.ports.has(n));
}

/**
 * VLAN 1: the ports site.yaml leaves unused (unless they go to a parking VLAN), without the
 * tagged-only ones, and no address.
 */
export function defaultVlanBlock(table: SwitchTable, parking = false): VlanBlock {
  const ports = [...table.ports.values()].sort((a, b) => a.port - b.port);
  const portCount = table.model?.portCount ?? Math.max(0, ...ports.map((p) => p.port));
  const bare = (p: PortInfo | undefined) =>
    p !== undefined && !p.lag && !p.untagged && p.tagged.length === 0;
  return {
    id: 1,
    name: "DEFAULT_VLAN",
    untagged: {
      ports: portRange(1, portCount).filter((n) => {
        const p = table.ports.get(n);
        return p === undefined ? !parking : bare(p);
      }),
      lags: members(ports.filter((p) => p.lag && !p.untagged && p.tagged.length === 0)).lags,
    },
    tagged: NONE,
    noUntagged: members(ports.filter((p) => !p.untagged && p.tagged.length > 0)),
    address: null,
    noAddress: true,
    helpers: [],
    accessGroup: null,
    voice: false,
    qosPriority: null,
  };
}

/** The name the parking VLAN is given on the switch. */
export const PARKING_VLAN_NAME = "parking";

/** The parking VLAN: every unused port, untagged, no address; null when it holds none. */
export function parkingVlanBlock(table: SwitchTable, id: number): VlanBlock | null {
  const unused = unusedPorts(table);
  if (unused.length === 0) return null;
  return {
    id,
    name: PARKING_VLAN_NAME,
    untagged: { ports: unused, lags: [] },
    tagged: NONE,
    noUntagged: NONE,
    address: null,
    noAddress: true,
    helpers: [],
    accessGroup: null,
    voice: false,
    qosPriority: null,
  };
}
