/**
 * Writes the `network:` section of a draft from the merged VLANs and hosts and the placed
 * DHCP servers and switches: VLAN entries in site.yaml's key order with a comment naming
 * every source, DHCP servers with the VLANs they serve and their address, and the hosts the
 * rules need for servers inside the site.
 */
import { parseIp } from "../../site/net/ipv4.ts";
import { isHostAddressRef } from "../fragment.ts";
import type { MergeContext } from "./context.ts";
import type { PlacedHost } from "./hosts.ts";
import { relayAddress, servedVlans, vlanDhcpValue } from "./network.ts";
import { isTree, type Tree } from "./place.ts";
import { guessPurpose } from "./purpose.ts";
import { clusterHolds, type VlanCluster } from "./vlans.ts";
import { firstAddress } from "./addresses.ts";

/** Site-wide DHCP settings chosen by the merge. */
export interface SiteDhcp {
  readonly dns: readonly string[] | undefined;
  readonly ntp: readonly string[] | undefined;
  readonly domain: string | undefined;
}

/**
 * Gives DHCP servers whose address is unknown the address their VLANs' routing switch relays
 * to; reports VLANs that relay to a server no imported file describes.
 */
export function relayServers(
  servers: readonly Tree[],
  clusters: readonly VlanCluster[],
  ctx: MergeContext,
): void {
  const served = servedVlans(clusters);
  for (const server of servers) {
    if (!isHostAddressRef(server.address)) continue;
    const relay = relayAddress(served.get(String(server.name)) ?? []);
    if (!relay) continue;
    server.address = relay.value;
    ctx.comments.key(
      server,
      "address",
      `from ${ctx.where(relay.origin)} (where the core relays DHCP for its VLANs)`,
    );
  }
  for (const c of clusters) {
    if (c.dhcp || c.relays.length === 0) continue;
    ctx.note(
      "warning",
      "unmodelled",
      c.relays[0]!.origin,
      `VLAN ${c.id?.value ?? "?"} relays DHCP to ${c.relays[0]!.value}, but no imported file describes that server's scope; give carrel import its configuration or export to bring the scope in`,
    );
  }
}

function vlanEntry(
  c: VlanCluster,
  hosts: readonly PlacedHost[],
  site: SiteDhcp,
  ctx: MergeContext,
): Tree {
  const first = c.origins[0]!;
  const entry: Tree = {};
  const key = (
    k: string,
    value: unknown,
    s: { origin: { source: string; line?: number }; guessed?: string | undefined } | undefined,
    fill?: string,
  ) => {
    entry[k] = value;
    if (s?.guessed) ctx.comments.key(entry, k, `guessed: ${s.guessed}`);
    else if (s && s.origin.source !== first.source)
      ctx.comments.key(entry, k, `from ${ctx.where(s.origin)}`);
    if (fill !== undefined && (value === null || value === undefined))
      ctx.comments.key(entry, k, `fill in: ${fill}`);
  };
  key("id", c.id?.value ?? null, c.id, "no switch carries this VLAN, so its id is unknown");
  key("name", c.name!.value, c.name);
  const purpose = guessPurpose(c.name!.value);
  entry.purpose = purpose;
  ctx.comments.key(entry, "purpose", `guessed: from the name '${c.name!.value}'`);
  key("subnet", c.subnet?.value ?? null, c.subnet, "no source gives this VLAN an address");
  const gateway = c.gateway?.value ?? (c.subnet ? firstAddress(c.subnet.value) : undefined);
  key(
    "gateway",
    gateway ?? null,
    c.gateway ??
      (gateway
        ? {
            origin: first,
            guessed: "no source names the gateway; the subnet's first address is assumed",
          }
        : undefined),
    "no source names the gateway",
  );
  if (c.isolated?.value) key("isolated", true, c.isolated);
  const fixed = hosts.filter((h) => !h.value.reservation || !h.value.mac);
  const reserved = hosts.filter((h) => h.value.reservation && h.value.mac);
  if (fixed.length > 0) {
    entry.hosts = fixed.map((h) => {
      const host: Tree = { host: h.value.name, ip: h.value.ip };
      ctx.comments.key(
        host,
        "ip",
        h.guessed ? `guessed: ${h.guessed}` : `from ${ctx.where(h.origin)}`,
      );
      return host;
    });
  }
  if (c.dhcp) {
    entry.dhcp = vlanDhcpValue(c.dhcp.value, site, purpose === "guest", ctx, c.dhcp.origin);
    if (c.dhcp.origin.source !== first.source)
      ctx.comments.before(entry.dhcp as Tree, `from ${ctx.where(c.dhcp.origin)}`);
  }
  if (reserved.length > 0) {
    entry.reservations = reserved.map((h) => {
      const r: Tree = { host: h.value.name, mac: h.value.mac, ip: h.value.ip };
      ctx.comments.key(
        r,
        "ip",
        h.guessed ? `guessed: ${h.guessed}` : `from ${ctx.where(h.origin)}`,
      );
      return r;
    });
  }
  const others = c.origins.slice(1).map((o) => ctx.where(o));
  ctx.comments.before(
    entry,
    `from ${ctx.where(first)}${others.length > 0 ? `; also ${others.join(", ")}` : ""}`,
  );
  if (c.originalId === 1) ctx.comments.before(entry, "VLAN 1 (DEFAULT_VLAN) on the switches");
  return entry;
}

/** Builds the network section. */
export function buildNetwork(
  placed: Tree,
  clusters: readonly VlanCluster[],
  hosts: Map<VlanCluster, PlacedHost[]>,
  site: SiteDhcp,
  ctx: MergeContext,
): Tree {
  const out: Tree = {};
  const comments = ctx.comments.get(placed);
  const carry = (k: string) => {
    for (const t of comments?.keys.get(k) ?? []) ctx.comments.key(out, k, t);
  };
  if (placed.upstream !== undefined) {
    out.upstream = placed.upstream;
    carry("upstream");
  }
  if (site.dns) {
    out.dns = [...site.dns];
    ctx.comments.key(out, "dns", "from the DHCP scopes (the servers most of them hand out)");
  }
  if (site.ntp) {
    out.ntp = [...site.ntp];
    carry("ntp");
  }
  const taken = new Set([...hosts.values()].flat().map((h) => h.value.name.toLowerCase()));
  const claimed = new Set<number>();
  for (const c of clusters) {
    const gw = c.gateway ? parseIp(c.gateway.value) : undefined;
    if (gw !== undefined) claimed.add(gw);
  }
  for (const h of [...hosts.values()].flat()) claimed.add(parseIp(h.value.ip)!);
  const switches = Array.isArray(placed.switches) ? placed.switches.filter(isTree) : [];
  for (const sw of switches) {
    const ip =
      isTree(sw.management) && typeof sw.management.ip === "string"
        ? parseIp(sw.management.ip)
        : undefined;
    if (ip !== undefined) claimed.add(ip);
    taken.add(String(sw.name).toLowerCase());
  }
  // Servers inside the site must be declared hosts (R11, R12, R33): add the missing ones.
  const need = (ip: unknown, name: string, why: string) => {
    const n = typeof ip === "string" ? parseIp(ip) : undefined;
    if (n === undefined || claimed.has(n)) return;
    const cluster = clusters.find((c) => clusterHolds(c, n));
    if (!cluster) return;
    let unique = name;
    for (let i = 2; taken.has(unique.toLowerCase()); i++) unique = `${name}${i}`;
    taken.add(unique.toLowerCase());
    claimed.add(n);
    const list = hosts.get(cluster) ?? [];
    list.push({
      value: { name: unique, ip: String(ip) },
      origin: cluster.origins[0]!,
      guessed: `${why}; no DNS record names it`,
    });
    hosts.set(cluster, list);
  };
  const dhcpServers = Array.isArray(placed.dhcpServers) ? placed.dhcpServers.filter(isTree) : [];
  for (const s of dhcpServers) need(s.address, String(s.name), "the DHCP server's address");
  site.dns?.forEach((ip, i) => need(ip, `dns${i + 1}`, "a DNS server the DHCP scopes hand out"));
  site.ntp?.forEach((ip, i) =>
    need(ip, `ntp${i + 1}`, "a time server of the switches or the DHCP scopes"),
  );
  if (isTree(placed.upstream))
    need(placed.upstream.gateway, "internet-router", "the switches' default route points at it");
  out.vlans = clusters.map((c) => vlanEntry(c, hosts.get(c) ?? [], site, ctx));
  const served = servedVlans(clusters);
  if (dhcpServers.length > 0) {
    out.dhcpServers = dhcpServers.map((s) => {
      const serves = (served.get(String(s.name)) ?? []).map((c) => c.name!.value);
      const entry: Tree = { name: s.name, software: s.software, address: s.address, serves };
      const c = ctx.comments.get(s);
      for (const t of c?.before ?? []) ctx.comments.before(entry, t);
      for (const [k, texts] of c?.keys ?? []) for (const t of texts) ctx.comments.key(entry, k, t);
      return entry;
    });
  }
  if (switches.length > 0) out.switches = switches;
  for (const [k, v] of Object.entries(placed)) {
    if (!(k in out) && !["dns", "ntp"].includes(k)) {
      out[k] = v;
      carry(k);
    }
  }
  return out;
}
