/**
 * The shape of `consortium.yaml`: the file at the root of a repository that holds several
 * libraries (`sites/<code>/site.yaml`). It names the member sites with their share of the
 * consortium's address plan, the WAN (the hub or data centre, VPN address spaces), the
 * defaults every site inherits, and the licences and contracts several sites share.
 *
 * `defaults` is written like a site.yaml: each key a site may inherit, at the place it has
 * in site.yaml. Its values are checked by the site schema as part of each site that takes
 * them (and reported here, where they are written); this schema only says which keys may
 * be inherited.
 */
import { z } from "zod";
import { cidr, contact, date } from "../site/schema.ts";
import { line, multiline } from "../site/text.ts";

/** `sites/<code>/site.yaml`: a member's folder is its site code. */
export const MEMBER_FOLDER = "sites";

/** The keys a site may take from `defaults`, as paths in site.yaml. */
export const INHERITABLE = [
  ["site", "timezone"],
  ["site", "currency"],
  ["site", "contacts"],
  ["site", "vendors"],
  ["network", "dns"],
  ["network", "ntp"],
  ["switchModels"],
  ["directory", "groups"],
  ["security"],
  ["inventory", "fiscalYearStarts"],
  ["operations", "maintenanceWindow"],
] as const;

const anything = z.unknown();
const aList = z.array(z.unknown());

const defaults = z.strictObject({
  site: z
    .strictObject({ timezone: anything, currency: anything, contacts: aList, vendors: aList })
    .partial()
    .optional(),
  network: z.strictObject({ dns: aList, ntp: aList }).partial().optional(),
  switchModels: z.record(z.string(), z.unknown()).optional(),
  directory: z.strictObject({ groups: aList }).partial().optional(),
  // The security section's shape is the site schema's; each site checks it.
  security: z.record(z.string(), z.unknown()).optional(),
  inventory: z.strictObject({ fiscalYearStarts: anything }).partial().optional(),
  operations: z.strictObject({ maintenanceWindow: anything }).partial().optional(),
});

const siteCode = z.string().meta({ description: "The site's code: its folder under sites/" });

const member = z.strictObject({
  code: siteCode,
  wan: cidr.meta({ description: "The site's allocation in the consortium's address plan" }),
  link: line(200)
    .optional()
    .meta({ description: "How the site reaches the hub, in words (1 Gb/s fibre, VPN over cable)" }),
});

const hub = z.strictObject({
  name: line(100, { min: 1 }),
  address: line(200).optional(),
  subnet: cidr.meta({ description: "The hub's (data centre's) own addresses" }),
  description: multiline(1000).optional(),
});

const vpn = z.strictObject({
  name: line(100, { min: 1 }),
  subnet: cidr.meta({ description: "The VPN's address space (remote access, cloud)" }),
  description: multiline(1000).optional(),
});

/** Which sites share a licence or contract: every member, or the codes listed. */
const sharedBy = z
  .union([z.literal("all"), z.array(z.string()).min(1)])
  .default("all")
  .meta({ description: "all, or the codes of the sites that share it" });

const licence = z.strictObject({
  name: line(100, { min: 1 }),
  vendor: line(100).optional(),
  seats: z.number().int().min(0).optional(),
  renews: date.optional(),
  annualCost: z.number().min(0).optional(),
  sites: sharedBy,
  notes: multiline(2000).optional(),
});

const contract = z.strictObject({
  name: line(100, { min: 1 }).meta({ description: "What the contract covers" }),
  vendor: line(100, { min: 1 }),
  contract: line(100).optional().meta({ description: "The contract's number" }),
  ends: date.optional(),
  annualCost: z.number().min(0).optional(),
  sites: sharedBy,
  notes: multiline(2000).optional(),
});

/** The whole consortium.yaml. */
export const consortiumSchema = z.strictObject({
  $schema: line(2048).optional(),
  version: z.literal(1),
  consortium: z.strictObject({
    name: line(100, { min: 1 }),
    code: line(100).meta({ description: "Short id, like a site code" }),
    address: line(200).optional(),
    repository: line(2048).optional(),
    currency: line(16).default("USD"),
    fiscalYearStarts: z
      .string()
      .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
        error: (iss) =>
          `'${String(iss.input)}' is not a month and day written MM-DD (like "07-01")`,
      })
      .default("07-01"),
    contacts: z.array(contact).default([]),
  }),
  sites: z.array(member).default([]),
  wan: z.strictObject({ hub: hub.optional(), vpn: z.array(vpn).default([]) }).default({ vpn: [] }),
  defaults: defaults.default({}),
  licences: z.array(licence).default([]),
  contracts: z.array(contract).default([]),
});

/** A parsed, schema-valid consortium.yaml. */
export type ConsortiumFile = z.output<typeof consortiumSchema>;
export type Member = ConsortiumFile["sites"][number];
export type SharedLicence = ConsortiumFile["licences"][number];
export type SharedContract = ConsortiumFile["contracts"][number];
