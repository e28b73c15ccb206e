/** Each VLAN with its addressing parsed, its DHCP settings resolved and MACs in one form. */
import { normaliseMac } from "../net/mac.ts";
import { parseCidr, parseIp, parseRange, type Cidr, type Range } from "../net/ipv4.ts";
import type { DhcpServer, Host, Reservation, Site, Vlan } from "../schema.ts";

/** A host with its MAC, if given, in the one normal form. */
export interface HostModel {
  readonly host: string;
  readonly ip: string;
  /** Lower-case colon form (`02:1b:78:00:40:20`). */
  readonly mac: string | undefined;
  readonly description: string | undefined;
}

/** A reservation with its MAC in the one normal form. */
export interface ReservationModel {
  readonly host: string;
  readonly ip: string;
  /** Lower-case colon form (`02:1b:78:00:20:01`). */
  readonly mac: string;
  readonly description: string | undefined;
}

/** A VLAN with its addressing parsed and the things that point at it. */
export interface VlanModel {
  readonly vlan: Vlan;
  readonly cidr: Cidr;
  readonly gateway: number;
  readonly range: Range | undefined;
  /** DNS servers handed out: the VLAN's override or `network.dns`. */
  readonly dns: readonly string[];
  readonly ntp: readonly string[];
  /**
   * The domain name DHCP hands out: the VLAN's own, else `site.domain`; none on a guest
   * VLAN that names none, as guests are not members of the directory.
   */
  readonly domain: string | undefined;
  /** The DHCP server that serves it, if it has DHCP. */
  readonly dhcpServer: DhcpServer | undefined;
  readonly hosts: readonly HostModel[];
  /** Sorted by address. */
  readonly reservations: readonly ReservationModel[];
}

/**
 * The one normal form of a MAC address: lower-case colon form. Rule R10 refuses a MAC
 * that does not parse, so the fallback only keeps an invalid site's text readable.
 */
export function macOf(written: string): string {
  return normaliseMac(written) ?? written.trim().toLowerCase();
}

/** A host as the model gives it. */
export function hostModel(h: Host): HostModel {
  return {
    host: h.host,
    ip: h.ip,
    mac: h.mac === undefined ? undefined : macOf(h.mac),
    description: h.description,
  };
}

/** A reservation as the model gives it. */
export function reservationModel(r: Reservation): ReservationModel {
  return { host: r.host, ip: r.ip, mac: macOf(r.mac), description: r.description };
}

/** Every VLAN, in file order. Call only on a valid site. */
export function vlanModels(site: Site): VlanModel[] {
  const dhcpFor = new Map<string, DhcpServer>();
  for (const server of site.network.dhcpServers)
    for (const v of server.serves) dhcpFor.set(v, server);
  return site.network.vlans.map((vlan) => ({
    vlan,
    cidr: parseCidr(vlan.subnet)!,
    gateway: parseIp(vlan.gateway)!,
    range: vlan.dhcp ? parseRange(vlan.dhcp.range) : undefined,
    dns: vlan.dhcp?.dns ?? site.network.dns,
    ntp: vlan.dhcp?.ntp ?? site.network.ntp,
    domain: vlan.dhcp?.domain ?? (vlan.purpose === "guest" ? undefined : site.site.domain),
    dhcpServer: dhcpFor.get(vlan.name),
    hosts: vlan.hosts.map(hostModel),
    reservations: vlan.reservations
      .map(reservationModel)
      .sort((a, b) => parseIp(a.ip)! - parseIp(b.ip)!),
  }));
}
