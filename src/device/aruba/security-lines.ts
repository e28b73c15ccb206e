/**
 * The hardening commands of an ArubaOS-Switch configuration, read one line at a time: DHCP
 * snooping, dynamic ARP protection, edge-port protection, management access, the login
 * banner, syslog and SNMPv3. The running-config parser keeps these lines among those it does
 * not model (so drift still compares them line by line); the audit, the import report and
 * the render tests read them from there with this reader.
 *
 * Ports are kept as written (`5`, `A5`, `1/5`), trunks in lower case (`trk1`), each with the
 * line that set it. Syntax: ASG "DHCP snooping", "Dynamic ARP protection", "Using authorized IP
 * managers", "Web and MAC authentication" (web-management); ATM "BPDU protection", "Loop
 * protection"; M&C "Debug and syslog", "Banner", "SNMPv3", "Console inactivity timer".
 */
import type { At } from "../facts.ts";
import { unquote } from "./lines.ts";
import { expandMembers } from "./ports.ts";

/** The hardening a configuration holds, as far as these commands say. */
export interface SecurityLines {
  /** Line of `dhcp-snooping` (on). */
  snooping: number | undefined;
  readonly snoopingVlans: Map<number, number>;
  readonly authorizedServers: At<string>[];
  /** `no dhcp-snooping option 82` (off), `dhcp-snooping option 82 untrusted-policy keep` (keep). */
  option82: At<"off" | "keep" | "insert"> | undefined;
  /** Ports and trunks DHCP snooping trusts. */
  readonly snoopingTrust: Map<string, number>;
  /** Line of `arp-protect` (on). */
  arp: number | undefined;
  readonly arpVlans: Map<number, number>;
  readonly arpTrust: Map<string, number>;
  readonly adminEdge: Map<string, number>;
  readonly bpduProtection: Map<string, number>;
  readonly loopProtect: Map<string, number>;
  bpduTimeout: At<number> | undefined;
  loopDisableTimer: At<number> | undefined;
  readonly managers: { readonly network: string; readonly mask: string; readonly line: number }[];
  /** Line of `no telnet-server`. */
  telnetOff: number | undefined;
  /** Line of `no web-management` (plaintext off). */
  webPlaintextOff: number | undefined;
  /** Line of `web-management ssl`. */
  webSsl: number | undefined;
  /** Line of `ip ssh`. */
  ssh: number | undefined;
  /** Line of `no ip ssh`. */
  sshOff: number | undefined;
  consoleTimeout: At<number> | undefined;
  /** The banner's text (line breaks included) and the line it starts on. */
  banner: At<string> | undefined;
  readonly logHosts: At<string>[];
  logSeverity: At<string> | undefined;
  logFacility: At<string> | undefined;
  /** Line of `snmpv3 enable`. */
  snmpv3: number | undefined;
  /** Line of `snmpv3 only`. */
  snmpv3Only: number | undefined;
  /** Line of `include-credentials`: passwords and keys are stored in the configuration. */
  includeCredentials: number | undefined;
}

/** Nothing said yet. */
export function emptySecurityLines(): SecurityLines {
  return {
    snooping: undefined,
    snoopingVlans: new Map(),
    authorizedServers: [],
    option82: undefined,
    snoopingTrust: new Map(),
    arp: undefined,
    arpVlans: new Map(),
    arpTrust: new Map(),
    adminEdge: new Map(),
    bpduProtection: new Map(),
    loopProtect: new Map(),
    bpduTimeout: undefined,
    loopDisableTimer: undefined,
    managers: [],
    telnetOff: undefined,
    webPlaintextOff: undefined,
    webSsl: undefined,
    ssh: undefined,
    sshOff: undefined,
    consoleTimeout: undefined,
    banner: undefined,
    logHosts: [],
    logSeverity: undefined,
    logFacility: undefined,
    snmpv3: undefined,
    snmpv3Only: undefined,
    includeCredentials: undefined,
  };
}

/** The highest VLAN id 802.1Q allows. */
export const MAX_VLAN_ID = 4094;

/**
 * VLAN ids of `20 30 50-70` or `20,30,50-70`; undefined when unreadable or when an id is
 * not one of 1-4094.
 */
export function vlanIds(text: string): number[] | undefined {
  const ids: number[] = [];
  for (const part of text.trim().split(/[\s,]+/)) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!m) return undefined;
    const from = Number(m[1]);
    const to = Number(m[2] ?? m[1]);
    if (from < 1 || to > MAX_VLAN_ID || to < from) return undefined;
    for (let id = from; id <= to; id++) ids.push(id);
  }
  return ids;
}

function members(text: string): string[] | undefined {
  return expandMembers(text)?.map((m) => (/^trk\d+$/i.test(m) ? m.toLowerCase() : m));
}

function mark(
  map: Map<string, number>,
  list: readonly string[] | undefined,
  line: number,
): boolean {
  if (!list) return false;
  for (const m of list) map.set(m, line);
  return true;
}

/** A command inside an `interface` block for `ports` (trunks in lower case). */
function interfaceLine(
  s: SecurityLines,
  ports: readonly string[],
  text: string,
  line: number,
): boolean {
  switch (text) {
    case "dhcp-snooping trust":
      return mark(s.snoopingTrust, ports, line);
    case "arp-protect trust":
      return mark(s.arpTrust, ports, line);
    case "spanning-tree admin-edge-port":
      return mark(s.adminEdge, ports, line);
    case "spanning-tree bpdu-protection":
      return mark(s.bpduProtection, ports, line);
    case "loop-protect":
      return mark(s.loopProtect, ports, line);
    default:
      return false;
  }
}

/** A top-level command. */
function topLine(s: SecurityLines, text: string, line: number): boolean {
  let m: RegExpExecArray | null;
  if (text === "dhcp-snooping") s.snooping = line;
  else if ((m = /^dhcp-snooping\s+vlan\s+(.+)$/.exec(text))) {
    const ids = vlanIds(m[1]!);
    if (!ids) return false;
    for (const id of ids) s.snoopingVlans.set(id, line);
  } else if ((m = /^dhcp-snooping\s+authorized-server\s+(\d+\.\d+\.\d+\.\d+)$/.exec(text)))
    s.authorizedServers.push({ value: m[1]!, line });
  else if (text === "no dhcp-snooping option 82") s.option82 = { value: "off", line };
  else if (/^dhcp-snooping\s+option\s+82\b/.test(text))
    s.option82 = { value: /untrusted-policy\s+keep/.test(text) ? "keep" : "insert", line };
  else if ((m = /^dhcp-snooping\s+trust\s+(\S+)$/.exec(text)))
    return mark(s.snoopingTrust, members(m[1]!), line);
  else if (text === "arp-protect") s.arp = line;
  else if ((m = /^arp-protect\s+vlan\s+(.+)$/.exec(text))) {
    const ids = vlanIds(m[1]!);
    if (!ids) return false;
    for (const id of ids) s.arpVlans.set(id, line);
  } else if ((m = /^arp-protect\s+trust\s+(\S+)$/.exec(text)))
    return mark(s.arpTrust, members(m[1]!), line);
  else if ((m = /^spanning-tree\s+(\S+)\s+(admin-edge-port|bpdu-protection)$/.exec(text)))
    return mark(m[2] === "admin-edge-port" ? s.adminEdge : s.bpduProtection, members(m[1]!), line);
  else if ((m = /^spanning-tree\s+bpdu-protection-timeout\s+(\d+)$/.exec(text)))
    s.bpduTimeout = { value: Number(m[1]), line };
  else if ((m = /^loop-protect\s+disable-timer\s+(\d+)$/.exec(text)))
    s.loopDisableTimer = { value: Number(m[1]), line };
  else if ((m = /^loop-protect\s+([0-9A-Za-z/,-]+)$/.exec(text)) && !/^(trap|mode)$/.test(m[1]!))
    return mark(s.loopProtect, members(m[1]!), line);
  else if (
    (m =
      /^ip\s+authorized-managers\s+(\d+\.\d+\.\d+\.\d+)(?:\s+(\d+\.\d+\.\d+\.\d+))?(?:\s+access\s+(?:manager|operator))?(?:\s+access-method\s+\S+)?$/.exec(
        text,
      ))
  )
    s.managers.push({ network: m[1]!, mask: m[2] ?? "255.255.255.255", line });
  else if (text === "no telnet-server") s.telnetOff = line;
  else if (text === "telnet-server") s.telnetOff = undefined;
  else if (text === "no web-management" || text === "no web-management plaintext")
    s.webPlaintextOff = line;
  else if (text === "web-management ssl") s.webSsl = line;
  else if (text === "web-management" || text === "web-management plaintext")
    s.webPlaintextOff = undefined;
  else if (text === "ip ssh") s.ssh = line;
  else if (text === "no ip ssh") s.sshOff = line;
  else if ((m = /^console\s+inactivity-timer\s+(\d+)$/.exec(text)))
    s.consoleTimeout = { value: Number(m[1]), line };
  else if ((m = /^banner\s+motd\s+("[\s\S]*")$/.exec(text)))
    s.banner = { value: unquote(m[1]!), line };
  else if ((m = /^logging\s+(\d+\.\d+\.\d+\.\d+)(?:\s+.*)?$/.exec(text)))
    s.logHosts.push({ value: m[1]!, line });
  else if ((m = /^logging\s+severity\s+(\S+)$/.exec(text))) s.logSeverity = { value: m[1]!, line };
  else if ((m = /^logging\s+facility\s+(\S+)$/.exec(text))) s.logFacility = { value: m[1]!, line };
  else if (text === "snmpv3 enable") s.snmpv3 = line;
  else if (text === "snmpv3 only") s.snmpv3Only = line;
  else if (text === "include-credentials") s.includeCredentials = line;
  else return false;
  return true;
}

/**
 * Reads one (trimmed) line into `s`: at the top level when `ports` is undefined, else inside
 * an `interface` block for those ports. True when the line is one of these commands.
 */
export function securityLine(
  s: SecurityLines,
  text: string,
  line: number,
  ports?: readonly string[],
): boolean {
  return ports === undefined ? topLine(s, text, line) : interfaceLine(s, ports, text, line);
}
