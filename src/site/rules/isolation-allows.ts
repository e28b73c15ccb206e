/**
 * The flows an isolated VLAN still needs (`allow:`) name something real and can be rendered:
 * only isolated VLANs have them; each entry has either `to:` or `from:`; every name is a VLAN
 * or a machine with a fixed address, not a switch and not on the VLAN itself; tcp and udp give
 * ports from 1 to 65535, icmp none. Not one of the spec's numbered rules; it guards `allow:`.
 */
import { error, type Issue, type Path } from "../issue.ts";
import { staticAddresses } from "../model/addresses.ts";
import { cidrContains, parseCidr, parseIp } from "../net/ipv4.ts";
import type { Site, Vlan } from "../schema.ts";
import { didYouMean } from "../suggest.ts";
import { parseServicePorts } from "../switching/service-ports.ts";
import type { Rule } from "./rule.ts";

/** What a name in `to:` or `from:` can stand for. */
interface Target {
  readonly kind: "vlan" | "machine" | "switch";
  /** The subnet of the VLAN it is (kind vlan) or lies on (kind machine). */
  readonly vlan: string | undefined;
}

function targets(site: Site): Map<string, Target[]> {
  const map = new Map<string, Target[]>();
  const add = (name: string, target: Target) => map.set(name, [...(map.get(name) ?? []), target]);
  const subnets = site.network.vlans.map((v) => ({ name: v.name, cidr: parseCidr(v.subnet) }));
  const vlanOf = (text: string) => {
    const ip = parseIp(text);
    return ip === undefined
      ? undefined
      : subnets.find((s) => s.cidr && cidrContains(s.cidr, ip))?.name;
  };
  for (const v of site.network.vlans) add(v.name, { kind: "vlan", vlan: v.name });
  for (const s of staticAddresses(site)) {
    if (s.kind === "gateway") continue;
    add(s.name, { kind: s.kind === "switch" ? "switch" : "machine", vlan: vlanOf(s.text) });
  }
  for (const d of site.network.dhcpServers)
    if (!map.has(d.name)) add(d.name, { kind: "machine", vlan: vlanOf(d.address) });
  return map;
}

function checkName(
  name: string,
  vlan: Vlan,
  known: Map<string, Target[]>,
  path: Path,
): Issue | undefined {
  const found = known.get(name);
  if (!found) {
    return error(
      "allow",
      path,
      `'${name}' is neither a machine nor a VLAN of this site${didYouMean(name, known.keys()) || "; name a host, VM, reservation or VLAN"}`,
    );
  }
  const kinds = new Set(found.map((t) => t.kind));
  if (kinds.has("vlan") && kinds.size > 1)
    return error(
      "allow",
      path,
      `'${name}' is both a VLAN and a machine, so it is unclear which is meant; rename one of them`,
    );
  const target = found[0]!;
  if (target.kind === "switch")
    return error(
      "allow",
      path,
      `'${name}' is a switch; isolated VLANs never reach switch management, so it cannot be allowed`,
    );
  if (target.vlan === vlan.name)
    return error(
      "allow",
      path,
      target.kind === "vlan"
        ? `'${name}' is this VLAN itself; an allow names another VLAN or a machine on one`
        : `'${name}' is on VLAN '${vlan.name}' itself; devices on one VLAN reach each other without passing the switch's filter`,
    );
  return undefined;
}

export const isolationAllows: Rule = {
  id: "allow",
  title: "flows allowed to an isolated VLAN name real machines or VLANs and valid ports",
  check(site) {
    const issues: Issue[] = [];
    const known = targets(site);
    site.network.vlans.forEach((vlan, v) => {
      const base = ["network", "vlans", v, "allow"];
      if (vlan.allow.length > 0 && !vlan.isolated) {
        issues.push(
          error(
            "allow",
            base,
            `VLAN '${vlan.name}' is not isolated, so it already reaches every other VLAN; allow only applies with isolated: true`,
          ),
        );
        return;
      }
      vlan.allow.forEach((entry, e) => {
        const at = [...base, e];
        const sides = (["to", "from"] as const).filter((k) => entry[k] !== undefined);
        if (sides.length !== 1) {
          issues.push(
            error(
              "allow",
              at,
              sides.length === 0
                ? "says neither to: (devices on this VLAN open the connection) nor from: (a machine elsewhere opens it); give one of them"
                : "has both to: and from:; write each direction as its own entry",
            ),
          );
        } else {
          const side = sides[0]!;
          const value = entry[side]!;
          const names = Array.isArray(value) ? value : [value];
          names.forEach((name, i) => {
            const path = Array.isArray(value) ? [...at, side, i] : [...at, side];
            const issue = checkName(name, vlan, known, path);
            if (issue) issues.push(issue);
          });
        }
        if (entry.protocol === "icmp") {
          if (entry.ports !== undefined)
            issues.push(
              error("allow", [...at, "ports"], "icmp has no ports; leave ports out for icmp"),
            );
          return;
        }
        if (entry.ports === undefined) {
          issues.push(
            error(
              "allow",
              at,
              `'ports' is missing; say which ${entry.protocol} ports the answering side listens on (like 445 or 49152-65535)`,
            ),
          );
          return;
        }
        for (const p of parseServicePorts(entry.ports).problems)
          issues.push(
            error(
              "allow",
              p.index === undefined ? [...at, "ports"] : [...at, "ports", p.index],
              p.message,
            ),
          );
      });
    });
    return issues;
  },
};
