/**
 * The `security:` section of site.yaml and its per-VLAN and per-port overrides: how the
 * switches are hardened (DHCP snooping, ARP protection, edge-port protection, management
 * access, logging, SNMPv3, unused ports) and what the audit compares against (minimum
 * firmware, filtered DNS resolvers). Every key has a default good enough to keep, so a site
 * without the section is hardened too. `schema.ts` places these; their cross-field checks are
 * in `rules/security.ts`.
 */
import { z } from "zod";
import { firmwareRelease } from "./schema-switching.ts";
import { line } from "./text.ts";

const OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const IP = `${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}`;

const quoted = (input: unknown) =>
  typeof input === "string" ? `'${input}'` : (JSON.stringify(input) ?? String(input));

const address = z.string().regex(new RegExp(`^${IP}$`), {
  error: (iss) => `${quoted(iss.input)} is not an IPv4 address (like 10.20.10.5)`,
});

const network = z.string().regex(new RegExp(`^${IP}/(3[0-2]|[12]?\\d)$`), {
  error: (iss) => `${quoted(iss.input)} is not an IPv4 network in CIDR form (like 10.20.20.64/27)`,
});

/**
 * The switch's syslog severities, most severe first (M&C, "Debug and syslog": the Event Log
 * classes M, E, W, I, D). A level sends that class and every more severe one.
 */
export const LOG_SEVERITIES = ["major", "error", "warning", "info", "debug"] as const;

/** The syslog facilities the switch can tag its messages with (M&C, "logging facility"). */
export const LOG_FACILITIES = [
  "kern",
  "user",
  "mail",
  "daemon",
  "auth",
  "syslog",
  "lpr",
  "news",
  "uucp",
  "cron",
  "local0",
  "local1",
  "local2",
  "local3",
  "local4",
  "local5",
  "local6",
  "local7",
] as const;

/** What a port faces; it decides trust and edge protection (see `model/port-facing.ts`). */
export const PORT_FACINGS = ["switch", "server", "ap", "device"] as const;

/** The console and SSH idle timeouts the switch offers, in minutes (0 never times out). */
export const IDLE_TIMEOUTS = [0, 1, 5, 10, 15, 20, 30, 60, 120] as const;

/** Longest login banner the switch keeps, line breaks included (M&C, "banner motd"). */
export const BANNER_MAX = 3070;

/** One line of the login banner: plain ASCII without the characters its quotes cannot hold. */
const bannerLine = line(80, {
  what: "a banner line",
  why: "a terminal shows 80 characters a line",
  ascii: "the switch stores its banner as plain ASCII",
  refuse: { chars: '"\\', why: "the switch's quoted banner cannot hold" },
  form: (text) =>
    /^\s*[;!]/.test(text)
      ? "starts with ; or !, which a configuration file reads as a comment"
      : undefined,
});

const dhcpSnooping = z.strictObject({
  enabled: z.boolean().default(true).meta({
    description: "DHCP snooping on every DHCP-served VLAN (a patron cannot hand out addresses)",
  }),
  option82: z.boolean().default(false).meta({
    description:
      "Access switches add DHCP option 82 (which switch and port a request came from) and cores keep it; only for DHCP servers that use it",
  }),
});

const edgePorts = z.strictObject({
  enabled: z.boolean().default(true).meta({
    description:
      "admin-edge-port, BPDU protection and loop protection on every port facing a device (not a switch, server or access point)",
  }),
  reenableMinutes: z.number().int().min(0).max(10080).default(5).meta({
    description:
      "Minutes a port shut by BPDU or loop protection stays off before it tries again; 0 keeps it off until someone re-enables it",
  }),
});

const management = z.strictObject({
  adminSubnets: z.array(network).default([]).meta({
    description:
      "Networks besides the management VLAN from which administrators may manage the switches (ip authorized-managers)",
  }),
  web: z
    .enum(["off", "ssl"])
    .default("off")
    .meta({ description: "The switches' web interface: off, or HTTPS only (ssl)" }),
  banner: z.array(bannerLine).max(30).optional().meta({
    description:
      'The login banner, one entry per line (plain ASCII, no " or \\). Default: a notice naming the library',
  }),
  idleTimeout: z
    .literal(IDLE_TIMEOUTS)
    .default(10)
    .meta({ description: "Minutes before an idle console or SSH session is closed" }),
});

const logging = z.strictObject({
  hosts: z
    .array(line(100, { min: 1 }))
    .default([])
    .meta({
      description:
        "Syslog receivers: names of hosts or VMs declared in this file, addresses, or log-analytics (azure.logAnalytics.collector)",
    }),
  severity: z
    .enum(LOG_SEVERITIES)
    .default("info")
    .meta({ description: "Least severe messages sent: major, error, warning, info or debug" }),
  facility: z
    .enum(LOG_FACILITIES)
    .default("local7")
    .meta({ description: "Syslog facility the switches' messages carry (local0-local7, user...)" }),
});

const snmp = z.strictObject({
  v3: z.boolean().default(false).meta({
    description:
      "SNMPv3 only; users and pass phrases are typed in at delivery from the password manager, never written here",
  }),
});

const unusedPorts = z.strictObject({
  parkingVlan: z.number().int().optional().meta({
    description: "A VLAN id no site VLAN uses: unused ports sit in it (disabled) instead of VLAN 1",
  }),
});

/** The whole `security:` section. */
export const securitySection = z
  .strictObject({
    dhcpSnooping: dhcpSnooping.prefault({}),
    arpProtection: z.boolean().default(true).meta({
      description: "Dynamic ARP protection on isolated, public and guest VLANs",
    }),
    edgePorts: edgePorts.prefault({}),
    management: management.prefault({}),
    logging: logging.prefault({}),
    snmp: snmp.prefault({}),
    unusedPorts: unusedPorts.prefault({}),
    firmwareMinimum: z
      .record(line(64, { min: 1 }), firmwareRelease)
      .default({})
      .meta({
        description:
          "The oldest release each switch model (model key) or software family (WC, YC, YA) may run; the audit flags older ones",
      }),
    filteredResolvers: z.array(address).default([]).meta({
      description:
        "The site's own filtering DNS resolvers, which guest networks may hand out besides public ones",
    }),
  })
  .meta({ description: "How the switches are hardened, and what `carrel audit` checks against" });

/** Per-VLAN overrides: `network.vlans[].security`. */
export const vlanSecurity = z
  .strictObject({
    dhcpSnooping: z
      .boolean()
      .optional()
      .meta({ description: "Overrides security.dhcpSnooping.enabled" }),
    arpProtection: z.boolean().optional().meta({
      description: "Overrides the default (on for isolated, public and guest VLANs)",
    }),
  })
  .meta({ description: "This VLAN's exceptions to the security section" });

/** Per-port overrides: `network.switches[].ports[].security`. */
export const portSecurity = z
  .strictObject({
    facing: z.enum(PORT_FACINGS).optional().meta({
      description:
        "What is plugged in: switch, server, ap or device. Default: guessed from connects, lag and the VLANs' purposes",
    }),
    trusted: z.boolean().optional().meta({
      description:
        "Trust DHCP servers and ARP on these ports. Default: links toward a core switch and ports facing the DHCP servers",
    }),
    edgeProtection: z.boolean().optional().meta({
      description:
        "admin-edge-port, BPDU and loop protection. Default: on for ports facing a device",
    }),
  })
  .meta({ description: "These ports' exceptions to the security section" });

/** The parsed section, defaults applied. */
export type SecuritySection = z.output<typeof securitySection>;
/** A VLAN's overrides. */
export type VlanSecurity = z.output<typeof vlanSecurity>;
/** A port entry's overrides. */
export type PortSecurity = z.output<typeof portSecurity>;
/** What a port faces. */
export type PortFacing = (typeof PORT_FACINGS)[number];
/** The defaults, as a site without the section gets them. */
export const SECURITY_DEFAULTS: SecuritySection = securitySection.parse({});
