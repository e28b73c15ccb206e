/**
 * Addresses and ports in ArubaOS-Switch access-list entries.
 *
 * The switch accepts an address as `any`, `host A`, `A/len` or `A <mask>`, where the mask is an
 * ACL (wildcard) mask: 1-bits are "don't care". Whatever was typed, `show running-config`
 * prints the wildcard form (`0.0.0.0 255.255.255.255` for any, `A 0.0.0.0` for a host), so
 * Carrel writes that form too: a config read back from the switch then compares line for line.
 * `canonicalAclRule` turns any of the accepted forms into this one, for drift and import.
 * (HPE ArubaOS-Switch Access Security Guide, "Configuring ACEs in named, extended ACLs".)
 */
import { formatIp, parseIp, prefixMask, type Cidr } from "../../site/net/ipv4.ts";
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

/** Whether a dotted quad is a wildcard mask: 2^n - 1, its 1-bits all at the low end. */
function isWildcard(mask: number): boolean {
  return ((mask + 1) & mask) === 0;
}

/**
 * An entry in the one form the switch prints: addresses as `A wildcard`, words in lower case,
 * single spaces. Entries it cannot read are returned trimmed, unchanged otherwise.
 */
export function canonicalAclRule(rule: string): string {
  const tokens = rule.trim().split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const lower = token.toLowerCase();
    if (lower === "any") {
      out.push(ACL_ANY);
      continue;
    }
    if (lower === "host" && parseIp(tokens[i + 1] ?? "") !== undefined) {
      out.push(`${tokens[i + 1]} 0.0.0.0`);
      i++;
      continue;
    }
    const slash = /^(\d+\.\d+\.\d+\.\d+)\/(\d{1,2})$/.exec(token);
    if (slash && parseIp(slash[1]!) !== undefined && Number(slash[2]) <= 32) {
      const prefix = Number(slash[2]);
      const network = (parseIp(slash[1]!)! & prefixMask(prefix)) >>> 0;
      out.push(`${formatIp(network)} ${formatIp(~prefixMask(prefix) >>> 0)}`);
      continue;
    }
    const address = parseIp(token);
    const mask = parseIp(tokens[i + 1] ?? "");
    if (address !== undefined && mask !== undefined && isWildcard(mask)) {
      out.push(`${formatIp((address & ~mask) >>> 0)} ${formatIp(mask)}`);
      i++;
      continue;
    }
    out.push(/^\d/.test(token) ? token : lower);
  }
  return out.join(" ");
}
