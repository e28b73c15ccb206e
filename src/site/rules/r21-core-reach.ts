/**
 * R21: every switch reaches a core switch through links declared on both ends, and its
 * management VLAN travels along that path, or the switch could not be managed once installed.
 */
import { error, type Issue } from "../issue.ts";
import { switchLinks, type Link } from "../model/links.ts";
import type { Site } from "../schema.ts";
import { formatPortList } from "../switching/ports.ts";
import type { Rule } from "./rule.ts";

/** One link seen from one of its ends. */
interface Hop {
  readonly to: number;
  readonly link: Link;
  /** Written from this end: `access-sw1:25-26 to core-sw1:49-50`. */
  readonly text: string;
}

export const r21CoreReach: Rule = {
  id: "R21",
  title: "every switch reaches a core switch with its management VLAN",
  check(site) {
    const switches = site.network.switches;
    if (switches.length === 0) return [];
    if (!switches.some((sw) => sw.role === "core")) {
      return [
        error(
          "R21",
          ["network", "switches", 0, "role"],
          "no switch has role core; give the switch that routes between the VLANs role: core",
        ),
      ];
    }
    const hops = adjacency(site);
    const issues: Issue[] = [];
    switches.forEach((sw, i) => {
      if (sw.role === "core") return;
      const vlan = sw.management.vlan;
      if (pathToCore(site, hops, i, (l) => carries(site, l, vlan))) return;
      const path = pathToCore(site, hops, i, () => true);
      if (!path) {
        issues.push(
          error(
            "R21",
            ["network", "switches", i, "name"],
            `'${sw.name}' has no link to a core switch; declare its uplink with connects on both switches`,
          ),
        );
        return;
      }
      const missing = path.filter((h) => !carries(site, h.link, vlan)).map((h) => h.text);
      const links =
        missing.length === 1 ? `the link ${missing[0]}` : `the links ${missing.join(", ")}`;
      issues.push(
        error(
          "R21",
          ["network", "switches", i, "management", "vlan"],
          `the management VLAN '${vlan}' of '${sw.name}' is not carried on ${links}, so the switch cannot be reached from the core; add it to the VLANs of ${missing.length === 1 ? "that link" : "those links"} on both ends`,
        ),
      );
    });
    return issues;
  },
};

function adjacency(site: Site): Hop[][] {
  const switches = site.network.switches;
  const index = (name: string) => switches.findIndex((sw) => sw.name === name);
  const hops: Hop[][] = switches.map(() => []);
  for (const link of switchLinks(site)) {
    const a = index(link.a.switch);
    const b = index(link.b.switch);
    const aEnd = `${link.a.switch}:${formatPortList(link.a.ports)}`;
    const bEnd = `${link.b.switch}:${formatPortList(link.b.ports)}`;
    hops[a]!.push({ to: b, link, text: `${aEnd} to ${bEnd}` });
    hops[b]!.push({ to: a, link, text: `${bEnd} to ${aEnd}` });
  }
  return hops;
}

/** A VLAN crosses a link when both ends carry it, tagged or untagged. */
function carries(site: Site, link: Link, vlan: string): boolean {
  return [link.a, link.b].every((end) => {
    const entry = site.network.switches.find((sw) => sw.name === end.switch)?.ports[end.entry];
    return entry !== undefined && (entry.untagged === vlan || entry.tagged.includes(vlan));
  });
}

/** The shortest path of hops from a switch to a core switch over usable links, if any. */
function pathToCore(
  site: Site,
  hops: readonly Hop[][],
  start: number,
  usable: (link: Link) => boolean,
): Hop[] | undefined {
  // Switch index → the switch it was reached from and the hop taken.
  const via = new Map<number, { from: number; hop: Hop } | undefined>([[start, undefined]]);
  const queue = [start];
  while (queue.length > 0) {
    const at = queue.shift()!;
    if (site.network.switches[at]!.role === "core") {
      const path: Hop[] = [];
      for (let step = via.get(at); step; step = via.get(step.from)) path.unshift(step.hop);
      return path;
    }
    for (const hop of hops[at]!) {
      if (via.has(hop.to) || !usable(hop.link)) continue;
      via.set(hop.to, { from: at, hop });
      queue.push(hop.to);
    }
  }
  return undefined;
}
