/**
 * `services:`: what the library runs or buys beyond the closet (web site, email, the
 * catalogue, room booking, printing, social media), who provides it, who holds its admin
 * account, what it costs and what it depends on. Cross-field checks are in
 * `rules/services.ts`; mail senders' SPF and DKIM are checked with the public zone.
 */
import { z } from "zod";
import { dkimSelector, dnsName, dnsTarget, webAddress } from "./name-types.ts";
import { date } from "./schema-values.ts";
import { line, multiline } from "./text.ts";

/** What a service is; drives the docs' grouping and wording. */
export const SERVICE_KINDS = [
  "website",
  "ils",
  "room-booking",
  "events-calendar",
  "email",
  "social",
  "pc-booking",
  "print-management",
  "wifi-portal",
  "other",
] as const;

/** A reference to a name declared elsewhere (a vendor, a VLAN, a service). */
const name = line(100, { min: 1 });

/** A DKIM key published by the provider: `<selector>._domainkey` points at its name. */
export const dkimKey = z.strictObject({
  selector: dkimSelector().meta({ description: "The selector, e.g. selector1 (or k2)" }),
  target: dnsTarget().meta({
    description:
      "The provider's name the selector points at (a CNAME), e.g. selector1-rbpl-org._domainkey.rbpl.onmicrosoft.com",
  }),
});

/** How one sender of mail as the library is authorised: its SPF mechanism and DKIM keys. */
export const mailSenderShape = {
  spf: line(300, { min: 1 }).optional().meta({
    description:
      "The SPF mechanism the provider gives, e.g. include:spf.protection.outlook.com or ip4:203.0.113.10",
  }),
  lookups: z.number().int().min(0).max(10).optional().meta({
    description:
      "DNS lookups the include costs, its own nested includes counted, as the provider documents it (Carrel cannot look it up)",
  }),
  dkim: z
    .array(dkimKey)
    .default([])
    .meta({ description: "DKIM selectors, published as CNAMEs to the provider" }),
};

/** A password-manager entry that holds the service's admin account: a pointer, never a secret. */
const credentialsPointer = z.strictObject({
  manager: line(200, { min: 1 })
    .optional()
    .meta({ description: "The password manager; default: site.credentials.manager" }),
  entry: line(200, { min: 1 }).meta({ description: "The entry's name in the password manager" }),
});

/** What a service needs in order to work. */
const dependsOn = z.strictObject({
  dnsNames: z
    .array(dnsName())
    .default([])
    .meta({ description: "DNS names it needs: public (www.rbpl.org) or internal" }),
  vlans: z.array(name).default([]),
  vms: z.array(name).default([]).meta({ description: "VMs (or hosts) it runs on or needs" }),
  services: z.array(name).default([]).meta({ description: "Other services, by name" }),
});

/** One service. */
export const service = z.strictObject({
  name: line(100, { min: 1 }).meta({ description: "The service's name, unique in the site" }),
  kind: z.enum(SERVICE_KINDS),
  product: line(100)
    .optional()
    .meta({ description: "The product or platform, e.g. Microsoft 365 Business Standard" }),
  vendor: name
    .optional()
    .meta({ description: "Who provides and supports it: a site.vendors name" }),
  description: multiline(1000)
    .optional()
    .meta({ description: "Shown in the docs only; may span several lines" }),
  urls: z
    .strictObject({
      public: webAddress().optional().meta({ description: "Where patrons or staff use it" }),
      admin: webAddress().optional().meta({ description: "Where it is administered" }),
    })
    .optional(),
  admin: name
    .optional()
    .meta({ description: "Who holds the admin account: a contact's role (or name)" }),
  credentials: credentialsPointer
    .optional()
    .meta({ description: "Where the admin account's password is kept: a pointer only" }),
  renews: date.optional(),
  annualCost: z.number().optional().meta({ description: "What it costs a year" }),
  dependsOn: dependsOn.prefault({}),
  runbook: line(1024, { min: 1 })
    .optional()
    .meta({ description: "A Markdown file beside site.yaml: what to do when it breaks" }),
  handle: line(100)
    .optional()
    .meta({ description: "For social media: the account's handle, e.g. @riverbendlibrary" }),
  mail: z
    .strictObject(mailSenderShape)
    .optional()
    .meta({ description: "It sends mail as the library's public domain: its SPF and DKIM" }),
  notes: multiline(2000)
    .optional()
    .meta({ description: "Shown in the docs only; may span several lines" }),
});
