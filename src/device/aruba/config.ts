/**
 * An ArubaOS-Switch (ProCurve) running-config as data: every fact Carrel models, each with
 * the line it was read from, plus the lines it does not model and the lines that hold
 * credentials (kept only as a line number and what kind of secret they hold, never the text).
 *
 * Import, drift and audit all read configs through this one shape.
 */

import type { At, ConfigProblem, SecretLine, SourceLine } from "../facts.ts";

export type { At, ConfigProblem, SecretLine, SourceLine } from "../facts.ts";

/** A VLAN: its members (ports, and trunks as `trk1`) with the line that put each one there. */
export interface RunningVlan {
  readonly id: number;
  readonly line: number;
  name: At<string> | undefined;
  readonly untagged: Map<string, number>;
  readonly tagged: Map<string, number>;
  readonly addresses: { readonly ip: string; readonly prefix: number; readonly line: number }[];
  /** Line of `ip address dhcp-bootp`: the switch takes its address on this VLAN by DHCP. */
  dhcpBootp: number | undefined;
  readonly helpers: At<string>[];
  readonly accessGroups: {
    readonly name: string;
    readonly direction: string;
    readonly line: number;
  }[];
}

/** Settings of one port (or trunk) in `interface` blocks. */
export interface RunningInterface {
  name: At<string> | undefined;
  /** Line of `disable`. */
  disabled: number | undefined;
  /** Line of `no power-over-ethernet`. */
  poeOff: number | undefined;
}

/** A trunk (link aggregation): `trunk 49-50 trk1 lacp`. */
export interface RunningTrunk {
  /** Lower case, `trk1`. */
  readonly name: string;
  readonly members: readonly string[];
  /** `lacp`, `trunk` (static), `dt-lacp`, `dt-trunk`. */
  readonly mode: string;
  readonly line: number;
}

/** One entry of an access list, without its sequence number. */
export interface AclEntry {
  readonly rule: string;
  readonly line: number;
}

/** A static route: destination network in CIDR form and next hop. */
export interface RunningRoute {
  readonly destination: string;
  readonly nextHop: string;
  readonly line: number;
}

/** A time server the switch asks: `sntp server priority 1 10.0.0.1`, `ntp server`, `ip timep`. */
export interface TimeServer {
  readonly ip: string;
  readonly priority: number;
  readonly protocol: "sntp" | "ntp" | "timep";
  readonly line: number;
}

/** Hardware lines: `module A type j9986a`, `stacking` / `vsf` members. */
export interface HardwareLine {
  /** Module slot (`A`, `1`) or stack member number (`1`). */
  readonly slot: string;
  /** Product number, upper case (`J9986A`). */
  readonly type: string;
  readonly kind: "module" | "member";
  readonly line: number;
}

/** Everything a running-config says, as far as Carrel reads it. */
export interface RunningConfig {
  /** From `; J9772A Configuration Editor; Created on release #YA.16.10.0003`. */
  header:
    | { readonly partNumber: string; readonly release: string | undefined; readonly line: number }
    | undefined;
  hostname: At<string> | undefined;
  readonly hardware: HardwareLine[];
  readonly trunks: Map<string, RunningTrunk>;
  readonly vlans: Map<number, RunningVlan>;
  /** By port (`5`, `A5`, `1/5`) or trunk (`trk1`). */
  readonly interfaces: Map<string, RunningInterface>;
  /** Access lists by name, entries in order. */
  readonly acls: Map<string, { readonly line: number; readonly entries: AclEntry[] }>;
  /** Line of `ip routing`. */
  ipRouting: number | undefined;
  defaultGateway: At<string> | undefined;
  readonly routes: RunningRoute[];
  /** Standard-time offset, minutes east of UTC. */
  timezone: At<number> | undefined;
  /** Lower case: `continental-us-and-canada`, `user-defined begin-date 3/8 end-date 11/1`. */
  daylightRule: At<string> | undefined;
  timesync: At<string> | undefined;
  readonly timeServers: TimeServer[];
  /** Line of `spanning-tree` (enabled). */
  spanningTree: number | undefined;
  /** `spanning-tree priority N` (multiplier of 4096). */
  stpPriority: At<number> | undefined;
  /** `management-vlan N`. */
  managementVlan: At<number> | undefined;
  readonly secrets: SecretLine[];
  readonly unmodelled: SourceLine[];
  /**
   * Every command read, modelled or not, in file order with the block it sits in (the order
   * of a file's steps); lines holding a secret are left out, as everywhere.
   */
  readonly commands: SourceLine[];
  readonly problems: ConfigProblem[];
  /** Number of lines in the file. */
  lineCount: number;
}

/** An empty config, for the parser to fill. */
export function emptyConfig(): RunningConfig {
  return {
    header: undefined,
    hostname: undefined,
    hardware: [],
    trunks: new Map(),
    vlans: new Map(),
    interfaces: new Map(),
    acls: new Map(),
    ipRouting: undefined,
    defaultGateway: undefined,
    routes: [],
    timezone: undefined,
    daylightRule: undefined,
    timesync: undefined,
    timeServers: [],
    spanningTree: undefined,
    stpPriority: undefined,
    managementVlan: undefined,
    secrets: [],
    unmodelled: [],
    commands: [],
    problems: [],
    lineCount: 0,
  };
}
