/**
 * The parts of the network section that several sources decide together: the DNS and NTP
 * servers handed out (the most common set site-wide, overrides per VLAN), the site's
 * domain, which DHCP server serves which VLAN and at what address, and the hosts that the
 * rules require for servers inside the site (R11, R12, R33).
 */
import type { ImportedDhcp } from "../fragment.ts";
import type { MergeContext, Sourced } from "./context.ts";
import type { VlanCluster } from "./vlans.ts";

/** The most common list among VLANs' DHCP settings, and how often it occurs. */
export function mostCommon(
  lists: readonly (readonly string[] | undefined)[],
): readonly string[] | undefined {
  const counts = new Map<string, { list: readonly string[]; n: number }>();
  for (const list of lists) {
    if (!list || list.length === 0) continue;
    const key = list.join(",");
    const c = counts.get(key) ?? { list, n: 0 };
    c.n++;
    counts.set(key, c);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.list;
}

/** A VLAN's DHCP settings as site.yaml writes them, overrides only where they differ. */
export function vlanDhcpValue(
  dhcp: ImportedDhcp,
  site: {
    dns: readonly string[] | undefined;
    ntp: readonly string[] | undefined;
    domain: string | undefined;
  },
  guest: boolean,
  ctx: MergeContext,
  origin: Sourced<unknown>["origin"],
): Record<string, unknown> {
  const same = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
    (a ?? []).join(",") === (b ?? []).join(",");
  const out: Record<string, unknown> = {};
  if (dhcp.range !== undefined) out.range = dhcp.range;
  if (dhcp.leaseTime !== undefined) out.leaseTime = dhcp.leaseTime;
  if (dhcp.dns && !same(dhcp.dns, site.dns)) out.dns = [...dhcp.dns];
  if (dhcp.ntp && !same(dhcp.ntp, site.ntp)) out.ntp = [...dhcp.ntp];
  if (!dhcp.ntp && site.ntp && site.ntp.length > 0)
    ctx.note(
      "info",
      "guess",
      origin,
      `this scope hands out no NTP servers; Carrel will hand out the site's (${site.ntp.join(", ")})`,
    );
  if (dhcp.domain !== undefined && dhcp.domain !== site.domain && !guest) out.domain = dhcp.domain;
  if (dhcp.domain !== undefined && guest)
    ctx.note(
      "info",
      "guess",
      origin,
      `this scope hands out the domain name ${dhcp.domain}; Carrel does not on guest VLANs, so guests will not get it`,
    );
  if (dhcp.domain === undefined && !guest && site.domain !== undefined)
    ctx.note(
      "info",
      "guess",
      origin,
      `this scope hands out no domain name; Carrel will hand out ${site.domain}, as it does on every VLAN that is not for guests`,
    );
  if (dhcp.options && Object.keys(dhcp.options).length > 0)
    out.options = structuredClone(dhcp.options);
  return out;
}

/** Which DHCP server each served VLAN belongs to, by server name. */
export function servedVlans(clusters: readonly VlanCluster[]): Map<string, VlanCluster[]> {
  const served = new Map<string, VlanCluster[]>();
  for (const c of clusters) {
    const server = c.dhcp?.value.server;
    if (server !== undefined) served.set(server, [...(served.get(server) ?? []), c]);
  }
  return served;
}

/** The address the routing switch relays a server's VLANs to, when they all agree. */
export function relayAddress(vlans: readonly VlanCluster[]): Sourced<string> | undefined {
  const relays = vlans.flatMap((v) => v.relays);
  const distinct = new Set(relays.map((r) => r.value));
  return distinct.size === 1 ? relays[0] : undefined;
}
