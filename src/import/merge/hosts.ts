/**
 * Machines with fixed addresses, from DNS records and DHCP reservations, placed on the VLAN
 * whose subnet holds them. One machine is one entry: an A record, its PTR record and its
 * reservation join by address. Addresses that already belong to something else (a gateway, a
 * switch, a VM) are not repeated, and addresses inside a DHCP range are left out, since they
 * are clients with leases rather than fixed hosts.
 */
import { parseIp, parseRange, rangeContains } from "../../site/net/ipv4.ts";
import type { HostItem, ImportedHost } from "../fragment.ts";
import type { MergeContext, Sourced } from "./context.ts";
import { clusterHolds, type VlanCluster } from "./vlans.ts";

/** A machine to write under a VLAN's `hosts` or `reservations`. */
export type PlacedHost = Sourced<ImportedHost>;

/** What is already taken: addresses and names, with what holds them. */
export interface Claims {
  readonly ips: Map<number, string>;
  readonly names: Map<string, string>;
}

/** The first host item for each name, for looking up addresses by name. */
export function hostsByName(items: readonly HostItem[]): Map<string, HostItem> {
  const byName = new Map<string, HostItem>();
  for (const item of items) {
    const key = item.value.name.toLowerCase();
    if (!byName.has(key)) byName.set(key, item);
  }
  return byName;
}

/** Places host items (given in priority order) on their VLANs. */
export function placeHosts(
  items: readonly HostItem[],
  clusters: readonly VlanCluster[],
  claims: Claims,
  ctx: MergeContext,
): Map<VlanCluster, PlacedHost[]> {
  const placed = new Map<VlanCluster, PlacedHost[]>();
  const byIp = new Map<number, PlacedHost>();
  const byName = new Map<string, PlacedHost>();
  for (const item of items) {
    const h = item.value;
    const ip = parseIp(h.ip);
    if (ip === undefined) continue;
    const name = h.name.toLowerCase();
    const holder = claims.ips.get(ip);
    if (holder) {
      if (!holder.toLowerCase().includes(name) && !item.value.reservation)
        ctx.note(
          "info",
          "conflict",
          item.origin,
          `${h.ip} is ${holder} in the draft; the name '${h.name}' here is left out`,
        );
      continue;
    }
    const nameHolder = claims.names.get(name);
    if (nameHolder) {
      ctx.note(
        "warning",
        "conflict",
        item.origin,
        `'${h.name}' is ${nameHolder} with another address in the draft; ${h.ip} here is left out`,
      );
      continue;
    }
    const cluster = clusters.find((c) => clusterHolds(c, ip));
    if (!cluster) {
      ctx.note(
        "info",
        "unmodelled",
        item.origin,
        `${h.name} (${h.ip}) is in none of the VLANs' subnets: left out`,
      );
      continue;
    }
    const range = cluster.dhcp?.value.range ? parseRange(cluster.dhcp.value.range) : undefined;
    if (!h.reservation && range && rangeContains(range, ip)) {
      ctx.note(
        "info",
        "unmodelled",
        item.origin,
        `${h.name} (${h.ip}) is inside the DHCP range of its VLAN: a client with a lease, not a fixed host; left out`,
      );
      continue;
    }
    const same = byIp.get(ip);
    if (same) {
      if (same.value.name.toLowerCase() !== name) {
        ctx.note(
          "warning",
          "conflict",
          item.origin,
          `${h.ip} is '${same.value.name}' in ${ctx.where(same.origin)} but '${h.name}' here; the draft keeps '${same.value.name}'`,
        );
      } else if (h.reservation && !same.value.reservation) {
        // A DNS name first, its reservation later: the machine is reserved.
        Object.assign(same, { value: { ...same.value, mac: h.mac, reservation: true } });
      }
      continue;
    }
    const other = byName.get(name);
    if (other) {
      ctx.note(
        "warning",
        "conflict",
        item.origin,
        `'${h.name}' is ${other.value.ip} in ${ctx.where(other.origin)} but ${h.ip} here; the draft keeps ${other.value.ip}`,
      );
      continue;
    }
    const entry: PlacedHost = {
      value: h,
      origin: item.origin,
      ...(item.guessed ? { guessed: item.guessed } : {}),
    };
    byIp.set(ip, entry);
    byName.set(name, entry);
    placed.set(cluster, [...(placed.get(cluster) ?? []), entry]);
  }
  for (const list of placed.values())
    list.sort((a, b) => parseIp(a.value.ip)! - parseIp(b.value.ip)!);
  return placed;
}
