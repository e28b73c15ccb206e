/**
 * The hardening of one switch as facts: what each configured port faces and whether it is
 * trusted or edge-protected, which VLANs DHCP snooping and ARP protection watch, which DHCP
 * servers (and relays) are authorized, and how option 82 is handled. The renderer writes
 * these, the docs explain them and the audit checks them; none of them works them out again.
 *
 * Trust (DHCP snooping and ARP protection): the links toward a core switch (a link whose far
 * end is no farther from a core than this switch), and the ports facing a server on a DHCP
 * server's VLAN. ARP protection also trusts every other link between switches: ARP is already
 * checked where the device is plugged in, and a core does not learn the addresses its relay
 * hands out through an access switch. `security.trusted` on a port entry overrides both.
 */
import type { PortFacing, SecuritySection } from "../schema.ts";
import { formatIp, formatMask } from "../net/ipv4.ts";
import type { Link, LinkEnd } from "./links.ts";
import {
  guessFacing,
  isPublicFacing,
  isUntrustedVlan,
  type FacingClues,
  type Purpose,
} from "./port-facing.ts";
import type { PortInfo, SwitchTable } from "./ports.ts";
import { configuredVlans } from "./switch-vlans.ts";
import type { VlanModel } from "./vlans.ts";

/** The most DHCP servers a switch authorizes (ASG, "Configuring authorized server addresses"). */
export const AUTHORIZED_SERVERS_MAX = 20;

/** Why a port is trusted, or that it is not. */
export type TrustReason = "uplink" | "dhcp-server" | "written" | "none";

/** One configured port's hardening. */
export interface PortPolicy {
  readonly port: number;
  /** Its trunk (`trk1`), when it is a LAG member: trust then applies to the trunk. */
  readonly lag: string | undefined;
  /** Index of the `ports` entry that configures it. */
  readonly entry: number;
  readonly facing: PortFacing;
  /** Whether site.yaml says what it faces (`security.facing`) or Carrel guessed it. */
  readonly facingWritten: boolean;
  /** A device port on a public or guest VLAN: patrons can plug in here. */
  readonly publicFacing: boolean;
  /** Trusted by DHCP snooping, and why. */
  readonly dhcpTrust: TrustReason;
  /** Trusted by ARP protection. */
  readonly arpTrust: boolean;
  /** admin-edge-port, BPDU protection and loop protection. */
  readonly edgeProtection: boolean;
}

/** A network allowed to manage a switch: address, dotted mask and prefix length. */
export interface ManagerNetwork {
  readonly network: string;
  readonly mask: string;
  readonly prefix: number;
}

/** How option 82 is handled: removed, added by this switch, or kept as an access switch added it. */
export type Option82 = "off" | "insert" | "keep";

/** One switch's hardening. */
export interface SwitchSecurity {
  readonly switch: string;
  /** Configured ports by number. */
  readonly ports: ReadonlyMap<number, PortPolicy>;
  /** VLANs DHCP snooping watches, by id. */
  readonly snoopingVlans: readonly number[];
  /** DHCP servers and relays whose answers are accepted; empty when there are more than the switch keeps. */
  readonly authorizedServers: readonly string[];
  /** True when the list was left out because it is longer than {@link AUTHORIZED_SERVERS_MAX}. */
  readonly authorizedServersLeftOut: boolean;
  readonly option82: Option82;
  /** VLANs ARP protection watches, by id. */
  readonly arpVlans: readonly number[];
  /** Networks from which the switch may be managed. */
  readonly managers: readonly ManagerNetwork[];
}

/** Everything the per-switch derivation reads. */
export interface SwitchSecurityInput {
  readonly settings: SecuritySection;
  readonly vlans: readonly VlanModel[];
  readonly vlanByName: ReadonlyMap<string, VlanModel>;
  readonly links: readonly Link[];
  /** Hops from each switch to the nearest core (cores 0); absent when unreachable. */
  readonly coreDistance: ReadonlyMap<string, number>;
  readonly hasCore: boolean;
  /** VLAN names that hold a DHCP server's address. */
  readonly dhcpServerVlans: ReadonlySet<string>;
  readonly dhcpServerAddresses: ReadonlyMap<string, string>;
  /** Admin networks from `security.management.adminSubnets`, as `a.b.c.d mask`. */
  readonly adminNetworks: readonly ManagerNetwork[];
}

/** The clues a port entry gives about what it faces. */
export function portClues(
  p: PortInfo,
  connects: boolean,
  vlanByName: ReadonlyMap<string, VlanModel>,
): FacingClues {
  const purpose = (name: string): Purpose | undefined => vlanByName.get(name)?.vlan.purpose;
  return {
    link: connects,
    aggregated: p.lag !== undefined && !connects,
    untagged: p.untagged === undefined ? undefined : purpose(p.untagged),
    tagged: p.tagged.flatMap((t) => purpose(t) ?? []),
  };
}

/** The link ends on a switch: its ports, each with whether the far end is toward a core. */
function linkEnds(
  name: string,
  input: SwitchSecurityInput,
): Map<number, { readonly towardCore: boolean }> {
  const out = new Map<number, { towardCore: boolean }>();
  const own = input.coreDistance.get(name);
  const mark = (here: LinkEnd, there: LinkEnd) => {
    const far = input.coreDistance.get(there.switch);
    const towardCore = own !== undefined && far !== undefined && far <= own;
    for (const port of here.ports) out.set(port, { towardCore });
  };
  // Every switch looks through every link: no pair of ends is made for each.
  for (const link of input.links) {
    if (link.a.switch === name) mark(link.a, link.b);
    if (link.b.switch === name) mark(link.b, link.a);
  }
  return out;
}

function portPolicy(
  p: PortInfo,
  table: SwitchTable,
  ends: ReadonlyMap<number, { readonly towardCore: boolean }>,
  input: SwitchSecurityInput,
): PortPolicy {
  const entry = table.switch.ports[p.entry]!;
  const written = entry.security;
  const clues = portClues(p, entry.connects !== undefined, input.vlanByName);
  const facing = written?.facing ?? guessFacing(clues);
  const end = ends.get(p.port);
  const onServerVlan = [p.untagged, ...p.tagged].some(
    (v) => v !== undefined && input.dhcpServerVlans.has(v),
  );
  const guessedTrust: TrustReason = end?.towardCore
    ? "uplink"
    : facing === "server" && onServerVlan
      ? "dhcp-server"
      : "none";
  const dhcpTrust: TrustReason =
    written?.trusted === undefined ? guessedTrust : written.trusted ? "written" : "none";
  const arpTrust =
    written?.trusted !== undefined ? written.trusted : dhcpTrust !== "none" || end !== undefined;
  return {
    port: p.port,
    lag: p.lag,
    entry: p.entry,
    facing,
    facingWritten: written?.facing !== undefined,
    publicFacing: isPublicFacing(facing, clues),
    dhcpTrust,
    arpTrust,
    edgeProtection:
      input.settings.edgePorts.enabled && (written?.edgeProtection ?? facing === "device"),
  };
}

/** Whether DHCP snooping watches a VLAN: it has DHCP, and neither the site nor the VLAN turns snooping off. */
export function snoops(v: VlanModel, settings: SecuritySection): boolean {
  return (
    v.vlan.dhcp !== undefined &&
    v.dhcpServer !== undefined &&
    (v.vlan.security?.dhcpSnooping ?? settings.dhcpSnooping.enabled)
  );
}

/** Whether ARP protection watches a VLAN: snooped, and isolated, public or guest unless it says otherwise. */
export function protectsArp(v: VlanModel, settings: SecuritySection): boolean {
  const wanted =
    v.vlan.security?.arpProtection ??
    (settings.arpProtection && isUntrustedVlan(v.vlan.purpose, v.vlan.isolated));
  return wanted && snoops(v, settings);
}

/** The hardening of one switch. */
export function switchSecurity(table: SwitchTable, input: SwitchSecurityInput): SwitchSecurity {
  const name = table.switch.name;
  const settings = input.settings;
  const ends = linkEnds(name, input);
  const ports = new Map<number, PortPolicy>();
  for (const p of [...table.ports.values()].sort((a, b) => a.port - b.port))
    ports.set(p.port, portPolicy(p, table, ends, input));
  const carried = configuredVlans(input.vlans, table);
  const snooped = carried.filter((v) => snoops(v, settings));
  const servers = new Set<string>();
  for (const v of snooped) {
    const address = input.dhcpServerAddresses.get(v.dhcpServer!.name);
    if (address) servers.add(address);
    // Relayed answers reach clients from the relay, the core's address on their VLAN.
    if (input.hasCore) servers.add(formatIp(v.gateway));
  }
  const authorized = [...servers].sort(byAddress);
  const core = table.switch.role === "core";
  const management = input.vlanByName.get(table.switch.management.vlan);
  return {
    switch: name,
    ports,
    snoopingVlans: snooped.map((v) => v.vlan.id),
    authorizedServers: authorized.length > AUTHORIZED_SERVERS_MAX ? [] : authorized,
    authorizedServersLeftOut: authorized.length > AUTHORIZED_SERVERS_MAX,
    option82: !settings.dhcpSnooping.option82 ? "off" : core ? "keep" : "insert",
    arpVlans: carried.filter((v) => protectsArp(v, settings)).map((v) => v.vlan.id),
    managers: [
      ...(management
        ? [
            {
              network: formatIp(management.cidr.network),
              mask: formatMask(management.cidr.prefix),
              prefix: management.cidr.prefix,
            },
          ]
        : []),
      ...input.adminNetworks,
    ],
  };
}

function byAddress(a: string, b: string): number {
  const n = (ip: string) => ip.split(".").reduce((acc, o) => acc * 256 + Number(o), 0);
  return n(a) - n(b);
}
