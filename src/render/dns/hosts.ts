/**
 * Every name the site declares with an address, for the forward and reverse zones:
 * hosts, VMs, switches, reservations, DHCP servers and vCenter.
 */
import { formatIp, parseIp, type SiteModel } from "../../site/index.ts";

/** Where a DNS name comes from, in the order that picks the name a reverse lookup gives. */
export const DNS_HOST_KINDS = [
  "host",
  "vm",
  "switch",
  "reservation",
  "dhcp-server",
  "vcenter",
] as const;

/** What declared a DNS name. */
export type DnsHostKind = (typeof DNS_HOST_KINDS)[number];

/** One name and address. */
export interface DnsHost {
  /** Lower-case label(s) relative to the site's domain. */
  readonly name: string;
  readonly ip: number;
  readonly address: string;
  readonly kind: DnsHostKind;
}

/**
 * The declared hosts, sorted by name then address, without duplicates. vCenter
 * (`vsphere.server`) gets a record of its own only when it is written as an address
 * and no declared host has that address; a name in the site's domain is already
 * one of the declared hosts.
 */
export function dnsHosts(model: SiteModel): DnsHost[] {
  const found: DnsHost[] = [];
  const add = (name: string, ip: number, kind: DnsHostKind) =>
    found.push({ name: name.toLowerCase(), ip, address: formatIp(ip), kind });
  for (const s of model.statics) {
    if (s.kind !== "gateway") add(s.name, s.ip, s.kind);
  }
  for (const server of model.site.network.dhcpServers) {
    const ip = parseIp(server.address);
    if (ip !== undefined) add(server.name, ip, "dhcp-server");
  }
  const vcenter = model.site.vsphere?.server;
  const vcenterIp = vcenter === undefined ? undefined : parseIp(vcenter);
  if (vcenterIp !== undefined && !found.some((h) => h.ip === vcenterIp))
    add("vcenter", vcenterIp, "vcenter");
  const seen = new Set<string>();
  return found
    .filter((h) => {
      const key = `${h.name} ${h.ip}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.ip - b.ip));
}

/** The one name a reverse lookup of each address gives: by kind, then file order. */
export function reverseNames(model: SiteModel): Map<number, DnsHost> {
  const byIp = new Map<number, DnsHost>();
  const hosts = dnsHosts(model);
  for (const kind of DNS_HOST_KINDS) {
    // Within a kind, keep the order site.yaml declares them in.
    const ofKind = fileOrder(
      model,
      hosts.filter((h) => h.kind === kind),
    );
    for (const h of ofKind) if (!byIp.has(h.ip)) byIp.set(h.ip, h);
  }
  return byIp;
}

function fileOrder(model: SiteModel, hosts: readonly DnsHost[]): DnsHost[] {
  const order = [
    ...model.statics.map((s) => s.name.toLowerCase()),
    ...model.site.network.dhcpServers.map((s) => s.name.toLowerCase()),
  ];
  const rank = (h: DnsHost) => {
    const i = order.indexOf(h.name);
    return i < 0 ? order.length : i;
  };
  return [...hosts].sort((a, b) => rank(a) - rank(b));
}
