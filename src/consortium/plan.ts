/**
 * The consortium's address plan, checked on its own: each site's WAN allocation, the hub
 * and the VPN address spaces are networks without host bits and apart from each other; and
 * the sites that shared licences and contracts name are members.
 */
import { cidrsOverlap, formatCidr, parseCidr, type Cidr } from "../site/net/ipv4.ts";
import { error, type Issue, type Path } from "../site/issue.ts";
import { didYouMean } from "../site/suggest.ts";
import type { ConsortiumFile } from "./schema.ts";

/** One network of the plan, with what it is called in messages. */
export interface PlanNetwork {
  readonly cidr: Cidr;
  readonly text: string;
  readonly what: string;
  readonly path: Path;
}

/** Every network of the plan: allocations, hub, VPNs (those that parse). */
export function planNetworks(data: ConsortiumFile): PlanNetwork[] {
  const out: PlanNetwork[] = [];
  const add = (text: string, what: string, path: Path) => {
    const cidr = parseCidr(text);
    if (cidr) out.push({ cidr, text, what, path });
  };
  data.sites.forEach((s, i) =>
    add(s.wan, `the WAN allocation of site '${s.code}'`, ["sites", i, "wan"]),
  );
  if (data.wan.hub)
    add(data.wan.hub.subnet, `the hub (${data.wan.hub.name})`, ["wan", "hub", "subnet"]);
  data.wan.vpn.forEach((v, i) => add(v.subnet, `the VPN '${v.name}'`, ["wan", "vpn", i, "subnet"]));
  return out;
}

/** Host bits set in a network: the address it should start at. */
function hostBits(text: string, path: Path): Issue[] {
  const cidr = parseCidr(text);
  if (!cidr || formatCidr(cidr) === text) return [];
  return [
    error("consortium", path, `${text} has host bits set; did you mean ${formatCidr(cidr)}?`),
  ];
}

/** Problems in the plan and in the shared licences' and contracts' site lists. */
export function planIssues(data: ConsortiumFile): Issue[] {
  const issues: Issue[] = [];
  const networks = planNetworks(data);
  for (const n of networks) issues.push(...hostBits(n.text, n.path));
  networks.forEach((b, j) => {
    const a = networks.slice(0, j).find((a) => cidrsOverlap(a.cidr, b.cidr));
    if (a)
      issues.push(
        error(
          "consortium",
          b.path,
          `${b.text} (${b.what}) overlaps ${a.text} (${a.what}); each part of the address plan needs its own addresses`,
        ),
      );
  });
  const codes = data.sites.map((s) => s.code);
  const shared = [
    ...data.licences.map((l, i) => ({ sites: l.sites, path: ["licences", i, "sites"] })),
    ...data.contracts.map((c, i) => ({ sites: c.sites, path: ["contracts", i, "sites"] })),
  ];
  for (const { sites, path } of shared) {
    if (sites === "all") continue;
    sites.forEach((code, k) => {
      if (!codes.includes(code))
        issues.push(
          error(
            "consortium",
            [...path, k],
            `'${code}' is not a site of this consortium${didYouMean(code, codes) || `; its sites: ${codes.join(", ")}`}`,
          ),
        );
    });
  }
  return issues;
}
