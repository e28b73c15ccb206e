/**
 * The VLAN page's account of isolation: for an isolated VLAN, everything its devices may still
 * reach, in the order the core switch checks it; for any VLAN, the isolated VLANs that may
 * open connections to machines on it or answer them.
 */
import { formatCidr, formatIp, formatServicePorts, type VlanModel } from "../../site/index.ts";
import type { IsolationPolicy, ResolvedAllow } from "../../site/model/isolation.ts";
import type { DocsContext } from "../context.ts";
import { code, joined, list, p, table, type Inline, type Section } from "../doc.ts";

/** `SSH, Telnet, web and SNMP`: each name once, in order. */
function inWords(names: readonly string[]): string {
  const unique = [...new Set(names)];
  return unique.length < 2
    ? (unique[0] ?? "")
    : `${unique.slice(0, -1).join(", ")} and ${unique[unique.length - 1]}`;
}

function portsText(allow: ResolvedAllow): string {
  return allow.protocol === "icmp"
    ? "ping (ICMP)"
    : `${allow.protocol.toUpperCase()} ${formatServicePorts(allow.ports)}`;
}

function peerText(ctx: DocsContext, allow: ResolvedAllow): Inline {
  return allow.peer.kind === "vlan"
    ? ["all of ", ctx.vlanLink(allow.peer.name)]
    : [code(allow.peer.name), " (", code(formatIp(allow.peer.cidr.network)), ")"];
}

function allowRows(ctx: DocsContext, allows: readonly ResolvedAllow[]): Inline[][] {
  return allows.map((a) => [
    a.opener === "vlan"
      ? ["devices here connect to ", peerText(ctx, a)]
      : [peerText(ctx, a), " connects to devices here"],
    portsText(a),
    a.description ?? "",
  ]);
}

function isolatedSection(ctx: DocsContext, policy: IsolationPolicy): Section {
  const own = policy.flows.filter((f) => f.side === "own").map((f) => f.allow);
  const peers = policy.flows.filter((f) => f.side === "peer").map((f) => f.allow);
  const services: Inline[] = [
    ...(policy.dhcp ? ["DHCP, to get an address"] : []),
    ...(policy.dnsServers.length
      ? [["DNS on ", joined(policy.dnsServers.map((ip) => code(formatIp(ip))))]]
      : []),
    ...(policy.ntpServers.length
      ? [["time (NTP) from ", joined(policy.ntpServers.map((ip) => code(formatIp(ip))))]]
      : []),
  ];
  return {
    id: "isolation",
    heading: "What this VLAN can reach",
    blocks: [
      p(
        "The core switch checks every packet this VLAN sends to another network against an access list, in this order. The first match decides.",
      ),
      list(
        [
          [
            `Never the switches' own management (${inWords(policy.managementServices.map((s) => s.name))}) on any switch address: `,
            joined(policy.switchAddresses.map((ip) => code(formatIp(ip)))),
            ".",
          ],
          services.length
            ? ["The library's services: ", joined(services), "."]
            : "No library services (this VLAN has no DHCP and no DNS or time server inside the library).",
          own.length
            ? "The connections listed below (site.yaml's allow entries)."
            : "No other connections: site.yaml lists no allow entries for this VLAN.",
          [
            "Nothing else inside the library or its other networks",
            policy.publicSiteNetworks.length
              ? [" (", joined(policy.publicSiteNetworks.map((n) => code(formatCidr(n)))), ")"]
              : "",
            ", and no private address (",
            joined(policy.privateRanges.map((n) => code(formatCidr(n)))),
            ").",
          ],
          "Everything else: the internet, through the library's internet router.",
        ],
        true,
      ),
      ...(own.length
        ? [
            table({
              caption: `Connections VLAN ${policy.vlan.vlan.id} ${policy.vlan.vlan.name} still needs`,
              head: ["Connection", "Protocol and ports", "Why"],
              rows: allowRows(ctx, own),
            }),
            p(
              "The switch's filter does not remember connections, so Carrel also lets the answers through: replies to connections devices here open come back unchecked, and for connections opened from elsewhere only the answers from the listed ports may leave. Where the other end is on an isolated VLAN too, that VLAN's filter gets the other half.",
            ),
          ]
        : []),
      ...(peers.length ? [peerTable(ctx, policy.vlan, peers)] : []),
    ],
  };
}

function peerTable(ctx: DocsContext, v: VlanModel, allows: readonly ResolvedAllow[]) {
  return table({
    caption: `Connections of isolated VLANs that reach machines on VLAN ${v.vlan.id} ${v.vlan.name}`,
    head: ["Isolated VLAN", "Connection", "Protocol and ports", "Why"],
    rows: allows.map((a) => [ctx.vlanLink(a.vlan.vlan.name), ...allowRows(ctx, [a])[0]!]),
  });
}

/** The isolation section of a VLAN's page, if there is anything to say. */
export function vlanIsolationSection(ctx: DocsContext, v: VlanModel): Section | undefined {
  const policy = ctx.model.isolation.get(v.vlan.name);
  if (policy) return isolatedSection(ctx, policy);
  const reaching = ctx.model.allows.filter((a) => a.peer.vlan === v);
  if (reaching.length === 0) return undefined;
  return {
    id: "isolation",
    heading: "Reached from isolated VLANs",
    blocks: [
      p(
        "These isolated VLANs may still exchange the listed traffic with machines on this VLAN; everything else from them is refused.",
      ),
      peerTable(ctx, v, reaching),
    ],
  };
}
