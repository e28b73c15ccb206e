/**
 * The hardening parts of one switch's configuration, from the model's security facts: the
 * switch-wide settings written with the other globals (SSH, idle timeout, banner, syslog),
 * DHCP snooping after the VLANs, loop and ARP protection after the ports, and the management
 * restrictions last, where a pasted file can no longer cut off the session that pastes it.
 */
import type { SiteModel } from "../../site/model/site-model.ts";
import type { SwitchSecurity } from "../../site/model/switch-security.ts";
import type { MemberSet } from "./vlan-blocks.ts";

/** Switch-wide settings among the globals. */
export interface AccessGlobals {
  readonly idleTimeout: number;
  /** The login banner, lines joined by line breaks. */
  readonly banner: string | null;
  readonly logHosts: readonly string[];
  readonly logSeverity: string;
  readonly logFacility: string;
}

/** DHCP snooping, written after the VLANs it names. */
export interface SnoopingStep {
  readonly authorizedServers: readonly string[];
  /** `no dhcp-snooping option 82`. */
  readonly option82Off: boolean;
  /** `dhcp-snooping option 82 untrusted-policy keep`: a core keeps what access switches add. */
  readonly option82Keep: boolean;
  /** `20 30 50-70`. */
  readonly vlans: string;
}

/** Loop and ARP protection, written after the ports (their trust and edge settings come first). */
export interface ProtectionStep {
  readonly loopProtect: MemberSet;
  /** `spanning-tree bpdu-protection-timeout` and `loop-protect disable-timer`, in seconds. */
  readonly reenableSeconds: number;
  /** `30 50`, or null without ARP protection. */
  readonly arpVlans: string | null;
}

/** The last step's management restrictions. */
export interface ManagementAccess {
  readonly managers: readonly string[];
  readonly webSsl: boolean;
  readonly snmpV3: boolean;
}

/** VLAN ids as the switch lists them: ranges joined by `-`, separated by spaces. */
export function vlanList(ids: readonly number[]): string {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j > i ? `${sorted[i]}-${sorted[j]}` : String(sorted[i]));
    i = j;
  }
  return parts.join(" ");
}

/** The globals the site's security settings add. */
export function accessGlobals(model: SiteModel): AccessGlobals {
  const security = model.security;
  const logging = security.settings.logging;
  return {
    idleTimeout: security.settings.management.idleTimeout,
    banner: security.banner.length > 0 ? security.banner.join("\n") : null,
    logHosts: security.logHosts.map((h) => h.address),
    logSeverity: logging.severity,
    logFacility: logging.facility,
  };
}

/** DHCP snooping for a switch, or null when it watches no VLAN. */
export function snoopingStep(sec: SwitchSecurity): SnoopingStep | null {
  if (sec.snoopingVlans.length === 0) return null;
  return {
    authorizedServers: sec.authorizedServers,
    option82Off: sec.option82 === "off",
    option82Keep: sec.option82 === "keep",
    vlans: vlanList(sec.snoopingVlans),
  };
}

/** Loop protection on the edge ports and ARP protection. */
export function protectionStep(model: SiteModel, sec: SwitchSecurity): ProtectionStep {
  const edge = [...sec.ports.values()].filter((p) => p.edgeProtection);
  return {
    loopProtect: {
      ports: edge.filter((p) => !p.lag).map((p) => p.port),
      lags: [...new Set(edge.flatMap((p) => (p.lag ? [p.lag] : [])))],
    },
    reenableSeconds: model.security.settings.edgePorts.reenableMinutes * 60,
    arpVlans: sec.arpVlans.length > 0 ? vlanList(sec.arpVlans) : null,
  };
}

/** Who may manage the switch, and how. */
export function managementAccess(model: SiteModel, sec: SwitchSecurity): ManagementAccess {
  const settings = model.security.settings;
  return {
    managers: sec.managers.map((m) => `${m.network} ${m.mask}`),
    webSsl: settings.management.web === "ssl",
    snmpV3: settings.snmp.v3,
  };
}
