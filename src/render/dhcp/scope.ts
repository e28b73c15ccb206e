/**
 * DHCP scopes: what one server hands out on each VLAN it serves, derived from the
 * model once and shared by every server format.
 */
import {
  formatCidr,
  formatIp,
  formatMask,
  type DhcpServerModel,
  type VlanModel,
} from "../../site/index.ts";
import { dhcpOption, type DhcpOptionValue } from "./options.ts";

/** A fixed address for one MAC. */
export interface DhcpReservation {
  readonly host: string;
  /** Lower-case, colon-separated. */
  readonly mac: string;
  readonly ip: string;
}

/** One VLAN as a DHCP server sees it. */
export interface DhcpScope {
  readonly vlanId: number;
  readonly vlanName: string;
  /** `10.20.20.0` */
  readonly network: string;
  /** `10.20.20.0/23` */
  readonly cidr: string;
  readonly prefix: number;
  /** `255.255.254.0` */
  readonly mask: string;
  readonly rangeStart: string;
  readonly rangeEnd: string;
  readonly router: string;
  readonly dns: readonly string[];
  /** The domain name handed out; none on guest VLANs. */
  readonly domain: string | undefined;
  readonly ntp: readonly string[];
  readonly leaseSeconds: number;
  readonly options: readonly DhcpOptionValue[];
  /** Sorted by address. */
  readonly reservations: readonly DhcpReservation[];
}

/** The scope of one DHCP-served VLAN. */
export function dhcpScope(vlan: VlanModel): DhcpScope {
  const dhcp = vlan.vlan.dhcp;
  if (!dhcp || !vlan.range)
    throw new Error(`VLAN '${vlan.vlan.name}' has no DHCP settings to render a scope from`);
  return {
    vlanId: vlan.vlan.id,
    vlanName: vlan.vlan.name,
    network: formatIp(vlan.cidr.network),
    cidr: formatCidr(vlan.cidr),
    prefix: vlan.cidr.prefix,
    mask: formatMask(vlan.cidr.prefix),
    rangeStart: formatIp(vlan.range.start),
    rangeEnd: formatIp(vlan.range.end),
    router: formatIp(vlan.gateway),
    dns: vlan.dns,
    domain: vlan.domain,
    ntp: vlan.ntp,
    leaseSeconds: dhcp.leaseTime,
    options: Object.keys(dhcp.options)
      .sort()
      .map((name) => dhcpOption(vlan.vlan.name, name, dhcp.options[name]!)),
    reservations: vlan.reservations,
  };
}

/** The scopes of the VLANs a server serves, by VLAN id. */
export function serverScopes(dhcp: DhcpServerModel): DhcpScope[] {
  return dhcp.serves.map(dhcpScope);
}
