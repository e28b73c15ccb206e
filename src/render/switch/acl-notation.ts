/**
 * Addresses and ports in ArubaOS-Switch access-list entries.
 *
 * The switch accepts an address as `any`, `host A`, `A/len` or `A <mask>`, where the mask is an
 * ACL (wildcard) mask: 1-bits are "don't care". Whatever was typed, `show running-config`
 * prints the wildcard form (`0.0.0.0 255.255.255.255` for any, `A 0.0.0.0` for a host), so
 * Carrel writes that form too: a config read back from the switch then compares line for line
 * (drift and import compare entries in any of the accepted forms with `normaliseAclRule`).
 * (HPE ArubaOS-Switch Access Security Guide, "Configuring ACEs in named, extended ACLs".)
 */
import { formatIp, prefixMask, type Cidr } from "../../site/net/ipv4.ts";
import type { PortRange } from "../../site/switching/service-ports.ts";

/** Any address. */
export const ACL_ANY = "0.0.0.0 255.255.255.255";

/** A network or host in wildcard form: `10.0.0.0 0.255.255.255`, `10.20.10.14 0.0.0.0`. */
export function aclNetwork(cidr: Cidr): string {
  return `${formatIp(cidr.network)} ${formatIp(~prefixMask(cidr.prefix) >>> 0)}`;
}

/** One host in wildcard form. */
export function aclHost(ip: number): string {
  return `${formatIp(ip)} 0.0.0.0`;
}

/** The port operator for one range: `eq 445` or `range 49152 65535`. */
export function aclPort(range: PortRange): string {
  return range.from === range.to ? `eq ${range.from}` : `range ${range.from} ${range.to}`;
}
