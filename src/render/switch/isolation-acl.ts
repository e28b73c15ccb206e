/**
 * The access list that isolates a VLAN (`isolated: true`): applied inbound on the VLAN's
 * routed interface of the core switch, it lets the VLAN's clients reach DHCP, the site's DNS
 * servers and the internet, and nothing else inside the site.
 */
import type { SiteModel, VlanModel } from "../../site/model/site-model.ts";
import {
  cidrContains,
  formatCidr,
  formatIp,
  parseCidr,
  parseIp,
  type Cidr,
} from "../../site/net/ipv4.ts";
import { isolationAclName } from "./names.ts";

/** An extended ACL: its name and its entries in order (sequence numbers 10, 20, …). */
export interface AccessList {
  readonly name: string;
  readonly entries: readonly { readonly seq: number; readonly rule: string }[];
}

/** The site's DNS servers that lie inside the site, which an isolated VLAN may still ask. */
function internalDnsServers(model: SiteModel, vlan: VlanModel): number[] {
  const all = [...model.site.network.dns, ...vlan.dns]
    .map((ip) => parseIp(ip))
    .filter((ip): ip is number => ip !== undefined)
    .filter((ip) => model.vlans.some((v) => cidrContains(v.cidr, ip)));
  return [...new Set(all)].sort((a, b) => a - b);
}

/** Everything inside the site the VLAN must not reach: other VLANs' subnets, the Azure network. */
function siteNetworks(model: SiteModel, vlan: VlanModel): Cidr[] {
  const nets = model.vlans.filter((v) => v !== vlan).map((v) => v.cidr);
  const azure = model.site.azure?.vpn?.addressSpace;
  const azureCidr = azure === undefined ? undefined : parseCidr(azure);
  if (azureCidr) nets.push(azureCidr);
  return nets.sort((a, b) => a.network - b.network || a.prefix - b.prefix);
}

/** The isolation ACL of one VLAN. */
export function isolationAcl(model: SiteModel, vlan: VlanModel): AccessList {
  const host = (ip: number) => `host ${formatIp(ip)}`;
  const rules = [
    // Clients ask for and renew leases (broadcast to the relay, unicast to the server).
    "permit udp any eq 68 any eq 67",
    ...internalDnsServers(model, vlan).flatMap((ip) => [
      `permit udp any ${host(ip)} eq 53`,
      `permit tcp any ${host(ip)} eq 53`,
    ]),
    ...siteNetworks(model, vlan).map((net) => `deny ip any ${formatCidr(net)}`),
    // Whatever is left is the internet.
    "permit ip any any",
  ];
  return {
    name: isolationAclName(vlan.vlan.name),
    entries: rules.map((rule, i) => ({ seq: (i + 1) * 10, rule })),
  };
}
