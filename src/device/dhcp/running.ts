/**
 * A DHCP server's configuration as data, whatever software it came from (ISC dhcpd, Kea,
 * dnsmasq, a Windows `Export-DhcpServer` file): scopes with their ranges, options, lease
 * time and reservations, each with the line it was read from.
 */
import type { DhcpSoftware } from "../../site/schema.ts";
import type { At, ConfigProblem, SecretLine, SourceLine } from "../facts.ts";

/** An option value: by DHCP option code, with the values as text (addresses, names). */
export interface RunningOption {
  readonly code: number;
  /** The name the file used (`domain-name-servers`, `option:router`, `6`). */
  readonly name: string;
  readonly values: readonly string[];
  readonly line: number;
}

/** A fixed address for one MAC. */
export interface RunningReservation {
  readonly host: string | undefined;
  /** Lower-case, colon-separated. */
  readonly mac: string;
  readonly ip: string;
  readonly line: number;
}

/** A dynamic range, first and last address. */
export interface RunningRange {
  readonly start: string;
  readonly end: string;
  readonly line: number;
}

/** One scope (a subnet the server hands out addresses on). */
export interface RunningScope {
  /** `network/prefix`. */
  readonly subnet: string;
  readonly line: number;
  /** The scope's name (Windows), shared-network name, or the comment above it. */
  readonly label: string | undefined;
  /** Kea's subnet id. */
  readonly id: number | undefined;
  /** Whether the prefix was read (`false`: guessed, as for a dnsmasq range without a mask). */
  readonly prefixKnown: boolean;
  readonly ranges: RunningRange[];
  /** Options set on the scope itself, by code. */
  readonly options: Map<number, RunningOption>;
  lease: At<number> | undefined;
  readonly reservations: RunningReservation[];
}

/** A whole DHCP server configuration. */
export interface RunningDhcp {
  readonly software: DhcpSoftware;
  readonly scopes: RunningScope[];
  /** Options set for every scope, by code. */
  readonly globalOptions: Map<number, RunningOption>;
  globalLease: At<number> | undefined;
  /** Reservations not inside a scope block (dhcpd `host` declarations), before placing. */
  readonly reservations: RunningReservation[];
  readonly unmodelled: SourceLine[];
  readonly secrets: SecretLine[];
  readonly problems: ConfigProblem[];
  lineCount: number;
}

/** An empty configuration of a software, for a parser to fill. */
export function emptyDhcp(software: DhcpSoftware): RunningDhcp {
  return {
    software,
    scopes: [],
    globalOptions: new Map(),
    globalLease: undefined,
    reservations: [],
    unmodelled: [],
    secrets: [],
    problems: [],
    lineCount: 0,
  };
}

/** A new scope. */
export function newScope(
  subnet: string,
  line: number,
  extra: Partial<Pick<RunningScope, "label" | "id" | "prefixKnown">> = {},
): RunningScope {
  return {
    subnet,
    line,
    label: extra.label,
    id: extra.id,
    prefixKnown: extra.prefixKnown ?? true,
    ranges: [],
    options: new Map(),
    lease: undefined,
    reservations: [],
  };
}
