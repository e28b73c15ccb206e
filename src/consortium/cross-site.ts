/**
 * The rules that need every site of a consortium at once: each site's code is its folder's,
 * no site's networks overlap another's or the WAN's (the hub, the VPNs), every VLAN lies
 * inside its site's WAN allocation, and no two sites name the same Azure storage account.
 * (A shared group defined again is found where the defaults are merged: inherit.ts.)
 * Each problem is reported in the file and at the line where it is fixed: the later site
 * in consortium.yaml's order, naming the earlier one's place.
 */
import { cidrContains, cidrsOverlap, parseCidr, type Cidr } from "../site/net/ipv4.ts";
import type { LocatedIssue } from "../site/issue.ts";
import type { Consortium } from "./consortium.ts";
import type { Place, SiteFacts } from "./facts.ts";
import { planNetworks } from "./plan.ts";
import { locate } from "../site/source.ts";

/** A cross-site problem, and the sites it concerns (a one-site run shows those of its site). */
export interface CrossSiteIssue extends LocatedIssue {
  readonly sites: readonly string[];
}

const where = (at: Place) => `${at.file}:${at.line}:${at.col}`;

function issue(at: Place, message: string, sites: readonly string[]): CrossSiteIssue {
  return {
    file: at.file,
    line: at.line,
    col: at.col,
    offset: at.offset,
    path: at.path,
    rule: "consortium",
    severity: "error",
    message,
    sites,
  };
}

/** Places in consortium.yaml, for messages that name its plan. */
function consortiumPlace(consortium: Consortium, path: readonly (string | number)[]): Place {
  const at = locate(consortium.source, [{ path, message: "", severity: "error", rule: "" }])[0]!;
  return { file: at.file, line: at.line, col: at.col, offset: at.offset, path };
}

/** Every cross-site problem of the consortium, in consortium.yaml's order of sites. */
export function crossSiteIssues(
  consortium: Consortium,
  facts: readonly SiteFacts[],
): CrossSiteIssue[] {
  const data = consortium.data;
  if (!data) return [];
  const issues: CrossSiteIssue[] = [];
  const order = new Map(data.sites.map((s, i) => [s.code, i]));
  const sorted = [...facts].sort((a, b) => (order.get(a.member) ?? 0) - (order.get(b.member) ?? 0));

  // Codes: a site's code names its folder, its stack and its resources.
  for (const f of sorted) {
    if (f.code && f.code.value !== f.member)
      issues.push(
        issue(
          f.code.at,
          `this site lives in sites/${f.member}/ and is listed as '${f.member}' in ${consortium.file}, but its code is '${f.code.value}'; a member's code is its folder's name (its stack and resource names use it)`,
          [f.member],
        ),
      );
  }

  // Networks against the WAN plan, and the site's own allocation.
  const plan = planNetworks(data).map((n) => ({ ...n, at: consortiumPlace(consortium, n.path) }));
  const allocations = new Map(
    data.sites.map((s, i) => [
      s.code,
      { cidr: parseCidr(s.wan), text: s.wan, at: consortiumPlace(consortium, ["sites", i, "wan"]) },
    ]),
  );
  type Net = { cidr: Cidr; site: SiteFacts; text: string; what: string; at: Place };
  const nets: Net[] = [];
  for (const f of sorted) {
    const own = allocations.get(f.member);
    for (const n of f.networks) {
      const cidr = parseCidr(n.text);
      if (!cidr) continue; // the site's own validation reports it
      nets.push({ cidr, site: f, text: n.text, what: n.what, at: n.at });
      const hubOrVpn = plan.find((p) => p.path[0] === "wan" && cidrsOverlap(p.cidr, cidr));
      if (hubOrVpn) {
        issues.push(
          issue(
            n.at,
            `${n.text} (${n.what}) overlaps ${hubOrVpn.what}, ${hubOrVpn.text} (${where(hubOrVpn.at)}); the consortium's WAN routes those addresses elsewhere`,
            [f.member],
          ),
        );
        continue;
      }
      if (
        n.onSite &&
        own?.cidr &&
        !(cidrContains(own.cidr, cidr.network) && cidrContains(own.cidr, cidr.broadcast))
      ) {
        const other = data.sites.find(
          (s) =>
            s.code !== f.member &&
            allocations.get(s.code)?.cidr &&
            cidrsOverlap(allocations.get(s.code)!.cidr!, cidr),
        );
        issues.push(
          issue(
            n.at,
            `${n.text} (${n.what}) is outside this site's WAN allocation ${own.text} (${where(own.at)})${other ? `; it lies in the allocation of site '${other.code}'` : ""}; use addresses from the allocation, or change it in ${consortium.file}`,
            other ? [f.member, other.code] : [f.member],
          ),
        );
      }
    }
  }
  // Networks of two sites: reported at the later one.
  for (let j = 0; j < nets.length; j++) {
    const b = nets[j]!;
    const a = nets
      .slice(0, j)
      .find((a) => a.site.member !== b.site.member && cidrsOverlap(a.cidr, b.cidr));
    if (a)
      issues.push(
        issue(
          b.at,
          `${b.text} (${b.what}) overlaps ${a.text}, ${a.what} of site '${a.site.member}' (${where(a.at)}); the sites of a consortium share one WAN, so each needs its own addresses`,
          [b.site.member, a.site.member],
        ),
      );
  }

  // Storage account names are global in Azure.
  const accounts = new Map<string, SiteFacts>();
  for (const f of sorted) {
    const account = f.storageAccount;
    if (!account) continue;
    const first = accounts.get(account.value);
    if (first)
      issues.push(
        issue(
          account.at,
          `storage account '${account.value}' is also the one of site '${first.member}' (${where(first.storageAccount!.at)}); Azure storage account names are unique across all of Azure, so each site needs its own`,
          [f.member, first.member],
        ),
      );
    else accounts.set(account.value, f);
  }
  return issues;
}
