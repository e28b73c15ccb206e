/**
 * Access-list entries in one canonical form, so that entries written in CIDR notation
 * (`10.20.10.0/24`), with a wildcard mask (`10.20.10.0 0.0.0.255`) or with `host`
 * compare equal when they match the same addresses.
 */
import { formatIp, maskPrefix, parseIp, prefixMask } from "../../site/net/ipv4.ts";

/** Prefix length of a wildcard mask (`0.0.0.255` → 24), or `undefined` when it is not one. */
function wildcardPrefix(text: string): number | undefined {
  const value = parseIp(text);
  // A wildcard mask is a netmask with its bits turned over.
  return value === undefined ? undefined : maskPrefix(formatIp(~value >>> 0));
}

/** `network/prefix`, or `any` for the whole address space. */
function cidr(ip: string, prefix: number): string {
  if (prefix === 0) return "any";
  const network = (parseIp(ip)! & prefixMask(prefix)) >>> 0;
  return `${formatIp(network)}/${prefix}`;
}

/**
 * The canonical text of an entry: words in lower case, single spaces, and every address
 * as `network/prefix` (`host 10.0.0.1` → `10.0.0.1/32`), the whole address space as `any`
 * (`0.0.0.0 255.255.255.255`, `0.0.0.0/0`).
 */
export function normaliseAclRule(rule: string): string {
  const tokens = rule.trim().split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const slash = /^(\d+\.\d+\.\d+\.\d+)\/(\d+)$/.exec(t);
    if (t.toLowerCase() === "host" && next !== undefined && parseIp(next) !== undefined) {
      out.push(`${next}/32`);
      i++;
    } else if (slash && parseIp(slash[1]!) !== undefined && Number(slash[2]) <= 32) {
      out.push(cidr(slash[1]!, Number(slash[2])));
    } else if (
      parseIp(t) !== undefined &&
      next !== undefined &&
      wildcardPrefix(next) !== undefined
    ) {
      out.push(cidr(t, wildcardPrefix(next)!));
      i++;
    } else if (parseIp(t) !== undefined) {
      out.push(`${t}/32`);
    } else {
      out.push(t.toLowerCase());
    }
  }
  return out.join(" ");
}
