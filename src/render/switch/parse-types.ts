/** What `parseArubaConfig` reads out of an ArubaOS-Switch configuration. */
import { emptySecurityLines, type SecurityLines } from "../../device/aruba/security-lines.ts";

/** An IPv4 address on a VLAN, as written: dotted address and dotted mask (or `/len`). */
export interface ParsedAddress {
  readonly ip: string;
  readonly mask: string;
}

/** One VLAN as the config describes it. */
export interface ParsedVlan {
  readonly id: number;
  name: string | undefined;
  /** Untagged member ports, trunks expanded, sorted. */
  untagged: string[];
  /** Tagged member ports, trunks expanded, sorted. */
  tagged: string[];
  addresses: ParsedAddress[];
  /** `ip address dhcp-bootp`: the VLAN takes its address from DHCP. */
  dhcpAddress: boolean;
  helpers: string[];
  /** ACLs applied in the VLAN context: `{ name, direction }` (`in`, `out`, `vlan`, …). */
  accessGroups: { name: string; direction: string }[];
  /** `voice`: the VLAN for phones, advertised by LLDP-MED. */
  voice: boolean;
  /** `qos priority n`. */
  qosPriority: number | undefined;
}

/** One understood line, in file order: where it was, in which context, and what it said. */
export interface ParsedEvent {
  /** 1-based line number. */
  readonly line: number;
  /** `` at the top level, else `vlan 10`, `interface 5`, `acl isolate-public`. */
  readonly context: string;
  /** The command, trimmed. */
  readonly command: string;
}

/** A static route: `ip route <destination> <mask> <gateway>`. */
export interface ParsedRoute {
  readonly destination: string;
  readonly mask: string;
  readonly gateway: string;
}

/** What a config file says, as far as this parser reads it. */
export interface ParsedConfig {
  /** The first line's product number and release (`; JL256A Configuration Editor; ...`). */
  header: { productNumber: string; release: string; ignore: boolean } | undefined;
  hostname: string | undefined;
  /** `module <n> type <product>`. */
  modules: Map<number, string>;
  /** Trunk name in lower case (`trk1`) → member ports. */
  trunks: Map<string, string[]>;
  /** Trunk name → `lacp`, `trunk` or `dt-lacp`. */
  trunkModes: Map<string, string>;
  vlans: Map<number, ParsedVlan>;
  /** Friendly port names. */
  portNames: Map<string, string>;
  /** Ports with `no power-over-ethernet`. */
  poeOff: Set<string>;
  /** Ports with `disable`. */
  disabled: Set<string>;
  /** Extended and standard ACLs by name: their entries without sequence numbers. */
  acls: Map<string, string[]>;
  ipRouting: boolean;
  defaultGateway: string | undefined;
  /** `ip route 0.0.0.0 0.0.0.0 <router>`: where a routing switch sends internet traffic. */
  defaultRoute: string | undefined;
  routes: ParsedRoute[];
  /** `time timezone` in minutes east of UTC. */
  timezone: number | undefined;
  daylightRule: string | undefined;
  /** `timesync`: `sntp` or `ntp`. */
  timeSync: string | undefined;
  /** SNTP servers in priority order. */
  sntpServers: string[];
  /** DNS servers (`ip dns server-address priority`) in priority order, and the domain. */
  dnsServers: string[];
  dnsDomain: string | undefined;
  /** `snmp-server contact` and `location`. */
  snmp: { contact: string | undefined; location: string | undefined };
  /** `logging notify running-config-change`. */
  loggingNotify: boolean;
  /** `ip ssh filetransfer`. */
  sshFileTransfer: boolean;
  /** Spanning tree: enabled, bridge priority multiplier, MST region name and revision. */
  spanningTree: {
    enabled: boolean;
    priority: number | undefined;
    configName: string | undefined;
    configRevision: number | undefined;
  };
  /** `ip preserve` (only meaningful as the last line). */
  ipPreserve: boolean;
  /** Hardening: DHCP snooping, ARP and edge protection, management access, syslog, SNMPv3. */
  security: SecurityLines;
  /** Every understood line, in order. */
  events: ParsedEvent[];
  /** Lines read and not understood, 1-based line numbers (comments and blanks excluded). */
  skipped: number[];
}

/** A config that says nothing yet. */
export function emptyConfig(): ParsedConfig {
  return {
    header: undefined,
    hostname: undefined,
    modules: new Map(),
    trunks: new Map(),
    trunkModes: new Map(),
    vlans: new Map(),
    portNames: new Map(),
    poeOff: new Set(),
    disabled: new Set(),
    acls: new Map(),
    ipRouting: false,
    defaultGateway: undefined,
    defaultRoute: undefined,
    routes: [],
    timezone: undefined,
    daylightRule: undefined,
    timeSync: undefined,
    sntpServers: [],
    dnsServers: [],
    dnsDomain: undefined,
    snmp: { contact: undefined, location: undefined },
    loggingNotify: false,
    sshFileTransfer: false,
    spanningTree: {
      enabled: false,
      priority: undefined,
      configName: undefined,
      configRevision: undefined,
    },
    ipPreserve: false,
    security: emptySecurityLines(),
    events: [],
    skipped: [],
  };
}
