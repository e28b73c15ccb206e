/**
 * The shape of site.yaml as a zod schema: types, required keys and defaults.
 *
 * This is the first layer of validation. Cross-field rules (R1-R33) live in
 * `rules/` as plain functions over the parsed `Site`. Every object is strict, so
 * a misspelt key is reported (with a "did you mean") instead of silently ignored.
 */
import { z } from "zod";
import { DURATION_PATTERN, durationSeconds, LEASE_LIMITS } from "./duration.ts";
import {
  azureContainer,
  azureRegion,
  azureResourceGroup,
  dnsName,
  dnsNameOrAddress,
  email,
  fileName,
  folderPath,
  groupName,
  identifier,
  vsphereName,
} from "./name-types.ts";
import { line, multiline } from "./text.ts";
import { date } from "./schema-values.ts";
import { publicDns } from "./schema-public-dns.ts";
import { room } from "./schema-rooms.ts";
import { service } from "./schema-services.ts";
import {
  firmwareFamily,
  firmwareRelease,
  productNumber,
  switchCapabilities,
  vlanAllow,
} from "./schema-switching.ts";
import { portSecurity, securitySection, vlanSecurity } from "./schema-security.ts";

const OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const IP_PATTERN = `${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}`;

const quoted = (input: unknown) =>
  typeof input === "string" ? `'${input}'` : (JSON.stringify(input) ?? String(input));

/** An IPv4 address in dotted-quad form. */
export const ipv4 = z
  .string()
  .regex(new RegExp(`^${IP_PATTERN}$`), {
    error: (iss) => `${quoted(iss.input)} is not an IPv4 address (like 10.20.10.5)`,
  })
  .meta({ description: "IPv4 address, e.g. 10.20.10.5" });

/** An IPv4 network in CIDR form. */
export const cidr = z
  .string()
  .regex(new RegExp(`^${IP_PATTERN}/(3[0-2]|[12]?\\d)$`), {
    error: (iss) => `${quoted(iss.input)} is not an IPv4 network in CIDR form (like 10.20.10.0/24)`,
  })
  .meta({ description: "IPv4 network in CIDR form, e.g. 10.20.10.0/24" });

/** A calendar date written YYYY-MM-DD. */
export { date };

/** A hostname label: letters, digits and hyphens, checked in detail by rule R3. */
const hostname = line(63, { min: 1, what: "a host name" }).meta({
  description: "Host name: letters, digits and hyphens",
});

/** A reference to a name declared elsewhere (a VLAN, a location, a group): R4 resolves it. */
const name = line(100, { min: 1 });

/** Text meant for the docs only: may span several lines. */
const docsText = multiline(1000).meta({
  description: "Shown in the docs only; may span several lines",
});

/** Notes for the docs: may span several lines. */
const notes = multiline(2000).meta({
  description: "Shown in the docs only; may span several lines",
});

/** Text that goes into a switch configuration as a quoted string. */
const SWITCH_STRING = {
  ascii: "the switch stores its names as plain ASCII",
  refuse: {
    chars: '"\\',
    why: "a switch configuration cannot hold inside a quoted name",
  },
} as const;

/**
 * A DHCP lease time: `8h`, `30m`, `1d`, `2w`, or seconds as a number. Parsed to seconds
 * here, once; a lease no DHCP server Carrel renders for would accept is refused at its line.
 */
export const leaseTime = z
  .union([
    z.string().regex(DURATION_PATTERN, {
      error: (iss) =>
        `${quoted(iss.input)} is not a duration; write a number with s, m, h, d or w (like 8h)`,
    }),
    z.number().int({ error: (iss) => `${quoted(iss.input)} is not a whole number of seconds` }),
  ])
  .transform((written, ctx) => {
    const seconds = durationSeconds(written) ?? Number.MAX_SAFE_INTEGER;
    const problem =
      seconds <= 0
        ? "is no time at all; a lease lasts from 2 minutes to 999 days (like 8h)"
        : seconds < LEASE_LIMITS.minSeconds
          ? "is shorter than 2 minutes, the shortest lease dnsmasq hands out; write 2m or more"
          : seconds > LEASE_LIMITS.maxSeconds
            ? "is longer than 999 days, the longest lease Windows DHCP accepts; a device that must keep its address needs a reservation instead"
            : undefined;
    if (problem === undefined) return seconds;
    ctx.addIssue({ code: "custom", input: written, message: `${quoted(written)} ${problem}` });
    return z.NEVER;
  })
  .meta({ description: "Lease time such as 8h, 30m, 1d, or seconds (2 minutes to 999 days)" });

const portList = z
  .union([line(100, { min: 1 }), z.number().int().positive()])
  .meta({ description: "Port list: 5, 1-8 or 1,3,5-7" });

const location = z.strictObject({
  id: line(64, { min: 1 }).meta({
    description: "Short id that switches, ports and assets refer to",
  }),
  name: line(100, { min: 1 }),
  description: docsText.optional(),
});

/** A person to call. */
export const contact = z.strictObject({
  name: line(100, { min: 1 }),
  role: line(100).optional(),
  email: email().optional(),
  phone: line(40).optional(),
  onCall: z.boolean().default(false),
  notes: notes.optional(),
});

const vendor = z.strictObject({
  name: line(100, { min: 1 }),
  provides: z
    .array(line(64))
    .default([])
    .meta({ description: "What they supply, e.g. [internet] for the internet provider" }),
  phone: line(40).optional(),
  email: email().optional(),
  website: line(2048).optional(),
  contract: line(100).optional(),
  contractEnds: date.optional(),
  notes: notes.optional(),
});

const credentialEntry = z.strictObject({
  name: line(200, { min: 1 }).meta({ description: "The entry's name in the password manager" }),
  for: line(200, { min: 1 }).meta({
    description: "What the account opens (switches, vCenter...)",
  }),
  heldBy: z
    .array(line(100, { min: 1 }))
    .default([])
    .meta({ description: "Roles (or names) of the contacts who hold this account" }),
});

/** Where credentials are kept: a pointer only, never a secret. */
const credentials = z.strictObject({
  manager: line(200, { min: 1 }).meta({
    description: "The password manager (and vault) that holds the library's accounts",
  }),
  entries: z.array(credentialEntry).default([]),
});

const siteInfo = z.strictObject({
  name: line(100, { min: 1, what: "the library's name" }).meta({
    description: "The library's name",
  }),
  code: line(100).meta({ description: "Short id [a-z][a-z0-9-]{1,15}; prefixes resource names" }),
  timezone: line(64).meta({ description: "IANA time zone, e.g. America/New_York" }),
  address: line(200).optional(),
  domain: dnsName().meta({ description: "Internal DNS / Active Directory domain" }),
  locations: z.array(location).default([]),
  contacts: z.array(contact).default([]),
  vendors: z.array(vendor).default([]),
  currency: line(16)
    .default("USD")
    .meta({ description: "ISO 4217 code of every cost in this file (USD, EUR, GBP...)" }),
  repository: line(2048)
    .optional()
    .meta({ description: "Where this site's repository lives, e.g. https://github.com/..." }),
  credentials: credentials
    .optional()
    .meta({ description: "Where the accounts' passwords are kept: names only, never a secret" }),
});

/** VLAN purposes: drive defaults (guest VLANs get no domain name) and the docs' wording. */
export const VLAN_PURPOSES = [
  "servers",
  "staff",
  "public",
  "guest",
  "management",
  "voip",
  "media-lab",
  "printers",
  "cameras",
  "iot",
  "other",
] as const;

const host = z.strictObject({
  host: hostname,
  ip: ipv4,
  mac: line(32).optional(),
  description: docsText.optional(),
});

const reservation = z.strictObject({
  host: hostname,
  mac: line(32).meta({
    description: "MAC address; 02:1b:78:00:20:01, 02-1B-..., 021b.7800.2001",
  }),
  ip: ipv4,
  description: docsText.optional(),
});

const dhcpOptionValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.union([z.string(), z.number()])),
]);

const vlanDhcp = z.strictObject({
  range: z
    .string()
    .regex(new RegExp(`^ *${IP_PATTERN} *- *${IP_PATTERN} *$`), {
      error: (iss) =>
        `${quoted(iss.input)} is not an address range; write it as first-last (like 10.20.20.100-10.20.20.250)`,
    })
    .meta({ description: "Dynamic range, first-last" }),
  leaseTime: leaseTime.prefault("8h"),
  dns: z.array(ipv4).optional().meta({ description: "Overrides network.dns for this VLAN" }),
  ntp: z.array(ipv4).optional(),
  domain: dnsName().optional().meta({ description: "Overrides site.domain for this VLAN" }),
  options: z
    .record(z.string(), dhcpOptionValue)
    .default({})
    .meta({ description: "Extra DHCP options by name, e.g. tftp-server-name" }),
});

const vlan = z.strictObject({
  id: z.number().int().meta({ description: "802.1Q VLAN id, 2-4094" }),
  name: identifier(32, {
    what: "a VLAN name",
    why: "the switch's limit",
  }).meta({ description: "VLAN name: letters, digits, '-' and '_', at most 32 characters" }),
  purpose: z.enum(VLAN_PURPOSES),
  description: docsText.optional(),
  subnet: cidr,
  gateway: ipv4,
  isolated: z
    .boolean()
    .default(false)
    .meta({ description: "Reaches only the internet and the site's DNS and DHCP servers" }),
  hosts: z.array(host).default([]),
  dhcp: vlanDhcp.optional(),
  reservations: z.array(reservation).default([]),
  allow: z
    .array(vlanAllow)
    .default([])
    .meta({ description: "Connections an isolated VLAN still needs (to or from other machines)" }),
  security: vlanSecurity.optional(),
});

export const DHCP_SOFTWARE = ["kea", "isc-dhcp", "windows", "dnsmasq"] as const;

const dhcpServer = z.strictObject({
  name: hostname,
  software: z.enum(DHCP_SOFTWARE),
  address: ipv4,
  serves: z.array(name).min(1),
  description: docsText.optional(),
});

const switchPort = z.strictObject({
  ports: portList,
  untagged: name.optional(),
  tagged: z.array(name).default([]),
  lag: z
    .string()
    .regex(/^trk([1-9]|[1-9]\d|1[0-4]\d)$/i, {
      error: (iss) => `${quoted(iss.input)} is not a trunk name; use trk1 to trk144`,
    })
    .optional(),
  connects: line(100)
    .optional()
    .meta({ description: "Peer switch and ports, e.g. core-sw1:49-50" }),
  poe: z.boolean().default(false),
  description: line(64, {
    what: "a port description",
    why: "it becomes the switch's port name, which holds 64",
    ...SWITCH_STRING,
  })
    .optional()
    .meta({ description: "The ports' name on the switch: plain ASCII, at most 64 characters" }),
  location: name.optional(),
  security: portSecurity.optional(),
});

export const SWITCH_ROLES = ["core", "access"] as const;

const switchDef = z.strictObject({
  name: line(32, {
    min: 1,
    what: "a switch name",
    why: "the switch's limit for its host name",
  }).meta({ description: "Host name: letters, digits and hyphens, at most 32 characters" }),
  model: line(64, { min: 1 }),
  role: z.enum(SWITCH_ROLES),
  location: name.optional(),
  description: docsText.optional(),
  management: z.strictObject({
    vlan: name,
    ip: ipv4.optional().meta({
      description:
        "Access switches: required. Core switches: the management VLAN's gateway, or left out (R32)",
    }),
  }),
  firmware: firmwareRelease.optional(),
  ports: z.array(switchPort).default([]),
});

const upstream = z.strictObject({
  gateway: ipv4.meta({
    description:
      "The internet router's (firewall's) address on a site VLAN; core switches route to it",
  }),
  description: docsText.optional(),
});

const network = z.strictObject({
  upstream: upstream
    .optional()
    .meta({ description: "Where traffic for the internet leaves the site" }),
  dns: z.array(ipv4).default([]),
  ntp: z.array(ipv4).default([]),
  vlans: z.array(vlan).min(1),
  dhcpServers: z.array(dhcpServer).default([]),
  switches: z.array(switchDef).default([]),
});

const switchModel = z.strictObject({
  label: line(100, {
    what: "a model label",
    ascii: "it is written into switch configurations",
  }).optional(),
  ports: z.number().int().min(1).max(512).meta({ description: "Number of ports, numbered 1..n" }),
  poe: portList.optional().meta({ description: "PoE-capable ports" }),
  uplinks: portList.optional().meta({ description: "Uplink (SFP) ports" }),
  uplinkKind: line(16).default("SFP+"),
  productNumber: productNumber.optional(),
  firmwareFamily: firmwareFamily.optional(),
  firmware: firmwareRelease.optional(),
  capabilities: switchCapabilities.optional(),
});

export const OS_KINDS = ["windows", "linux"] as const;
export const BACKUP_CLASSES = ["none", "daily", "weekly", "monthly"] as const;

const template = z.strictObject({
  name: vsphereName().meta({ description: "Template name in vCenter" }),
  os: z.enum(OS_KINDS),
});

const vm = z.strictObject({
  name: hostname,
  template: name,
  role: line(80, { what: "a role", why: "it becomes a vSphere tag" }).optional(),
  description: line(1000).optional(),
  cpus: z.number().int(),
  memoryGb: z.number().int(),
  disks: z.array(z.number().int()),
  network: z.strictObject({ vlan: name, ip: ipv4 }),
  folder: name,
  backup: z.enum(BACKUP_CLASSES).default("none"),
  antiAffinity: line(64).optional(),
});

const vdiPool = z.strictObject({
  name: fileName(64, {
    what: "a pool name",
    why: "it names the pool's script file and its Horizon pool",
  }).meta({ description: "Pool name: letters, digits, '-', '_' and '.'; names its script file" }),
  template: name,
  description: line(100).optional(),
  count: z.number().int().min(1).max(2000),
  namePattern: line(64).meta({ description: "Desktop names, with {n}, {nn} or {nnn}" }),
  vlan: name,
  cpus: z.number().int(),
  memoryGb: z.number().int(),
  disks: z.array(z.number().int()).optional(),
  linkedClone: z.boolean().default(true),
  folder: name,
  entitledGroups: z.array(name).default([]),
});

const vsphere = z.strictObject({
  server: dnsNameOrAddress().meta({ description: "vCenter's DNS name or address" }),
  datacenter: vsphereName(),
  cluster: vsphereName(),
  datastore: vsphereName(),
  distributedSwitch: vsphereName(),
  portGroups: z.array(name).default([]),
  folders: z
    .array(folderPath())
    .default([])
    .meta({ description: "VM folders; nest with '/' (Servers/Linux), declaring the parent too" }),
  templates: z.record(line(64, { min: 1 }), template).default({}),
  vms: z.array(vm).default([]),
  vdi: z.strictObject({ pools: z.array(vdiPool).default([]) }).default({ pools: [] }),
});

const group = z.strictObject({
  name: groupName(),
  description: line(1024).optional(),
  memberGroups: z.array(name).default([]),
  members: z.array(line(256)).default([]),
});

const directory = z.strictObject({ groups: z.array(group).default([]) });

const azure = z.strictObject({
  location: azureRegion(),
  resourceGroup: azureResourceGroup(),
  backup: z
    .strictObject({
      storageAccount: line(64),
      containers: z.array(azureContainer()).default([]),
      immutableDays: z.number().int().min(1),
      coolAfterDays: z.number().int().min(0),
      deleteAfterDays: z.number().int().min(1),
    })
    .optional(),
  logAnalytics: z
    .strictObject({
      retentionDays: z.number().int().min(30).max(730).default(30),
      collector: ipv4.optional().meta({
        description:
          "Address of the syslog forwarder that sends to this workspace (security.logging.hosts: log-analytics)",
      }),
    })
    .optional(),
  vpn: z
    .strictObject({
      addressSpace: cidr,
      gatewaySubnet: cidr,
      sku: line(32).default("VpnGw1"),
      onPremises: z.strictObject({
        publicIp: ipv4,
        addressSpaces: z.array(cidr).optional(),
      }),
    })
    .optional(),
});

export const ASSET_KINDS = [
  "switch",
  "server",
  "storage",
  "endpoint",
  "printer",
  "access-point",
  "ups",
  "firewall",
  "phone",
  "camera",
  "audio-visual",
  "other",
] as const;

const asset = z.strictObject({
  id: line(64, { min: 1 }),
  kind: z.enum(ASSET_KINDS),
  model: line(100, { min: 1 }),
  serial: line(64).optional(),
  quantity: z.number().int().min(1).default(1),
  location: name.optional(),
  purchased: date,
  cost: z.number().meta({ description: "Total purchase cost" }),
  lifespanYears: z.number().int(),
  vendor: line(100).optional(),
  firmware: firmwareRelease.optional().meta({
    description:
      "The release a switch asset runs, as 'show version' prints it (the audit compares it)",
  }),
  notes: notes.optional(),
});

const license = z.strictObject({
  name: line(100, { min: 1 }),
  seats: z.number().int().min(0).optional(),
  renews: date.optional(),
  annualCost: z.number().optional(),
  vendor: line(100).optional(),
  notes: notes.optional(),
});

const inventory = z.strictObject({
  fiscalYearStarts: z
    .string()
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
      error: (iss) => `${quoted(iss.input)} is not a month and day written MM-DD (like "07-01")`,
    })
    .default("07-01"),
  assets: z.array(asset).default([]),
  licenses: z.array(license).default([]),
});

const backupJob = z.strictObject({
  name: line(64, { min: 1 }),
  covers: z
    .union([line(100), z.array(line(100)).min(1)])
    .meta({ description: "A backup class (daily, weekly, monthly) or VM names" }),
  schedule: line(100, { min: 1 }),
  retentionDays: z.number().int().min(1),
  target: line(200, { min: 1 }).meta({
    description: "azure:<container> or a free description",
  }),
});

const operations = z.strictObject({
  maintenanceWindow: z
    .string()
    .regex(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/, {
      error: (iss) =>
        `${quoted(iss.input)} is not a maintenance window; write day and hours like "Sun 06:00-10:00"`,
    })
    .optional(),
  backups: z.array(backupJob).default([]),
  runbooks: z.array(line(1024, { min: 1 })).default([]),
});

/** The whole site.yaml. */
export const siteSchema = z.strictObject({
  $schema: line(2048).optional(),
  version: z.literal(1),
  site: siteInfo,
  network: network,
  switchModels: z
    .record(line(64, { min: 1 }), switchModel)
    .optional()
    .meta({ description: "Switch models beyond the built-in catalog" }),
  templates: line(1024)
    .optional()
    .meta({ description: "Folder of templates that override or add to Carrel's own" }),
  vsphere: vsphere.optional(),
  directory: directory.optional(),
  azure: azure.optional(),
  inventory: inventory.optional(),
  operations: operations.optional(),
  security: securitySection.optional(),
  services: z.array(service).default([]).meta({
    description: "What the library runs or buys beyond the closet: web site, email, catalogue...",
  }),
  publicDns: publicDns
    .optional()
    .meta({ description: "The library's public domain: web site, mail, SPF, DKIM and DMARC" }),
  rooms: z
    .array(room)
    .default([])
    .meta({ description: "Meeting rooms: equipment, network and the printable room card" }),
});

/** A parsed, schema-valid site (defaults applied). */
export type Site = z.output<typeof siteSchema>;
export type SiteInfo = Site["site"];
export type Credentials = NonNullable<SiteInfo["credentials"]>;
export type Contact = SiteInfo["contacts"][number];
export type Vendor = SiteInfo["vendors"][number];
export type Network = Site["network"];
export type Vlan = Network["vlans"][number];
export type Host = Vlan["hosts"][number];
export type Reservation = Vlan["reservations"][number];
export type DhcpServer = Network["dhcpServers"][number];
export type DhcpSoftware = DhcpServer["software"];
export type Switch = Network["switches"][number];
export type SwitchPortEntry = Switch["ports"][number];
export type Vsphere = NonNullable<Site["vsphere"]>;
export type Vm = Vsphere["vms"][number];
export type VdiPool = Vsphere["vdi"]["pools"][number];
export type VmTemplate = Vsphere["templates"][string];
export type OsKind = VmTemplate["os"];
export type Directory = NonNullable<Site["directory"]>;
export type Group = Directory["groups"][number];
export type Azure = NonNullable<Site["azure"]>;
export type Inventory = NonNullable<Site["inventory"]>;
export type Asset = Inventory["assets"][number];
export type Operations = NonNullable<Site["operations"]>;
export type BackupJob = Operations["backups"][number];
export type { PortFacing, PortSecurity, SecuritySection, VlanSecurity } from "./schema-security.ts";
export type Service = Site["services"][number];
export type ServiceKind = Service["kind"];
export type PublicDns = NonNullable<Site["publicDns"]>;
export type Room = Site["rooms"][number];
export type RoomEquipment = Room["equipment"][number];

/** The JSON Schema of site.yaml, for editor completion (`carrel schema`). */
export function siteJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(siteSchema, { io: "input", unrepresentable: "any" });
  return {
    ...schema,
    title: "Carrel site.yaml",
    description: "One library's technology estate, as Carrel reads it.",
  };
}
