/**
 * The switch-wide settings Carrel writes besides the hardening, read one line at a time: DNS
 * servers and domain, SNMP contact and location, the change log, SFTP, `ip preserve`, the
 * spanning-tree region, and the voice VLAN with its priority. Like the hardening commands,
 * the running-config parser keeps these among the lines it does not model, so drift still
 * compares them line by line; this reader gives them back as facts (tests, import report).
 *
 * Syntax: M&C "DNS resolver", "SNMP contact and location", "Debug and syslog"; ATM "MSTP";
 * ASG "Secure Copy and SFTP"; ATM "Voice VLANs", "Quality of service".
 */
import type { At } from "../facts.ts";
import { unquote } from "./lines.ts";

/** What these commands say. */
export interface SettingsLines {
  /** `ip dns server-address priority N <ip>`, in priority order once read. */
  readonly dnsServers: (At<string> & { readonly priority: number })[];
  dnsDomain: At<string> | undefined;
  snmpContact: At<string> | undefined;
  snmpLocation: At<string> | undefined;
  /** Line of `logging notify running-config-change`. */
  loggingNotify: number | undefined;
  /** Line of `ip ssh filetransfer`. */
  sshFileTransfer: number | undefined;
  /** Line of `ip preserve`. */
  ipPreserve: number | undefined;
  /** MST region: `spanning-tree config-name` and `config-revision`. */
  stpConfigName: At<string> | undefined;
  stpConfigRevision: At<number> | undefined;
  /** VLANs marked `voice`, with the line. */
  readonly voiceVlans: Map<number, number>;
  /** `qos priority N` by VLAN. */
  readonly qosPriority: Map<number, At<number>>;
}

/** Nothing said yet. */
export function emptySettingsLines(): SettingsLines {
  return {
    dnsServers: [],
    dnsDomain: undefined,
    snmpContact: undefined,
    snmpLocation: undefined,
    loggingNotify: undefined,
    sshFileTransfer: undefined,
    ipPreserve: undefined,
    stpConfigName: undefined,
    stpConfigRevision: undefined,
    voiceVlans: new Map(),
    qosPriority: new Map(),
  };
}

function vlanLine(s: SettingsLines, vlan: number, text: string, line: number): boolean {
  let m: RegExpExecArray | null;
  if (text === "voice") s.voiceVlans.set(vlan, line);
  else if (text === "no voice") s.voiceVlans.delete(vlan);
  else if ((m = /^qos\s+priority\s+([0-7])$/.exec(text)))
    s.qosPriority.set(vlan, { value: Number(m[1]), line });
  else return false;
  return true;
}

function topLine(s: SettingsLines, text: string, line: number): boolean {
  let m: RegExpExecArray | null;
  if ((m = /^ip\s+dns\s+server-address\s+priority\s+(\d+)\s+(\d+\.\d+\.\d+\.\d+)$/.exec(text))) {
    s.dnsServers.push({ value: m[2]!, priority: Number(m[1]), line });
    s.dnsServers.sort((a, b) => a.priority - b.priority);
  } else if ((m = /^ip\s+dns\s+domain-name\s+(.+)$/.exec(text)))
    s.dnsDomain = { value: unquote(m[1]!), line };
  else if ((m = /^snmp-server\s+contact\s+(.+)$/.exec(text)))
    s.snmpContact = { value: unquote(m[1]!), line };
  else if ((m = /^snmp-server\s+location\s+(.+)$/.exec(text)))
    s.snmpLocation = { value: unquote(m[1]!), line };
  else if (text === "logging notify running-config-change") s.loggingNotify = line;
  else if (text === "ip ssh filetransfer") s.sshFileTransfer = line;
  else if (text === "ip preserve") s.ipPreserve = line;
  else if ((m = /^spanning-tree\s+config-name\s+(.+)$/.exec(text)))
    s.stpConfigName = { value: unquote(m[1]!), line };
  else if ((m = /^spanning-tree\s+config-revision\s+(\d+)$/.exec(text)))
    s.stpConfigRevision = { value: Number(m[1]), line };
  else return false;
  return true;
}

/**
 * Reads one (trimmed) line into `s`: at the top level when `context` is undefined, else in
 * the block `context` names (`vlan 70`). True when the line is one of these commands.
 */
export function settingLine(
  s: SettingsLines,
  text: string,
  line: number,
  context: string | undefined,
): boolean {
  if (context === undefined) return topLine(s, text, line);
  const vlan = /^vlan\s+(\d+)$/.exec(context);
  return vlan ? vlanLine(s, Number(vlan[1]), text, line) : false;
}
