/**
 * The VLANs one switch config shows: id and name, the subnet from the switch's address on
 * it, the gateway when the switch routes (its address is the gateway) or from
 * `ip default-gateway`, the DHCP relay, and whether an access list isolates it.
 */
import {
  normaliseAclRule,
  type PortFacts,
  type RunningConfig,
  type RunningVlan,
} from "../../device/aruba/index.ts";
import { cidrContains, formatCidr, parseCidr, parseIp } from "../../site/net/ipv4.ts";
import { MANAGEMENT_SERVICES } from "../../site/model/isolation.ts";
import type { ImportNote, Origin, VlanItem } from "../fragment.ts";

/**
 * Whether VLAN 1 is a network on this switch, rather than where unused ports sit: it has an
 * address, or an uplink (a trunk or a port with tagged VLANs) carries it.
 */
export function vlan1InUse(config: RunningConfig, view: ReadonlyMap<string, PortFacts>): boolean {
  const v = config.vlans.get(1);
  if (!v) return false;
  if (v.addresses.length > 0 || v.dhcpBootp !== undefined) return true;
  return [...view.values()].some(
    (p) =>
      p.disabled === undefined &&
      (p.trunk !== undefined || p.tagged.some((m) => m.vlan !== 1)) &&
      [...p.untagged, ...p.tagged].some((m) => m.vlan === 1),
  );
}

/** The isolation access list applied inbound to a VLAN, when it has one. */
export function isolationAcl(
  config: RunningConfig,
  vlan: RunningVlan,
): { name: string; line: number } | undefined {
  for (const group of vlan.accessGroups) {
    if (group.direction === "in" && isolating(config, group.name))
      return { name: group.name, line: group.line };
  }
  return undefined;
}

/** Verdicts per access list, so that a list applied to many VLANs is read once. */
const verdicts = new WeakMap<RunningConfig, Map<string, boolean>>();

/** Whether an access list denies site networks and then allows everything else. */
function isolating(config: RunningConfig, name: string): boolean {
  let known = verdicts.get(config);
  if (!known) verdicts.set(config, (known = new Map()));
  const cached = known.get(name);
  if (cached !== undefined) return cached;
  const acl = config.acls.get(name);
  const rules = (acl?.entries ?? []).filter((e) => !/^remark\b/i.test(e.rule));
  const last = rules[rules.length - 1];
  // Normalise only what the verdict needs: the last entry, then entries up to the first deny.
  const verdict =
    last !== undefined &&
    normaliseAclRule(last.rule) === "permit ip any any" &&
    rules.some((e) => /^deny ip any \d+\.\d+\.\d+\.\d+\/\d+$/.test(normaliseAclRule(e.rule)));
  known.set(name, verdict);
  return verdict;
}

/** The ports of the switch services Carrel's isolation lists refuse. */
const MANAGEMENT_PORTS = new Set(MANAGEMENT_SERVICES.map((s) => s.port));

/**
 * The entries of an isolation list that Carrel writes itself for every isolated VLAN:
 * management refused to the switch, DHCP, DNS and time allowed, the private ranges
 * refused, the final internet permit. Every other permit is a connection the VLAN still
 * needs, which site.yaml writes as an `allow:` entry.
 */
function standardIsolationEntry(rule: string): boolean {
  const management = /^deny (tcp|udp) any \S+\/32 eq (\d+)$/.exec(rule);
  return (
    (management !== null && MANAGEMENT_PORTS.has(Number(management[2]))) ||
    rule === "permit udp any eq 68 any eq 67" ||
    /^permit (udp|tcp) any \S+\/32 eq (53|123)$/.test(rule) ||
    /^deny ip any \d+\.\d+\.\d+\.\d+\/\d+$/.test(rule) ||
    rule === "permit ip any any"
  );
}

/** The permits of an isolation list beyond Carrel's own: flows to add as `allow:` by hand. */
function isolationFlows(
  config: RunningConfig,
  name: string,
): { rule: string; written: string; line: number }[] {
  return (config.acls.get(name)?.entries ?? [])
    .filter((e) => !/^remark\b/i.test(e.rule))
    .map((e) => ({ rule: normaliseAclRule(e.rule), written: e.rule, line: e.line }))
    .filter((e) => e.rule.startsWith("permit ") && !standardIsolationEntry(e.rule));
}

/** VLAN items and notes of one switch. */
export function vlanItems(
  config: RunningConfig,
  source: string,
  inUse1: boolean,
): { items: VlanItem[]; notes: ImportNote[] } {
  const items: VlanItem[] = [];
  const notes: ImportNote[] = [];
  const at = (line: number): Origin => ({ source, line });
  const routing = config.ipRouting !== undefined;
  for (const v of [...config.vlans.values()].sort((a, b) => a.id - b.id)) {
    if (v.id === 1 && !inUse1) continue;
    const name = v.id === 1 && v.name?.value === "DEFAULT_VLAN" ? undefined : v.name?.value;
    items.push({
      kind: "vlan",
      key: ["network", "vlans"],
      value: { id: v.id, ...(name ? { name } : {}) },
      origin: at(v.name?.line ?? v.line),
    });
    const [address, ...more] = v.addresses;
    if (address) {
      const cidr = parseCidr(`${address.ip}/${address.prefix}`)!;
      items.push({
        kind: "vlan",
        key: ["network", "vlans"],
        value: { id: v.id, subnet: formatCidr(cidr), ...(routing ? { gateway: address.ip } : {}) },
        origin: at(address.line),
      });
      const dg = config.defaultGateway;
      const dgIp = dg ? parseIp(dg.value) : undefined;
      if (!routing && dg && dgIp !== undefined && cidrContains(cidr, dgIp)) {
        items.push({
          kind: "vlan",
          key: ["network", "vlans"],
          value: { id: v.id, gateway: dg.value },
          origin: at(dg.line),
        });
      }
    }
    for (const extra of more) {
      notes.push({
        level: "warning",
        topic: "unmodelled",
        origin: at(extra.line),
        message: `VLAN ${v.id} has a second address ${extra.ip}/${extra.prefix}; site.yaml gives a VLAN one subnet, so it is left out`,
      });
    }
    for (const helper of v.helpers) {
      items.push({
        kind: "vlan",
        key: ["network", "vlans"],
        value: { id: v.id, dhcpRelay: helper.value },
        origin: at(helper.line),
      });
    }
    const isolation = routing ? isolationAcl(config, v) : undefined;
    if (isolation) {
      items.push({
        kind: "vlan",
        key: ["network", "vlans"],
        value: { id: v.id, isolated: true },
        origin: at(isolation.line),
        guessed: `access list '${isolation.name}' lets this VLAN reach the internet and little else`,
      });
      for (const flow of isolationFlows(config, isolation.name))
        notes.push({
          level: "warning",
          topic: "unmodelled",
          origin: at(flow.line),
          message: `access list '${isolation.name}' lets VLAN ${v.id} through '${flow.written}'; write the connection as an allow: entry of that VLAN (to: the machine or VLAN, protocol, ports), or rendering the draft cuts it`,
        });
    }
    for (const group of v.accessGroups) {
      if (group.name === isolation?.name) continue;
      notes.push({
        level: "warning",
        topic: "unmodelled",
        origin: at(group.line),
        message: `access list '${group.name}' is applied to VLAN ${v.id} (${group.direction}); Carrel models only isolation lists, so it is left out`,
      });
    }
  }
  return { items, notes };
}
