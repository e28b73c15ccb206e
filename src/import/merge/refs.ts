/**
 * Replaces the references readers leave in placed values: a VLAN reference becomes the
 * VLAN's final name, an address reference by name becomes the address that name has in DNS
 * or a DHCP reservation. What cannot be resolved becomes `null`, with a comment saying what
 * to fill in, so that the validator points at it.
 */
import { parseIp } from "../../site/net/ipv4.ts";
import { isHostAddressRef, isVlanRef, type HostItem, type VlanMatch } from "../fragment.ts";
import type { MergeContext } from "./context.ts";
import { isTree, type Tree } from "./place.ts";
import { clusterHolds, type VlanCluster } from "./vlans.ts";

/** Finds the VLAN a reference means. `renumbered` maps ids the merge changed (VLAN 1). */
export function findVlan(
  match: VlanMatch,
  clusters: readonly VlanCluster[],
  renumbered: ReadonlyMap<number, number>,
): VlanCluster | undefined {
  if (match.id !== undefined) {
    const id = renumbered.get(match.id) ?? match.id;
    return clusters.find((c) => c.id?.value === id);
  }
  if (match.subnet !== undefined) return clusters.find((c) => c.subnet?.value === match.subnet);
  const ip = match.ip === undefined ? undefined : parseIp(match.ip);
  return ip === undefined ? undefined : clusters.find((c) => clusterHolds(c, ip));
}

/** Resolves every reference inside a draft section, in place. */
export function resolveRefs(
  tree: unknown,
  clusters: readonly VlanCluster[],
  renumbered: ReadonlyMap<number, number>,
  hosts: ReadonlyMap<string, HostItem>,
  ctx: MergeContext,
): void {
  const resolve = (value: unknown, parent: Tree | unknown[], key: string | number): unknown => {
    if (isVlanRef(value)) {
      const cluster = findVlan(value.vlanRef, clusters, renumbered);
      const name = cluster?.name?.value;
      if (name !== undefined) return name;
      const what =
        value.vlanRef.id !== undefined
          ? `VLAN ${value.vlanRef.id}`
          : `the VLAN of ${value.vlanRef.ip ?? value.vlanRef.subnet}`;
      if (isTree(parent))
        ctx.comments.key(parent, String(key), `fill in: ${what} is not among the imported VLANs`);
      return null;
    }
    if (isHostAddressRef(value)) {
      const host = hosts.get(value.hostAddress.toLowerCase());
      if (host) {
        if (isTree(parent))
          ctx.comments.key(
            parent,
            String(key),
            `from ${ctx.where(host.origin)} (the address of '${host.value.name}')`,
          );
        return host.value.ip;
      }
      if (isTree(parent))
        ctx.comments.key(
          parent,
          String(key),
          `fill in: no DNS record or reservation gives ${value.hostAddress} an address`,
        );
      return null;
    }
    if (Array.isArray(value)) {
      value.forEach((v, i) => (value[i] = resolve(v, value, i)));
      return value;
    }
    if (isTree(value)) {
      for (const k of Object.keys(value)) value[k] = resolve(value[k], value, k);
      return value;
    }
    return value;
  };
  if (isTree(tree)) for (const k of Object.keys(tree)) tree[k] = resolve(tree[k], tree, k);
}
