/**
 * `publicDns:`: the library's public domain as the internet sees it (web site, mail, SPF,
 * DKIM, DMARC, autodiscover, ownership checks). Its records are checked per type, and SPF
 * and DMARC by their own syntax, in `rules/public-dns-records.ts`, `rules/spf.ts` and
 * `rules/dmarc.ts`.
 */
import { z } from "zod";
import { dnsName, zoneRecordName } from "./name-types.ts";
import { mailSenderShape } from "./schema-services.ts";
import { date } from "./schema-values.ts";
import { line } from "./text.ts";

/** Who serves the zone: Azure DNS (created by Pulumi) or the registrar (entered by hand). */
export const PUBLIC_DNS_PROVIDERS = ["azure", "registrar"] as const;

/** The record types a public zone in site.yaml may hold. */
export const PUBLIC_RECORD_TYPES = ["A", "AAAA", "CNAME", "MX", "TXT"] as const;

/** SPF's answer for mail from anyone not listed. */
export const SPF_ALL = ["-all", "~all", "?all"] as const;

/** The longest and shortest time-to-live Carrel writes, in seconds (one minute, one week). */
export const TTL_LIMITS = { min: 60, max: 604_800 } as const;

const ttl = z
  .number()
  .int()
  .min(TTL_LIMITS.min)
  .max(TTL_LIMITS.max)
  .meta({ description: "Time-to-live in seconds (60 to 604800)" });

/** One record written by hand. */
const publicRecord = z.strictObject({
  name: zoneRecordName().meta({
    description: "Relative to the domain: @ for the domain itself, www, autodiscover...",
  }),
  type: z.enum(PUBLIC_RECORD_TYPES),
  value: line(255, { min: 1 }).meta({
    description:
      "A: an IPv4 address; AAAA: an IPv6 address; CNAME and MX: a DNS name; TXT: the text (plain ASCII, at most 255 characters)",
  }),
  priority: z
    .number()
    .int()
    .min(0)
    .max(65535)
    .optional()
    .meta({ description: "MX only: lower is tried first" }),
  ttl: ttl.optional(),
  service: line(100, { min: 1 })
    .optional()
    .meta({ description: "The service (by name) this record is for" }),
  description: line(200).optional().meta({ description: "What the record is for, in words" }),
});

/** A sender of mail as the library that is not one of the services. */
const mailSender = z.strictObject({
  for: line(100, { min: 1 }).meta({
    description: "Who sends this mail, e.g. Scan-to-email copier",
  }),
  ...mailSenderShape,
});

/** The SPF record Carrel builds: the services' senders, these, and the answer for the rest. */
const spf = z.strictObject({
  senders: z
    .array(mailSender)
    .default([])
    .meta({ description: "Senders of mail as the library beyond the services' own" }),
  all: z
    .enum(SPF_ALL)
    .default("~all")
    .meta({ description: "What receivers do with mail from anyone else: -all fail, ~all mark" }),
});

/** The DMARC record as written, and when its policy was set. */
const dmarc = z.strictObject({
  record: line(1000, { min: 1 }).meta({
    description: "The record's text, e.g. v=DMARC1; p=quarantine; rua=mailto:dmarc@library.org",
  }),
  since: date.optional().meta({
    description: "When the policy (p=) was last changed; p=none is warned about after 90 days",
  }),
});

/** The public zone. */
export const publicDns = z.strictObject({
  domain: dnsName().meta({ description: "The library's public domain, e.g. rbpl.org" }),
  provider: z.enum(PUBLIC_DNS_PROVIDERS).default("registrar").meta({
    description:
      "azure: Pulumi creates the zone in Azure DNS; registrar: the docs list the records to enter by hand",
  }),
  registrar: line(100)
    .optional()
    .meta({ description: "Where the domain is registered (for the docs)" }),
  nameServers: z.array(dnsName()).default([]).meta({
    description:
      "The zone's name servers as the registrar lists them; with Azure, the four Azure names it gives the zone",
  }),
  ttl: ttl.default(3600),
  records: z.array(publicRecord).default([]),
  spf: spf.optional(),
  dmarc: dmarc.optional(),
});
