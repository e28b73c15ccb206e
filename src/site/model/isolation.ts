/**
 * What an isolated VLAN may reach, as facts: the switch addresses it must never manage, the
 * site services it still uses (DHCP, DNS, NTP), the flows site.yaml allows (`allow:`), and the
 * site networks it must not reach. The switch renderer turns this into an access list; the
 * docs explain it in words.
 *
 * A flow is written on one isolated VLAN, but when its other end lies on another isolated VLAN,
 * that VLAN's filter sees half of every conversation too: such a flow is listed for both, the
 * second time with `side: "peer"`.
 */
import type { Site } from "../schema.ts";
import { cidrContains, formatIp, parseCidr, parseIp, type Cidr } from "../net/ipv4.ts";
import { parseServicePorts, type PortRange } from "../switching/service-ports.ts";
import type { StaticAddress } from "./addresses.ts";
import type { VlanModel } from "./site-model.ts";

/** The private address ranges of RFC 1918, which an isolated VLAN never reaches. */
export const PRIVATE_RANGES: readonly Cidr[] = [
  "10.0.0.0/8",
  "172.16.0.0/12",
  "192.168.0.0/16",
].map((text) => parseCidr(text)!);

/** A management service of a switch: how it is reached, and what people call it. */
export interface ManagementService {
  readonly protocol: "tcp" | "udp";
  readonly port: number;
  readonly name: string;
}

/** Services of a switch that an isolated VLAN may never reach: SSH, Telnet, web, SNMP. */
export const MANAGEMENT_SERVICES: readonly ManagementService[] = [
  { protocol: "tcp", port: 22, name: "SSH" },
  { protocol: "tcp", port: 23, name: "Telnet" },
  { protocol: "tcp", port: 80, name: "web" },
  { protocol: "tcp", port: 443, name: "web" },
  { protocol: "udp", port: 161, name: "SNMP" },
];

/** The far end of an allowed flow: one machine, or a whole VLAN. */
export interface FlowPeer {
  readonly kind: "machine" | "vlan";
  readonly name: string;
  /** The machine's address as a /32, or the VLAN's subnet. */
  readonly cidr: Cidr;
  /** The VLAN it lies on. */
  readonly vlan: VlanModel;
}

/** An `allow:` entry with its names resolved. */
export interface ResolvedAllow {
  /** The isolated VLAN it is written on. */
  readonly vlan: VlanModel;
  /** Its index in that VLAN's `allow` list. */
  readonly index: number;
  /** Who opens the connection: the VLAN's own devices (`to:`), or the peer (`from:`). */
  readonly opener: "vlan" | "peer";
  readonly peer: FlowPeer;
  readonly protocol: "tcp" | "udp" | "icmp";
  /** Ports of the side that answers; empty for icmp. */
  readonly ports: readonly PortRange[];
  readonly description: string | undefined;
}

/** An allowed flow as one VLAN's filter sees it. */
export interface PolicyFlow {
  readonly allow: ResolvedAllow;
  /** `own`: written on this VLAN; `peer`: this VLAN holds the flow's peer. */
  readonly side: "own" | "peer";
}

/** Everything the access list of one isolated VLAN is made of, in the order it applies. */
export interface IsolationPolicy {
  readonly vlan: VlanModel;
  /** Every address a switch answers on; management services there are always refused. */
  readonly switchAddresses: readonly number[];
  /** The switch services refused on those addresses. */
  readonly managementServices: readonly ManagementService[];
  /** Whether the VLAN asks a DHCP server (through the core's relay). */
  readonly dhcp: boolean;
  /** Site DNS and NTP servers the VLAN is handed (those inside the site only). */
  readonly dnsServers: readonly number[];
  readonly ntpServers: readonly number[];
  readonly flows: readonly PolicyFlow[];
  /** Other site networks outside the private ranges, refused one by one. */
  readonly publicSiteNetworks: readonly Cidr[];
  /** The private ranges, refused whole after the site's own networks. */
  readonly privateRanges: readonly Cidr[];
}

/** Names a flow may point at: VLANs first, then machines with a fixed address. */
export function resolvePeer(
  name: string,
  vlans: ReadonlyMap<string, VlanModel>,
  machines: ReadonlyMap<string, number>,
): FlowPeer | undefined {
  const vlan = vlans.get(name);
  if (vlan) return { kind: "vlan", name, cidr: vlan.cidr, vlan };
  const ip = machines.get(name);
  if (ip === undefined) return undefined;
  const home = [...vlans.values()].find((v) => cidrContains(v.cidr, ip));
  if (!home) return undefined;
  return { kind: "machine", name, cidr: parseCidr(`${formatIp(ip)}/32`)!, vlan: home };
}

/** Machines by name: hosts, VMs, reservations and DHCP servers (not switches). */
export function flowMachines(site: Site, statics: readonly StaticAddress[]): Map<string, number> {
  const machines = new Map<string, number>();
  for (const s of statics)
    if (s.kind !== "gateway" && s.kind !== "switch") machines.set(s.name, s.ip);
  for (const server of site.network.dhcpServers) {
    const ip = parseIp(server.address);
    if (ip !== undefined && !machines.has(server.name)) machines.set(server.name, ip);
  }
  return machines;
}

/** Every `allow:` entry of the site's isolated VLANs, resolved. Entries that do not resolve are left out (the validator reports them). */
export function resolvedAllows(
  site: Site,
  vlans: readonly VlanModel[],
  statics: readonly StaticAddress[],
): ResolvedAllow[] {
  const byName = new Map(vlans.map((v) => [v.vlan.name, v]));
  const machines = flowMachines(site, statics);
  return vlans.flatMap((v) =>
    v.vlan.isolated
      ? v.vlan.allow.flatMap((entry, index) => {
          const opener = entry.to !== undefined ? "vlan" : "peer";
          const names = [entry.to ?? entry.from ?? []].flat();
          const ports =
            entry.protocol === "icmp" ? [] : parseServicePorts(entry.ports ?? []).ranges;
          return names.flatMap((name) => {
            const peer = resolvePeer(name, byName, machines);
            if (!peer || peer.vlan === v) return [];
            return [
              {
                vlan: v,
                index,
                opener,
                peer,
                protocol: entry.protocol,
                ports,
                description: entry.description,
              },
            ] as ResolvedAllow[];
          });
        })
      : [],
  );
}

/** Every address a switch answers on: all gateways when there is a core, and access switches' management addresses. */
export function switchAddresses(site: Site, vlans: readonly VlanModel[]): number[] {
  const hasCore = site.network.switches.some((s) => s.role === "core");
  const addresses = new Set<number>(hasCore ? vlans.map((v) => v.gateway) : []);
  for (const sw of site.network.switches) {
    // A core answers on its management VLAN's gateway (R32), already in the list.
    const text: string | undefined = sw.management.ip;
    const ip = text === undefined ? undefined : parseIp(text);
    if (sw.role === "access" && ip !== undefined) addresses.add(ip);
  }
  return [...addresses].sort((a, b) => a - b);
}

function insideSite(vlans: readonly VlanModel[], list: readonly string[]): number[] {
  const ips = list.map((ip) => parseIp(ip)).filter((ip): ip is number => ip !== undefined);
  return [...new Set(ips.filter((ip) => vlans.some((v) => cidrContains(v.cidr, ip))))].sort(
    (a, b) => a - b,
  );
}

function isPrivateNetwork(cidr: Cidr): boolean {
  return PRIVATE_RANGES.some((r) => cidr.network >= r.network && cidr.broadcast <= r.broadcast);
}

/** The isolation policy of every isolated VLAN, by VLAN name. */
export function isolationPolicies(
  site: Site,
  vlans: readonly VlanModel[],
  allows: readonly ResolvedAllow[],
): Map<string, IsolationPolicy> {
  const switches = switchAddresses(site, vlans);
  const azure = site.azure?.vpn?.addressSpace;
  const azureCidr = azure === undefined ? undefined : parseCidr(azure);
  const policies = new Map<string, IsolationPolicy>();
  for (const v of vlans.filter((x) => x.vlan.isolated)) {
    const others = vlans.filter((x) => x !== v).map((x) => x.cidr);
    if (azureCidr) others.push(azureCidr);
    policies.set(v.vlan.name, {
      vlan: v,
      switchAddresses: switches,
      managementServices: MANAGEMENT_SERVICES,
      dhcp: v.vlan.dhcp !== undefined,
      dnsServers: insideSite(vlans, v.dns),
      ntpServers: insideSite(vlans, v.ntp),
      flows: [
        ...allows.filter((a) => a.vlan === v).map((allow) => ({ allow, side: "own" as const })),
        ...allows
          .filter((a) => a.vlan !== v && a.peer.vlan === v)
          .map((allow) => ({ allow, side: "peer" as const })),
      ],
      publicSiteNetworks: others
        .filter((c) => !isPrivateNetwork(c))
        .sort((a, b) => a.network - b.network || a.prefix - b.prefix),
      privateRanges: PRIVATE_RANGES,
    });
  }
  return policies;
}
