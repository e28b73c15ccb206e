/**
 * One VLAN from many sightings: a switch's `vlan 20` block, the subnet of a routing switch's
 * address on it, a DHCP scope, a vCenter port group. Sightings join by 802.1Q id, then by
 * subnet (a DHCP scope says nothing of ids). Each field keeps the value of the source that
 * wins (see `ImportFragment.priority`); a different value elsewhere is reported with both
 * sources. VLAN 1, which site.yaml keeps out, gets a free id when it carries traffic.
 */
import { cidrContains, cidrsOverlap, parseCidr } from "../../site/net/ipv4.ts";
import type { ImportedDhcp, ImportedVlan, Origin, VlanItem } from "../fragment.ts";
import type { MergeContext, Sourced } from "./context.ts";

/** A VLAN as the merge sees it: each field with its source. */
export interface VlanCluster {
  id: Sourced<number> | undefined;
  name: Sourced<string> | undefined;
  subnet: Sourced<string> | undefined;
  gateway: Sourced<string> | undefined;
  isolated: Sourced<boolean> | undefined;
  dhcp: Sourced<ImportedDhcp> | undefined;
  readonly relays: Sourced<string>[];
  portGroup: boolean;
  /** The id it had on the switches, when it was changed (VLAN 1). */
  originalId: number | undefined;
  /** Every source that saw it, first the one the draft names. */
  readonly origins: Origin[];
}

const FIELDS = ["id", "name", "subnet", "gateway", "isolated", "dhcp"] as const;

function same(field: (typeof FIELDS)[number], a: unknown, b: unknown): boolean {
  if (field === "name") return String(a).toLowerCase() === String(b).toLowerCase();
  if (field === "dhcp") return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

function describe(field: string, value: unknown): string {
  if (field === "dhcp") return `a DHCP scope (${(value as ImportedDhcp).range ?? "no range"})`;
  return `'${String(value)}'`;
}

function overlaps(a: string | undefined, b: string | undefined): boolean {
  const x = a === undefined ? undefined : parseCidr(a);
  const y = b === undefined ? undefined : parseCidr(b);
  return x !== undefined && y !== undefined && cidrsOverlap(x, y);
}

/** Joins VLAN sightings (given in priority order) into clusters. */
export function clusterVlans(items: readonly VlanItem[], ctx: MergeContext): VlanCluster[] {
  const clusters: VlanCluster[] = [];
  for (const item of items) {
    const v = item.value;
    let cluster =
      (v.id !== undefined ? clusters.find((c) => c.id?.value === v.id) : undefined) ??
      (v.subnet !== undefined ? clusters.find((c) => c.subnet?.value === v.subnet) : undefined) ??
      (v.subnet !== undefined && v.id === undefined
        ? clusters.find((c) => overlaps(c.subnet?.value, v.subnet))
        : undefined) ??
      // A scope named like a VLAN the switches carry without an address (routed elsewhere).
      (v.name !== undefined && v.id === undefined
        ? clusters.find(
            (c) => c.subnet === undefined && c.name?.value.toLowerCase() === v.name!.toLowerCase(),
          )
        : undefined);
    if (!cluster) {
      cluster = {
        id: undefined,
        name: undefined,
        subnet: undefined,
        gateway: undefined,
        isolated: undefined,
        dhcp: undefined,
        relays: [],
        portGroup: false,
        originalId: undefined,
        origins: [],
      };
      clusters.push(cluster);
    }
    absorb(cluster, item, ctx);
  }
  return clusters;
}

function absorb(cluster: VlanCluster, item: VlanItem, ctx: MergeContext): void {
  const v: ImportedVlan = item.value;
  if (!cluster.origins.some((o) => o.source === item.origin.source))
    cluster.origins.push(item.origin);
  for (const field of FIELDS) {
    const value = v[field];
    if (value === undefined) continue;
    const current = cluster[field] as Sourced<unknown> | undefined;
    const incoming = {
      value,
      origin: item.origin,
      ...(item.guessed ? { guessed: item.guessed } : {}),
    };
    if (!current) {
      (cluster as unknown as Record<string, unknown>)[field] = incoming;
    } else if (!same(field, current.value, value)) {
      const label = cluster.id
        ? `VLAN ${cluster.id.value}`
        : `the VLAN on ${cluster.subnet?.value ?? "an unknown subnet"}`;
      ctx.note(
        "warning",
        "conflict",
        item.origin,
        `${label}: its ${field} is ${describe(field, current.value)} in ${ctx.where(current.origin)} but ${describe(field, value)} here; the draft keeps ${describe(field, current.value)}`,
      );
    }
  }
  if (v.dhcpRelay !== undefined) cluster.relays.push({ value: v.dhcpRelay, origin: item.origin });
  if (v.portGroup) cluster.portGroup = true;
}

/** Gives VLAN 1 (when it carries traffic) a free id: the one asked for, or the lowest free. */
export function renumberVlan1(
  clusters: readonly VlanCluster[],
  wanted: number | undefined,
  ctx: MergeContext,
): number | undefined {
  const one = clusters.find((c) => c.id?.value === 1);
  if (!one) return undefined;
  const used = new Set(clusters.map((c) => c.id?.value));
  let id = wanted ?? 2;
  if (wanted !== undefined && used.has(wanted))
    ctx.note(
      "error",
      "problem",
      one.id!.origin,
      `--vlan1-id ${wanted} is already the id of another VLAN; choose a free one`,
    );
  while (wanted === undefined && used.has(id)) id++;
  one.originalId = 1;
  one.id = {
    value: id,
    origin: one.id!.origin,
    guessed: `VLAN 1 carries traffic on the switches, but site.yaml keeps VLAN 1 free (ids are 2-4094); moving it to VLAN ${id} is a change on every switch: choose the id with --vlan1-id`,
  };
  ctx.note(
    "warning",
    "guess",
    one.id.origin,
    `VLAN 1 carries traffic (an address or an uplink); the draft calls it VLAN ${id}. Rendering that changes every port in VLAN 1, so plan the move (or choose the id with --vlan1-id)`,
  );
  return id;
}

/** Whether a cluster's subnet holds an address. */
export function clusterHolds(cluster: VlanCluster, ip: number): boolean {
  const cidr = cluster.subnet ? parseCidr(cluster.subnet.value) : undefined;
  return cidr !== undefined && cidrContains(cidr, ip);
}
