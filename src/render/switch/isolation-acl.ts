/**
 * The access list that isolates a VLAN (`isolated: true`), applied inbound on the VLAN's routed
 * interface of the core switch (`ip access-group <name> in`).
 *
 * Such a routed ACL is stateless and sees only packets entering the switch from that VLAN:
 * everything its devices send to other VLANs, and to the switch's own addresses. So a
 * connection its devices open needs one permit (the replies enter from the other VLAN), but a
 * connection opened from elsewhere needs the replies permitted (`established` for TCP), and a
 * flow between two isolated VLANs needs the other half on the other VLAN's list too.
 *
 * In order: switch management refused on every switch address; DHCP, DNS and NTP; the flows
 * site.yaml allows; every other site network; the private ranges; then the internet.
 * (HPE ArubaOS-Switch Access Security Guide, "RACL applications" and "Configuring ACEs in
 * named, extended ACLs"; Multicast and Routing Guide, "ip access-group" on a VLAN.)
 */
import type { IsolationPolicy, PolicyFlow } from "../../site/model/isolation.ts";
import type { PortRange } from "../../site/switching/service-ports.ts";
import { ACL_ANY, aclHost, aclNetwork, aclPort } from "./acl-notation.ts";
import { isolationAclName } from "./names.ts";

/** An extended ACL: its name and its entries in order (sequence numbers 10, 20, …). */
export interface AccessList {
  readonly name: string;
  readonly entries: readonly { readonly seq: number; readonly rule: string }[];
}

/** One entry per port range (one entry when there are none: icmp). */
function perRange(ranges: readonly PortRange[], entry: (port: string) => string): string[] {
  return ranges.length === 0 ? [entry("")] : ranges.map((r) => entry(aclPort(r)));
}

function join(...parts: string[]): string {
  return parts.filter((p) => p !== "").join(" ");
}

/** The entries one allowed flow needs on the list of the VLAN whose filter sees it. */
function flowEntries({ allow, side }: PolicyFlow): string[] {
  const { protocol, ports } = allow;
  const peer = aclNetwork(allow.peer.cidr);
  const established = protocol === "tcp" ? "established" : "";
  if (side === "own") {
    // Packets from this VLAN: its requests to the peer, or its answers to the peer's requests.
    return allow.opener === "vlan"
      ? perRange(ports, (p) => join("permit", protocol, ACL_ANY, peer, p))
      : perRange(ports, (p) => join("permit", protocol, ACL_ANY, p, peer, established));
  }
  // This VLAN holds the peer; packets from the peer to the isolated VLAN that wrote the entry.
  const home = aclNetwork(allow.vlan.cidr);
  return allow.opener === "vlan"
    ? perRange(ports, (p) => join("permit", protocol, peer, p, home, established))
    : perRange(ports, (p) => join("permit", protocol, peer, home, p));
}

/**
 * Switch management refused on every switch address. Every isolated VLAN's policy holds the
 * same lists of addresses and services, so the entries are made once per pair of lists.
 */
const managementDenials = new WeakMap<
  IsolationPolicy["switchAddresses"],
  { services: IsolationPolicy["managementServices"]; rules: string[] }
>();

function denyManagement(policy: IsolationPolicy): string[] {
  const known = managementDenials.get(policy.switchAddresses);
  if (known?.services === policy.managementServices) return known.rules;
  const rules = policy.switchAddresses.flatMap((ip) => {
    const host = aclHost(ip);
    return policy.managementServices.map(
      (s) => `deny ${s.protocol} ${ACL_ANY} ${host} eq ${s.port}`,
    );
  });
  managementDenials.set(policy.switchAddresses, { services: policy.managementServices, rules });
  return rules;
}

/** The isolation ACL of one isolated VLAN. */
export function isolationAcl(policy: IsolationPolicy): AccessList {
  const rules = [
    ...denyManagement(policy),
    // Clients ask for and renew leases (broadcast to the relay, unicast to the server).
    ...(policy.dhcp ? [`permit udp ${ACL_ANY} eq 68 ${ACL_ANY} eq 67`] : []),
    ...policy.dnsServers.flatMap((ip) => [
      `permit udp ${ACL_ANY} ${aclHost(ip)} eq 53`,
      `permit tcp ${ACL_ANY} ${aclHost(ip)} eq 53`,
    ]),
    ...policy.ntpServers.map((ip) => `permit udp ${ACL_ANY} ${aclHost(ip)} eq 123`),
    ...policy.flows.flatMap(flowEntries),
    ...policy.publicSiteNetworks.map((net) => `deny ip ${ACL_ANY} ${aclNetwork(net)}`),
    ...policy.privateRanges.map((net) => `deny ip ${ACL_ANY} ${aclNetwork(net)}`),
    // Whatever is left is the internet.
    `permit ip ${ACL_ANY} ${ACL_ANY}`,
  ];
  const unique = [...new Set(rules)];
  return {
    name: isolationAclName(policy.vlan.vlan.name),
    entries: unique.map((rule, i) => ({ seq: (i + 1) * 10, rule })),
  };
}
