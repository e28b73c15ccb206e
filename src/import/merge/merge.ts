/**
 * Merges the fragments of every imported source into one draft site: VLANs joined across
 * switches, DHCP and DNS; hosts placed on their VLANs; switches, DHCP servers and whatever
 * other readers placed (vCenter, directory) put at their paths, with every reference to a
 * VLAN or an address resolved; links between switches guessed. The draft is a plain value
 * with comments attached, ready for the writer.
 */
import { parseIp } from "../../site/net/ipv4.ts";
import type {
  AdoptionId,
  HostItem,
  ImportFragment,
  ImportNote,
  PlacedItem,
  VlanItem,
} from "../fragment.ts";
import type { DraftComments } from "./comments.ts";
import { sourceNames } from "./comments.ts";
import { MergeContext } from "./context.ts";
import { hostsByName, placeHosts, type Claims } from "./hosts.ts";
import { guessLinks } from "./links.ts";
import { mostCommon } from "./network.ts";
import { isTree, placeItem, type Tree } from "./place.ts";
import { resolveRefs } from "./refs.ts";
import { siteSection, type SiteOptions } from "./site-info.ts";
import { buildNetwork, relayServers } from "./assemble.ts";
import { clusterVlans, renumberVlan1, type VlanCluster } from "./vlans.ts";
import { asVlanItem } from "./keys.ts";

/** What the command line adds to a merge. */
export interface MergeOptions extends SiteOptions {
  /** The id VLAN 1 gets when it carries traffic. */
  readonly vlan1Id?: number | undefined;
}

/**
 * Names the merge settled on that differ from what readers proposed: VLANs a reader placed
 * by name and the merge named otherwise (same id), and the site code. Adoption IDs built
 * from the proposed names follow these.
 */
export interface DraftRenames {
  readonly vlans: ReadonlyMap<string, string>;
  readonly siteCode?: { readonly from: string; readonly to: string };
}

/** A merged draft: the site as a value, its comments, the report lines and adoption IDs. */
export interface Draft {
  readonly value: Tree;
  readonly comments: DraftComments;
  readonly notes: readonly ImportNote[];
  readonly adopt: readonly AdoptionId[];
  readonly renames: DraftRenames;
}

/** Follows VLAN renames in the vSphere section: port groups and every `vlan:` value. */
function renameVlans(section: unknown, renames: ReadonlyMap<string, string>): void {
  if (renames.size === 0 || !isTree(section)) return;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (isTree(node))
      for (const [k, v] of Object.entries(node)) {
        if (k === "vlan" && typeof v === "string" && renames.has(v)) node[k] = renames.get(v);
        else walk(v);
      }
  };
  walk(section);
  if (Array.isArray(section.portGroups))
    section.portGroups = section.portGroups.map((n) =>
      typeof n === "string" ? (renames.get(n) ?? n) : n,
    );
}

/** The order of top-level sections in site.yaml. */
const TOP = [
  "version",
  "site",
  "network",
  "switchModels",
  "vsphere",
  "directory",
  "azure",
  "inventory",
  "operations",
];

function nameClusters(clusters: VlanCluster[], ctx: MergeContext): void {
  const taken = new Set<string>();
  for (const c of clusters) {
    if (!c.name) {
      const base =
        c.originalId === 1
          ? "default"
          : c.id
            ? `vlan${c.id.value}`
            : `subnet-${c.subnet?.value.split("/")[0]?.replaceAll(".", "-") ?? "unknown"}`;
      c.name = { value: base, origin: c.origins[0]!, guessed: "no source names this VLAN" };
    }
    if (taken.has(c.name.value.toLowerCase())) {
      const renamed = `${c.name.value}-${c.id?.value ?? taken.size}`;
      ctx.note(
        "warning",
        "conflict",
        c.name.origin,
        `two VLANs are named '${c.name.value}'; the one with id ${c.id?.value ?? "unknown"} is called '${renamed}' in the draft`,
      );
      c.name = {
        ...c.name,
        value: renamed,
        guessed: `renamed: another VLAN is also called '${c.name.value}'`,
      };
    }
    taken.add(c.name.value.toLowerCase());
  }
}

function claims(clusters: readonly VlanCluster[], network: Tree, root: Tree): Claims {
  const ips = new Map<number, string>();
  const names = new Map<string, string>();
  for (const c of clusters) {
    const gw = c.gateway ? parseIp(c.gateway.value) : undefined;
    if (gw !== undefined) ips.set(gw, `the gateway of VLAN '${c.name!.value}'`);
  }
  for (const sw of Array.isArray(network.switches) ? network.switches.filter(isTree) : []) {
    const mgmt = isTree(sw.management) ? sw.management : {};
    const ip = typeof mgmt.ip === "string" ? parseIp(mgmt.ip) : undefined;
    if (ip !== undefined && !ips.has(ip)) ips.set(ip, `switch ${String(sw.name)}`);
    names.set(String(sw.name).toLowerCase(), `switch ${String(sw.name)}`);
  }
  const vsphere = isTree(root.vsphere) ? root.vsphere : {};
  for (const vm of Array.isArray(vsphere.vms) ? vsphere.vms.filter(isTree) : []) {
    const net = isTree(vm.network) ? vm.network : {};
    const ip = typeof net.ip === "string" ? parseIp(net.ip) : undefined;
    if (ip !== undefined) ips.set(ip, `VM ${String(vm.name)}`);
    names.set(String(vm.name).toLowerCase(), `VM ${String(vm.name)}`);
  }
  return { ips, names };
}

/** Merges fragments into a draft. */
export function mergeFragments(
  fragments: readonly ImportFragment[],
  options: MergeOptions = {},
): Draft {
  const ordered = [...fragments].sort((a, b) => (a.priority ?? 50) - (b.priority ?? 50));
  const ctx = new MergeContext(
    sourceNames(
      fragments.flatMap((f) => [f.origin.source, ...f.items.map((i) => i.origin.source)]),
    ),
  );
  const items = ordered.flatMap((f) => f.items);
  const vlanItems: VlanItem[] = [];
  const hostItems: HostItem[] = [];
  const placedItems: PlacedItem[] = [];
  // VLANs a reader placed by name (`["network", "vlans", "servers"]`): name proposed → id.
  const proposed = new Map<string, number>();
  for (const item of items) {
    if (item.kind === "vlan") vlanItems.push(item);
    else if (item.kind === "host") hostItems.push(item);
    else {
      const vlan = asVlanItem(item);
      if (vlan) {
        vlanItems.push(vlan);
        if (vlan.value.name !== undefined) proposed.set(vlan.value.name, vlan.value.id!);
      } else placedItems.push(item);
    }
  }

  const clusters = clusterVlans(vlanItems, ctx);
  const renumbered = new Map<number, number>();
  const newId = renumberVlan1(clusters, options.vlan1Id, ctx);
  if (newId !== undefined) renumbered.set(1, newId);
  clusters.sort((a, b) => (a.id?.value ?? 1e9) - (b.id?.value ?? 1e9));
  nameClusters(clusters, ctx);

  const root: Tree = { version: 1, site: {}, network: {} };
  for (const item of placedItems) placeItem(root, item, ctx);
  const vlanRenames = new Map<string, string>();
  for (const [name, id] of proposed) {
    const final = clusters.find((c) => c.id?.value === (renumbered.get(id) ?? id))?.name?.value;
    if (final !== undefined && final !== name) vlanRenames.set(name, final);
  }
  renameVlans(root.vsphere, vlanRenames);
  const proposedCode =
    isTree(root.site) && typeof root.site.code === "string" ? root.site.code : undefined;
  const network = root.network as Tree;
  const byName = hostsByName(hostItems);
  const dhcpServers = Array.isArray(network.dhcpServers) ? network.dhcpServers.filter(isTree) : [];
  relayServers(dhcpServers, clusters, ctx);
  resolveRefs(root, clusters, renumbered, byName, ctx);
  const hosts = placeHosts(hostItems, clusters, claims(clusters, network, root), ctx);

  const domain =
    (isTree(root.site) ? (root.site.domain as string | undefined) : undefined) ??
    options.domain ??
    mostCommon(
      clusters.map((c) => (c.dhcp?.value.domain ? [c.dhcp.value.domain] : undefined)),
    )?.[0];
  const placedNtp = Array.isArray(network.ntp) ? (network.ntp as string[]) : undefined;
  const dns = mostCommon(clusters.map((c) => c.dhcp?.value.dns));
  const ntp = placedNtp ?? mostCommon(clusters.map((c) => c.dhcp?.value.ntp));
  root.site = siteSection(isTree(root.site) ? root.site : {}, options, domain, ctx);
  root.network = buildNetwork(
    network,
    clusters,
    hosts,
    { dns, ntp, domain: (root.site as Tree).domain as string | undefined },
    ctx,
  );
  guessLinks(
    Array.isArray((root.network as Tree).switches)
      ? ((root.network as Tree).switches as Tree[])
      : [],
    ctx,
  );

  const value: Tree = {};
  for (const key of [...TOP, ...Object.keys(root).filter((k) => !TOP.includes(k))])
    if (root[key] !== undefined) value[key] = root[key];
  const code = (value.site as Tree).code;
  return {
    value,
    comments: ctx.comments,
    notes: [...ordered.flatMap((f) => f.notes), ...ctx.notes],
    adopt: ordered.flatMap((f) => f.adopt),
    renames: {
      vlans: vlanRenames,
      ...(proposedCode !== undefined && typeof code === "string" && code !== proposedCode
        ? { siteCode: { from: proposedCode, to: code } }
        : {}),
    },
  };
}
