/**
 * IPv4 address maths on plain numbers: addresses are unsigned 32-bit integers.
 * Everything here is pure and throws nothing; parsers return `undefined` for bad input.
 */

/** An IPv4 network: its address, prefix length, and the derived first/last addresses. */
export interface Cidr {
  readonly network: number;
  readonly prefix: number;
  /** The address as written, which may have host bits set. */
  readonly address: number;
  readonly broadcast: number;
}

/** An inclusive range of IPv4 addresses. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** Parses dotted-quad notation; rejects leading zeros and octets over 255. */
export function parseIp(text: string): number | undefined {
  // Read digit by digit rather than with a regular expression: sites hold thousands of
  // addresses, and the rules and the model parse each several times.
  const s = text.trim();
  let value = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i === s.length ? 46 : s.charCodeAt(i);
    if (c === 46) {
      // "." (or the end): closes an octet of one to three digits, at most 255.
      if (digits === 0 || octet > 255 || dots === 4) return undefined;
      value = value * 256 + octet;
      dots++;
      octet = 0;
      digits = 0;
    } else if (c >= 48 && c <= 57) {
      // No fourth digit, and no digit after a leading zero.
      if (digits === 3 || (digits === 1 && octet === 0)) return undefined;
      octet = octet * 10 + (c - 48);
      digits++;
    } else return undefined;
  }
  return dots === 4 ? value : undefined;
}

/** Formats an address as dotted quad. */
export function formatIp(value: number): string {
  return `${value >>> 24}.${(value >>> 16) & 255}.${(value >>> 8) & 255}.${value & 255}`;
}

/** The netmask of a prefix length, as a number. */
export function prefixMask(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/** Formats the netmask of a prefix length as dotted quad (for dhcpd and Windows). */
export function formatMask(prefix: number): string {
  return formatIp(prefixMask(prefix));
}

/** Prefix length of a dotted netmask (`255.255.254.0` → 23), or `undefined` when not contiguous. */
export function maskPrefix(mask: string): number | undefined {
  const value = parseIp(mask);
  if (value === undefined) return undefined;
  const bits = value.toString(2).padStart(32, "0");
  if (!/^1*0*$/.test(bits)) return undefined;
  const zero = bits.indexOf("0");
  return zero === -1 ? 32 : zero;
}

/** Parses `a.b.c.d/n`. Host bits are kept in `address` so the caller can report them. */
export function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf("/");
  if (slash < 0) return undefined;
  const address = parseIp(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (address === undefined || !/^\d{1,2}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  if (prefix > 32) return undefined;
  const mask = prefixMask(prefix);
  const network = (address & mask) >>> 0;
  const broadcast = (network | (~mask >>> 0)) >>> 0;
  return { network, prefix, address, broadcast };
}

/** Formats a network as `a.b.c.d/n` (using the network address). */
export function formatCidr(cidr: Cidr): string {
  return `${formatIp(cidr.network)}/${cidr.prefix}`;
}

/** Whether an address lies in a network (network and broadcast included). */
export function cidrContains(cidr: Cidr, ip: number): boolean {
  return ip >= cidr.network && ip <= cidr.broadcast;
}

/** Whether two networks share any address. */
export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return a.network <= b.broadcast && b.network <= a.broadcast;
}

/** Parses `start-end` (two dotted quads joined by a hyphen, spaces allowed). */
export function parseRange(text: string): Range | undefined {
  const parts = text.split("-");
  if (parts.length !== 2) return undefined;
  const start = parseIp(parts[0]!);
  const end = parseIp(parts[1]!);
  if (start === undefined || end === undefined) return undefined;
  return { start, end };
}

/** Number of addresses in an inclusive range (0 when reversed). */
export function rangeSize(range: Range): number {
  return range.end >= range.start ? range.end - range.start + 1 : 0;
}

/** Whether an address lies in an inclusive range. */
export function rangeContains(range: Range, ip: number): boolean {
  return ip >= range.start && ip <= range.end;
}

/** Usable host addresses of a network (excludes network and broadcast below /31). */
export function hostCount(cidr: Cidr): number {
  const size = cidr.broadcast - cidr.network + 1;
  return cidr.prefix >= 31 ? size : size - 2;
}

/** Whether an address is private (RFC 1918), shared (RFC 6598), loopback or link-local. */
export function isPrivateIp(ip: number): boolean {
  const inNet = (net: string) => cidrContains(parseCidr(net)!, ip);
  return (
    inNet("10.0.0.0/8") ||
    inNet("172.16.0.0/12") ||
    inNet("192.168.0.0/16") ||
    inNet("100.64.0.0/10") ||
    inNet("127.0.0.0/8") ||
    inNet("169.254.0.0/16")
  );
}

/**
 * The octet-aligned networks whose reverse zones hold a network's addresses. Zones are cut
 * on octet boundaries: a /23 lies in two /24 zones, a /20 in sixteen, a /25 in one /24.
 */
export function reverseZoneNetworks(cidr: Cidr): Cidr[] {
  const prefix = cidr.prefix <= 8 ? 8 : cidr.prefix <= 16 ? 16 : 24;
  const step = 2 ** (32 - prefix);
  const first = (cidr.network & prefixMask(prefix)) >>> 0;
  const nets: Cidr[] = [];
  for (let net = first; net <= cidr.broadcast; net += step)
    nets.push({ network: net, prefix, address: net, broadcast: net + step - 1 });
  return nets;
}

/** The reverse zone of an octet-aligned network: 10.20.20.0/24 → `20.20.10.in-addr.arpa`. */
export function reverseZoneName(net: Cidr): string {
  const parts = formatIp(net.network)
    .split(".")
    .slice(0, Math.max(1, Math.floor(net.prefix / 8)));
  return `${parts.reverse().join(".")}.in-addr.arpa`;
}

/** The names of the reverse zones that hold a network's addresses. */
export function reverseZoneNames(cidr: Cidr): string[] {
  return reverseZoneNetworks(cidr).map(reverseZoneName);
}
