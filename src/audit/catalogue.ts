/**
 * The audit's catalogue: every check with its id, its severity, what it means in a sentence a
 * non-specialist can act on, whether it reads site.yaml, running configurations or both, and
 * the public guidance it comes from. The README's table of sources is written from this list.
 */

/** How much a finding matters, most first. */
export const SEVERITIES = ["high", "medium", "low"] as const;

/** A severity. */
export type AuditSeverity = (typeof SEVERITIES)[number];

/** Whether `severity` is at least as serious as `threshold`. */
export function atOrAbove(severity: AuditSeverity, threshold: AuditSeverity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}

/** What a check reads. */
export type CheckScope = "site" | "running" | "both";

/** Public guidance a check is taken from. */
export const ANCHORS = {
  hardening:
    "HPE ArubaOS-Switch Hardening Guide (16.x): insecure protocols and secure alternatives, SNMPv3, auditing and logging, management VLAN, authorized IP managers, login banner, console inactivity timer, DHCP snooping, dynamic ARP protection",
  asg: "HPE ArubaOS-Switch Access Security Guide 16.x: the hardened switch configuration overview (telnet and plain web off, SNMPv1/v2c off, console inactivity timer), DHCP snooping, dynamic ARP protection, authorized IP managers",
  atm: "HPE ArubaOS-Switch Advanced Traffic Management Guide 16.x: BPDU protection, admin-edge ports, loop protection",
  cis: "CIS Controls v8: 4 secure configuration (4.7 default accounts, 4.8 unnecessary services), 8 audit log management (8.2 collect, 8.9 centralize, 8.10 retain 90 days), 9.2 DNS filtering, 11 data recovery (11.4 isolated recovery data), 12 network infrastructure (12.2 secure architecture, 12.3 secure management), 2 and 1 inventory (supported software, assets)",
  auditors:
    "What configuration auditors of ProCurve/ArubaOS-Switch configs (such as Titania Nipper) report: clear-text management services, SNMP community strings, missing banners and timeouts",
  azure:
    "Microsoft Azure guidance: immutable blob storage for backups, Log Analytics retention, the retirement of the legacy VPN gateway SKUs (Basic, Standard, High Performance) in favour of VpnGw SKUs",
} as const;

/** A source of a check. */
export type Anchor = keyof typeof ANCHORS;

/** One check of the catalogue. */
export interface Check {
  readonly id: string;
  readonly severity: AuditSeverity;
  /** A few words: the heading of the check. */
  readonly title: string;
  /** Why it matters and what to do, in one sentence for a non-specialist. */
  readonly explanation: string;
  readonly scope: CheckScope;
  readonly anchors: readonly Anchor[];
}

/** Every check, in the order reports list them. */
export const CHECKS: readonly Check[] = [
  {
    id: "isolated-public-vlans",
    severity: "high",
    title: "Public and guest networks are isolated",
    explanation:
      "Patrons' PCs and the guest Wi-Fi must reach the internet only, never staff PCs, servers or the switches; mark those VLANs isolated: true.",
    scope: "both",
    anchors: ["cis", "hardening"],
  },
  {
    id: "management-on-public-port",
    severity: "high",
    title: "No management network on a public port",
    explanation:
      "A port the public can plug into must never give the switches' management network; move the management VLAN off it.",
    scope: "both",
    anchors: ["hardening", "cis"],
  },
  {
    id: "dhcp-snooping",
    severity: "high",
    title: "DHCP snooping on every DHCP network",
    explanation:
      "Without it, any laptop or home router plugged in can hand out addresses and take over other devices' traffic.",
    scope: "both",
    anchors: ["hardening", "asg"],
  },
  {
    id: "snooping-trust",
    severity: "high",
    title: "DHCP is trusted only on uplinks",
    explanation:
      "Only the links toward the core and the ports facing the DHCP servers may answer DHCP requests; a trusted desk or public port defeats DHCP snooping.",
    scope: "both",
    anchors: ["asg", "hardening"],
  },
  {
    id: "edge-protection",
    severity: "high",
    title: "Edge protection on public ports",
    explanation:
      "Ports the public uses need BPDU and loop protection, so a patron's switch or a looped cable shuts that one port instead of the whole network.",
    scope: "both",
    anchors: ["atm", "hardening"],
  },
  {
    id: "ssh-only",
    severity: "high",
    title: "Switches are managed over SSH only",
    explanation:
      "Telnet and the plain web interface send the manager password in clear text across the network; turn them off and use SSH (and HTTPS, if the web interface is needed).",
    scope: "both",
    anchors: ["asg", "hardening", "cis", "auditors"],
  },
  {
    id: "snmp-v1-v2c",
    severity: "high",
    title: "No SNMP v1 or v2c",
    explanation:
      "SNMP v1/v2c communities are passwords sent in clear text, and 'public' is known to everyone; remove them and use SNMPv3 if monitoring needs SNMP.",
    scope: "both",
    anchors: ["asg", "hardening", "cis", "auditors"],
  },
  {
    id: "firmware-minimum",
    severity: "high",
    title: "Switch firmware is not older than the minimum",
    explanation:
      "Old switch software has known security holes; upgrade switches running a release older than the minimum site.yaml records.",
    scope: "both",
    anchors: ["cis"],
  },
  {
    id: "licences-expired",
    severity: "high",
    title: "No licence or support contract has expired",
    explanation:
      "An expired licence or support contract means no updates or help when something breaks; renew it or record the new date.",
    scope: "site",
    anchors: ["cis"],
  },
  {
    id: "backup-immutable",
    severity: "high",
    title: "Backups are immutable",
    explanation:
      "Ransomware deletes the backups it can reach; every backup job must write to storage that cannot be changed or deleted for a while (Azure immutable storage).",
    scope: "site",
    anchors: ["cis", "azure"],
  },
  {
    id: "arp-protection",
    severity: "medium",
    title: "ARP protection on isolated and public networks",
    explanation:
      "Without it, a device on the public network can pretend to be the router and read its neighbours' traffic.",
    scope: "both",
    anchors: ["hardening", "asg"],
  },
  {
    id: "authorized-managers",
    severity: "medium",
    title: "Management only from known networks",
    explanation:
      "Switches should accept management connections only from the management network and the IT staff's own networks (authorized IP managers).",
    scope: "both",
    anchors: ["hardening", "asg", "cis"],
  },
  {
    id: "log-hosts",
    severity: "medium",
    title: "Switches send their logs to a log host",
    explanation:
      "A switch keeps only its last few log messages; send them to a log host so sign-ins and changes can be looked into later.",
    scope: "both",
    anchors: ["hardening", "cis"],
  },
  {
    id: "log-retention",
    severity: "medium",
    title: "Logs are kept at least 90 days",
    explanation:
      "An incident is often found weeks later; keep the Log Analytics logs for 90 days or more.",
    scope: "site",
    anchors: ["cis", "azure"],
  },
  {
    id: "backup-coverage",
    severity: "medium",
    title: "Every VM is backed up",
    explanation:
      "A VM without a backup job is lost for good if its disk fails or is encrypted; give it a backup class, or note why it needs none.",
    scope: "site",
    anchors: ["cis"],
  },
  {
    id: "asset-lifespan",
    severity: "medium",
    title: "No equipment is past its lifespan",
    explanation:
      "Equipment past its planned life fails more often and may no longer get updates; plan and budget its replacement.",
    scope: "site",
    anchors: ["cis"],
  },
  {
    id: "guest-dns",
    severity: "medium",
    title: "Guest networks use public or filtered DNS",
    explanation:
      "Guest devices should get public DNS resolvers (or the library's filtering ones), not the internal servers that know every staff machine's name.",
    scope: "site",
    anchors: ["cis"],
  },
  {
    id: "vpn-sku",
    severity: "medium",
    title: "The VPN gateway has a current SKU",
    explanation:
      "Azure is retiring the legacy VPN gateway sizes (Basic, Standard, High Performance); use a VpnGw size.",
    scope: "site",
    anchors: ["azure"],
  },
  {
    id: "unused-ports",
    severity: "medium",
    title: "Unused ports are disabled",
    explanation:
      "An unused port left on lets anyone plug into the network in a quiet corner; disable it until it is needed.",
    scope: "running",
    anchors: ["hardening", "cis"],
  },
  {
    id: "include-credentials",
    severity: "medium",
    title: "Passwords are not stored in the configuration",
    explanation:
      "With include-credentials, every copy of the configuration file (backups, tickets, this folder) holds the switch's passwords and keys.",
    scope: "running",
    anchors: ["hardening"],
  },
  {
    id: "firmware-unknown",
    severity: "low",
    title: "Each switch's firmware release is recorded",
    explanation:
      "Without the release a switch runs, nobody can tell whether it needs an upgrade; record it with firmware: (as 'show version' prints it).",
    scope: "site",
    anchors: ["cis"],
  },
  {
    id: "renewals-soon",
    severity: "low",
    title: "Renewals coming up in the next 90 days",
    explanation:
      "A licence or contract ends within 90 days; start the renewal now so there is no gap.",
    scope: "site",
    anchors: ["cis"],
  },
  {
    id: "login-banner",
    severity: "low",
    title: "A login banner warns against unauthorized use",
    explanation:
      "A banner tells anyone who connects that the switch is for authorized staff only, which helps if misuse ever has to be pursued.",
    scope: "both",
    anchors: ["hardening", "auditors"],
  },
  {
    id: "idle-timeout",
    severity: "low",
    title: "Idle sessions are closed",
    explanation:
      "A management session left open on an unattended laptop or console can be used by anyone; close idle sessions after a few minutes.",
    scope: "both",
    anchors: ["asg", "hardening", "auditors"],
  },
  {
    id: "arp-static-hosts",
    severity: "low",
    title: "No fixed addresses on ARP-protected networks",
    explanation:
      "ARP protection only trusts addresses it saw DHCP hand out, so a device with a fixed address there is cut off; give it a DHCP reservation instead.",
    scope: "site",
    anchors: ["asg"],
  },
];

/** A check by id; throws for an unknown id (a bug in Carrel, not in the input). */
export function check(id: string): Check {
  const found = CHECKS.find((c) => c.id === id);
  if (!found) throw new Error(`no audit check '${id}'`);
  return found;
}
