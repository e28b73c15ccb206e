/**
 * The site's DNS records, decided once: every declared name with its address (hosts, VMs,
 * switches at their effective management address, reservations, DHCP servers, vCenter),
 * the forward zone of `site.domain` and the reverse zones of the subnets. The zone files,
 * the Windows DNS script and the docs' DNS page all read this.
 */
import {
  cidrContains,
  formatIp,
  parseIp,
  reverseZoneName,
  reverseZoneNetworks,
  type Cidr,
} from "../net/ipv4.ts";
import type { Site } from "../schema.ts";
import type { StaticAddress } from "./addresses.ts";
import type { SwitchTable } from "./ports.ts";

/** Where a DNS name comes from, in the order that picks the name a reverse lookup gives. */
export const DNS_NAME_KINDS = [
  "host",
  "vm",
  "switch",
  "reservation",
  "dhcp-server",
  "vcenter",
] as const;

/** What declared a DNS name. */
export type DnsNameKind = (typeof DNS_NAME_KINDS)[number];

/** One name and address the zones hold. */
export interface DnsName {
  /** Lower-case label(s) relative to the site's domain. */
  readonly name: string;
  /** The name as site.yaml writes it (for links to its page). */
  readonly declared: string;
  readonly ip: number;
  readonly address: string;
  readonly kind: DnsNameKind;
  /** The VLAN whose subnet holds the address, if any. */
  readonly vlan: string | undefined;
}

/** One resource record; `name` is relative to the zone's origin. */
export interface DnsRecord {
  readonly name: string;
  readonly type: "A" | "PTR";
  /** An address for A, a fully qualified name (ending in a dot) for PTR. */
  readonly value: string;
  /** The declared name the record is for. */
  readonly owner: DnsName;
}

/** A forward or reverse zone. */
export interface DnsZone {
  /** The zone's name without the trailing dot: `ad.rbpl.org`, `20.20.10.in-addr.arpa`. */
  readonly origin: string;
  /** For a reverse zone, the network it covers (`10.20.20.0/24`), as Windows DNS wants it. */
  readonly networkId: string | undefined;
  /** Fully qualified, ending in a dot; the first is the SOA's primary. */
  readonly nameServers: readonly string[];
  /** The SOA's contact mailbox, as a name: `hostmaster.ad.rbpl.org.` */
  readonly contact: string;
  readonly records: readonly DnsRecord[];
}

/** Everything DNS: the names, the name servers and the zones. */
export interface SiteDns {
  /** `site.domain`, lower case, without a trailing dot. */
  readonly domain: string;
  /** Every name with its address, sorted by name then address, each pair once. */
  readonly names: readonly DnsName[];
  /** The one name a reverse lookup of each address gives. */
  readonly reverseNames: ReadonlyMap<number, DnsName>;
  /**
   * The zones' name servers: the DNS servers of `network.dns` that are declared names; when
   * every DNS server lives outside the site, its DHCP servers, or else its switches. Empty
   * when there is none of those: such zones cannot be written (the renderer says so).
   */
  readonly nameServers: readonly DnsName[];
  readonly forward: DnsZone;
  /** One per octet-aligned network the subnets fall in, in address order. */
  readonly reverse: readonly DnsZone[];
}

/** What the DNS records are derived from. */
export interface DnsSources {
  readonly site: Site;
  readonly statics: readonly StaticAddress[];
  readonly switches: readonly SwitchTable[];
  readonly subnets: readonly { readonly name: string; readonly cidr: Cidr }[];
}

/** Derives the site's DNS records. */
export function siteDns({ site, statics, switches, subnets }: DnsSources): SiteDns {
  const domain = site.site.domain.replace(/\.$/, "").toLowerCase();
  const declared = declaredNames(site, statics, switches, subnets);
  const names = [...declared].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : a.ip - b.ip,
  );
  const reverseNames = new Map<number, DnsName>();
  for (const kind of DNS_NAME_KINDS)
    for (const n of declared)
      if (n.kind === kind && !reverseNames.has(n.ip)) reverseNames.set(n.ip, n);
  const nameServers = pickNameServers(site, reverseNames, switches);
  const fqdn = (n: DnsName) => `${n.name}.${domain}.`;
  const zone = (origin: string, networkId: string | undefined, records: DnsRecord[]): DnsZone => ({
    origin,
    networkId,
    nameServers: nameServers.map(fqdn),
    contact: `hostmaster.${domain}.`,
    records,
  });
  const forward = zone(
    domain,
    undefined,
    names.map((n) => ({ name: n.name, type: "A", value: n.address, owner: n })),
  );
  const byAddress = [...reverseNames.values()].sort((a, b) => a.ip - b.ip);
  const nets = new Map<string, Cidr>();
  for (const s of subnets)
    for (const net of reverseZoneNetworks(s.cidr)) nets.set(reverseZoneName(net), net);
  const reverse = [...nets]
    .sort(([, a], [, b]) => a.network - b.network || a.prefix - b.prefix)
    .map(([origin, net]) =>
      zone(
        origin,
        `${formatIp(net.network)}/${net.prefix}`,
        namesIn(byAddress, net).map((n) => ({
          // The host octets, most significant last: 10.20.21.5 in 20.10.in-addr.arpa → 5.21
          name: n.address
            .split(".")
            .slice(net.prefix / 8)
            .reverse()
            .join("."),
          type: "PTR",
          value: fqdn(n),
          owner: n,
        })),
      ),
    );
  return { domain, names, reverseNames, nameServers, forward, reverse };
}

/** The names whose address is in `net`, in address order, from names sorted by address. */
function namesIn(byAddress: readonly DnsName[], net: Cidr): DnsName[] {
  // A search for the first, not a scan per zone: a city has thousands of names, hundreds of zones.
  let lo = 0;
  let hi = byAddress.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byAddress[mid]!.ip < net.network) lo = mid + 1;
    else hi = mid;
  }
  const found: DnsName[] = [];
  for (let i = lo; i < byAddress.length && byAddress[i]!.ip <= net.broadcast; i++)
    found.push(byAddress[i]!);
  return found;
}

/**
 * Every declared name in file order within its kind, each name and address once. vCenter
 * (`vsphere.server`) gets a name of its own only when it is written as an address that no
 * declared name has; a name in the site's domain is already one of the declared hosts.
 */
function declaredNames(
  site: Site,
  statics: readonly StaticAddress[],
  switches: readonly SwitchTable[],
  subnets: DnsSources["subnets"],
): DnsName[] {
  const found: DnsName[] = [];
  const seen = new Set<string>();
  const add = (declared: string, ip: number, kind: DnsNameKind) => {
    const name = declared.toLowerCase();
    const key = `${name} ${ip}`;
    if (seen.has(key)) return;
    seen.add(key);
    const vlan = subnets.find((s) => cidrContains(s.cidr, ip))?.name;
    found.push({ name, declared, ip, address: formatIp(ip), kind, vlan });
  };
  // Switches are added from their effective management address, not from the statics.
  for (const s of statics)
    if (s.kind !== "gateway" && s.kind !== "switch") add(s.name, s.ip, s.kind);
  for (const t of switches) add(t.switch.name, t.management.ip, "switch");
  for (const server of site.network.dhcpServers) {
    const ip = parseIp(server.address);
    if (ip !== undefined) add(server.name, ip, "dhcp-server");
  }
  const vcenter = site.vsphere?.server;
  const vcenterIp = vcenter === undefined ? undefined : parseIp(vcenter);
  if (vcenterIp !== undefined && !found.some((n) => n.ip === vcenterIp))
    add("vcenter", vcenterIp, "vcenter");
  return found;
}

function pickNameServers(
  site: Site,
  reverseNames: ReadonlyMap<number, DnsName>,
  switches: readonly SwitchTable[],
): DnsName[] {
  const { dns, dhcpServers } = site.network;
  const candidates: readonly (readonly (number | undefined)[])[] = [
    dns.map(parseIp),
    dhcpServers.map((s) => parseIp(s.address)),
    switches.map((t) => t.management.ip),
  ];
  for (const addresses of candidates) {
    const declared = addresses.flatMap((ip) => {
      const n = ip === undefined ? undefined : reverseNames.get(ip);
      return n ? [n] : [];
    });
    if (declared.length > 0)
      return declared.filter((n, i) => declared.findIndex((o) => o.name === n.name) === i);
  }
  return [];
}
