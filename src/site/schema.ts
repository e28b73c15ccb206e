/**
 * The shape of site.yaml as a zod schema: types, required keys and defaults.
 *
 * This is the first layer of validation. Cross-field rules (R1-R31) live in
 * `rules/` as plain functions over the parsed `Site`. Every object is strict, so
 * a misspelt key is reported (with a "did you mean") instead of silently ignored.
 */
import { z } from "zod";
import {
  firmwareFamily,
  firmwareRelease,
  productNumber,
  switchCapabilities,
  vlanAllow,
} from "./schema-switching.ts";

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
export const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: (iss) => `${quoted(iss.input)} is not a date written YYYY-MM-DD (like 2027-06-30)`,
  })
  .meta({ description: "Date, YYYY-MM-DD" });

/** A hostname label or name: checked in detail by rule R3. */
const hostname = z.string().min(1).meta({ description: "Host name: letters, digits and hyphens" });

/** A name that other entries refer to. */
const name = z.string().min(1);

/** A lease or retention duration: `8h`, `30m`, `1d`, `2w`, or seconds as a number. */
export const duration = z
  .union([
    z.string().regex(/^\d+\s*[smhdw]?$/, {
      error: (iss) =>
        `${quoted(iss.input)} is not a duration; write a number with s, m, h, d or w (like 8h)`,
    }),
    z.number().int().positive(),
  ])
  .meta({ description: "Duration such as 8h, 30m, 1d, or seconds" });

const portList = z
  .union([z.string().min(1), z.number().int().positive()])
  .meta({ description: "Port list: 5, 1-8 or 1,3,5-7" });

const location = z.strictObject({
  id: name.meta({ description: "Short id that switches, ports and assets refer to" }),
  name: z.string().min(1),
  description: z.string().optional(),
});

const contact = z.strictObject({
  name: z.string().min(1),
  role: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  onCall: z.boolean().default(false),
  notes: z.string().optional(),
});

const vendor = z.strictObject({
  name: name,
  provides: z.array(z.string()).default([]),
  phone: z.string().optional(),
  email: z.string().optional(),
  website: z.string().optional(),
  contract: z.string().optional(),
  contractEnds: date.optional(),
  notes: z.string().optional(),
});

const siteInfo = z.strictObject({
  name: z.string().min(1).meta({ description: "The library's name" }),
  code: z.string().meta({ description: "Short id [a-z][a-z0-9-]{1,15}; prefixes resource names" }),
  timezone: z.string().meta({ description: "IANA time zone, e.g. America/New_York" }),
  address: z.string().optional(),
  domain: z.string().min(1).meta({ description: "Internal DNS / Active Directory domain" }),
  locations: z.array(location).default([]),
  contacts: z.array(contact).default([]),
  vendors: z.array(vendor).default([]),
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
  mac: z.string().optional(),
  description: z.string().optional(),
});

const reservation = z.strictObject({
  host: hostname,
  mac: z
    .string()
    .meta({ description: "MAC address; 02:1b:78:00:20:01, 02-1B-..., 021b.7800.2001" }),
  ip: ipv4,
  description: z.string().optional(),
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
    .regex(new RegExp(`^\\s*${IP_PATTERN}\\s*-\\s*${IP_PATTERN}\\s*$`), {
      error: (iss) =>
        `${quoted(iss.input)} is not an address range; write it as first-last (like 10.20.20.100-10.20.20.250)`,
    })
    .meta({ description: "Dynamic range, first-last" }),
  leaseTime: duration.default("8h"),
  dns: z.array(ipv4).optional().meta({ description: "Overrides network.dns for this VLAN" }),
  ntp: z.array(ipv4).optional(),
  domain: z.string().optional().meta({ description: "Overrides site.domain for this VLAN" }),
  options: z
    .record(z.string(), dhcpOptionValue)
    .default({})
    .meta({ description: "Extra DHCP options by name, e.g. tftp-server-name" }),
});

const vlan = z.strictObject({
  id: z.number().int().meta({ description: "802.1Q VLAN id, 2-4094" }),
  name: name,
  purpose: z.enum(VLAN_PURPOSES),
  description: z.string().optional(),
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
});

export const DHCP_SOFTWARE = ["kea", "isc-dhcp", "windows", "dnsmasq"] as const;

const dhcpServer = z.strictObject({
  name: hostname,
  software: z.enum(DHCP_SOFTWARE),
  address: ipv4,
  serves: z.array(name).min(1),
  description: z.string().optional(),
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
  connects: z
    .string()
    .optional()
    .meta({ description: "Peer switch and ports, e.g. core-sw1:49-50" }),
  poe: z.boolean().default(false),
  description: z.string().optional(),
  location: name.optional(),
});

export const SWITCH_ROLES = ["core", "access"] as const;

const switchDef = z.strictObject({
  name: hostname,
  model: z.string().min(1),
  role: z.enum(SWITCH_ROLES),
  location: name.optional(),
  description: z.string().optional(),
  management: z.strictObject({ vlan: name, ip: ipv4 }),
  firmware: firmwareRelease.optional(),
  ports: z.array(switchPort).default([]),
});

const upstream = z.strictObject({
  gateway: ipv4.meta({
    description:
      "The internet router's (firewall's) address on a site VLAN; core switches route to it",
  }),
  description: z.string().optional(),
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
  label: z.string().optional(),
  ports: z.number().int().min(1).max(512).meta({ description: "Number of ports, numbered 1..n" }),
  poe: portList.optional().meta({ description: "PoE-capable ports" }),
  uplinks: portList.optional().meta({ description: "Uplink (SFP) ports" }),
  uplinkKind: z.string().default("SFP+"),
  productNumber: productNumber.optional(),
  firmwareFamily: firmwareFamily.optional(),
  firmware: firmwareRelease.optional(),
  capabilities: switchCapabilities.optional(),
});

export const OS_KINDS = ["windows", "linux"] as const;
export const BACKUP_CLASSES = ["none", "daily", "weekly", "monthly"] as const;

const template = z.strictObject({
  name: z.string().min(1).meta({ description: "Template name in vCenter" }),
  os: z.enum(OS_KINDS),
});

const vm = z.strictObject({
  name: hostname,
  template: name,
  role: z.string().optional(),
  description: z.string().optional(),
  cpus: z.number().int(),
  memoryGb: z.number().int(),
  disks: z.array(z.number().int()),
  network: z.strictObject({ vlan: name, ip: ipv4 }),
  folder: name,
  backup: z.enum(BACKUP_CLASSES).default("none"),
  antiAffinity: z.string().optional(),
});

const vdiPool = z.strictObject({
  name: name,
  template: name,
  description: z.string().optional(),
  count: z.number().int().min(1).max(2000),
  namePattern: z.string().meta({ description: "Desktop names, with {n}, {nn} or {nnn}" }),
  vlan: name,
  cpus: z.number().int(),
  memoryGb: z.number().int(),
  disks: z.array(z.number().int()).optional(),
  linkedClone: z.boolean().default(true),
  folder: name,
  entitledGroups: z.array(name).default([]),
});

const vsphere = z.strictObject({
  server: z.string().min(1),
  datacenter: z.string().min(1),
  cluster: z.string().min(1),
  datastore: z.string().min(1),
  distributedSwitch: z.string().min(1),
  portGroups: z.array(name).default([]),
  folders: z.array(name).default([]),
  templates: z.record(z.string(), template).default({}),
  vms: z.array(vm).default([]),
  vdi: z.strictObject({ pools: z.array(vdiPool).default([]) }).default({ pools: [] }),
});

const group = z.strictObject({
  name: name,
  description: z.string().optional(),
  memberGroups: z.array(name).default([]),
  members: z.array(z.string()).default([]),
});

const directory = z.strictObject({ groups: z.array(group).default([]) });

const azure = z.strictObject({
  location: z.string().min(1),
  resourceGroup: z.string().min(1),
  backup: z
    .strictObject({
      storageAccount: z.string(),
      containers: z.array(name).default([]),
      immutableDays: z.number().int().min(1),
      coolAfterDays: z.number().int().min(0),
      deleteAfterDays: z.number().int().min(1),
    })
    .optional(),
  logAnalytics: z
    .strictObject({ retentionDays: z.number().int().min(30).max(730).default(30) })
    .optional(),
  vpn: z
    .strictObject({
      addressSpace: cidr,
      gatewaySubnet: cidr,
      sku: z.string().default("VpnGw1"),
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
  "other",
] as const;

const asset = z.strictObject({
  id: name,
  kind: z.enum(ASSET_KINDS),
  model: z.string().min(1),
  serial: z.string().optional(),
  quantity: z.number().int().min(1).default(1),
  location: name.optional(),
  purchased: date,
  cost: z.number().meta({ description: "Total purchase cost" }),
  lifespanYears: z.number().int(),
  vendor: z.string().optional(),
  notes: z.string().optional(),
});

const license = z.strictObject({
  name: name,
  seats: z.number().int().min(0).optional(),
  renews: date.optional(),
  annualCost: z.number().optional(),
  vendor: z.string().optional(),
  notes: z.string().optional(),
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
  name: name,
  covers: z
    .union([z.string(), z.array(z.string()).min(1)])
    .meta({ description: "A backup class (daily, weekly, monthly) or VM names" }),
  schedule: z.string().min(1),
  retentionDays: z.number().int().min(1),
  target: z.string().min(1).meta({ description: "azure:<container> or a free description" }),
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
  runbooks: z.array(z.string().min(1)).default([]),
});

/** The whole site.yaml. */
export const siteSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1),
  site: siteInfo,
  network: network,
  switchModels: z
    .record(z.string(), switchModel)
    .optional()
    .meta({ description: "Switch models beyond the built-in catalog" }),
  templates: z
    .string()
    .optional()
    .meta({ description: "Folder of templates that override or add to Carrel's own" }),
  vsphere: vsphere.optional(),
  directory: directory.optional(),
  azure: azure.optional(),
  inventory: inventory.optional(),
  operations: operations.optional(),
});

/** A parsed, schema-valid site (defaults applied). */
export type Site = z.output<typeof siteSchema>;
export type SiteInfo = Site["site"];
export type Network = Site["network"];
export type Vlan = Network["vlans"][number];
export type VlanDhcp = NonNullable<Vlan["dhcp"]>;
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
export type License = Inventory["licenses"][number];
export type Operations = NonNullable<Site["operations"]>;
export type BackupJob = Operations["backups"][number];

/** The JSON Schema of site.yaml, for editor completion (`carrel schema`). */
export function siteJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(siteSchema, { io: "input", unrepresentable: "any" });
  return {
    ...schema,
    title: "Carrel site.yaml",
    description: "One library's technology estate, as Carrel reads it.",
  };
}
