/**
 * The library's public zone, decided once: the records written under `publicDns.records`,
 * and the ones Carrel builds from the mail senders (one SPF record, a DKIM CNAME per
 * selector) and from `publicDns.dmarc`. The BIND zone file, the Azure DNS record sets and
 * the docs' registrar table all read these records; the checks read the same senders.
 */
import type { Path } from "../issue.ts";
import type { PublicDns, Site } from "../schema.ts";
import { PUBLIC_RECORD_TYPES } from "../schema-public-dns.ts";
import { readDmarc, type DmarcReading } from "./dmarc.ts";
import { parseSpfTerm, spfTermOrder } from "./spf.ts";

/** A record type of the public zone. */
export type PublicRecordType = (typeof PUBLIC_RECORD_TYPES)[number];

/** Where a record comes from: written in site.yaml, or built by Carrel. */
export type PublicRecordSource = "written" | "spf" | "dkim" | "dmarc";

/** One record of the public zone. */
export interface PublicZoneRecord {
  /** Relative to the domain, lower case: `@` for the domain itself. */
  readonly name: string;
  readonly type: PublicRecordType;
  /** A and AAAA: the address; CNAME and MX: a name ending in a dot; TXT: the text. */
  readonly value: string;
  /** MX only. */
  readonly priority: number | undefined;
  readonly ttl: number;
  readonly source: PublicRecordSource;
  /** The service it is for, by name. */
  readonly service: string | undefined;
  /** What the record is for, in words. */
  readonly purpose: string;
  /** Where it comes from in site.yaml. */
  readonly path: Path;
}

/** One sender of mail as the library: a service's `mail`, or one of `publicDns.spf.senders`. */
export interface MailSender {
  /** The service's name, or the sender's `for`. */
  readonly label: string;
  readonly service: string | undefined;
  /** The SPF term as written. */
  readonly spf: string | undefined;
  /** The lookups declared for it. */
  readonly lookups: number | undefined;
  readonly dkim: readonly { readonly selector: string; readonly target: string }[];
  /** The sender's place in site.yaml (`services[1].mail`). */
  readonly path: Path;
}

/** The SPF record Carrel builds. */
export interface SpfPlan {
  readonly text: string;
  /** Its mechanisms in the order written, each once, with who needs it and what it costs. */
  readonly terms: readonly {
    readonly term: string;
    readonly lookups: number;
    readonly senders: readonly string[];
  }[];
  /** DNS lookups a receiver makes: declared for includes, 1 for a, mx, ptr and exists. */
  readonly lookups: number;
  readonly all: string;
}

/** The public zone. */
export interface PublicZone {
  /** The domain, lower case, no trailing dot. */
  readonly domain: string;
  readonly provider: PublicDns["provider"];
  readonly registrar: string | undefined;
  /** Name servers, ending in a dot. */
  readonly nameServers: readonly string[];
  readonly ttl: number;
  /** Every record, sorted by name, type, priority and value (not by site.yaml's order). */
  readonly records: readonly PublicZoneRecord[];
  readonly senders: readonly MailSender[];
  readonly spf: SpfPlan | undefined;
  readonly dmarc:
    | {
        readonly record: string;
        readonly reading: DmarcReading;
        readonly since: string | undefined;
      }
    | undefined;
}

/** A DNS name as an absolute name in lower case: `autodiscover.outlook.com.` */
export function absoluteName(name: string): string {
  const lower = name.toLowerCase();
  return lower.endsWith(".") ? lower : `${lower}.`;
}

/** Every sender of mail as the library, services first, in file order. */
export function mailSenders(site: Site): MailSender[] {
  const out: MailSender[] = [];
  site.services.forEach((s, i) => {
    if (s.mail)
      out.push({
        label: s.name,
        service: s.name,
        spf: s.mail.spf,
        lookups: s.mail.lookups,
        dkim: s.mail.dkim,
        path: ["services", i, "mail"],
      });
  });
  site.publicDns?.spf?.senders.forEach((s, i) =>
    out.push({
      label: s.for,
      service: undefined,
      spf: s.spf,
      lookups: s.lookups,
      dkim: s.dkim,
      path: ["publicDns", "spf", "senders", i],
    }),
  );
  return out;
}

/**
 * The SPF record built from the senders, when the site has a public zone and either an
 * `spf:` section or a sender with an SPF term. A term several senders share appears once;
 * an include whose cost is not declared counts 1 here (the SPF check reports it).
 */
export function spfPlan(site: Site, senders: readonly MailSender[]): SpfPlan | undefined {
  const zone = site.publicDns;
  if (!zone) return undefined;
  const withSpf = senders.filter((s) => s.spf !== undefined);
  if (!zone.spf && withSpf.length === 0) return undefined;
  const byTerm = new Map<string, { term: string; lookups: number; senders: string[] }>();
  for (const s of withSpf) {
    const term = s.spf!;
    const parsed = parseSpfTerm(term);
    const own = typeof parsed === "string" || parsed.kind !== "mechanism" ? 0 : parsed.lookups;
    const isInclude =
      typeof parsed !== "string" && parsed.kind === "mechanism" && parsed.mechanism === "include";
    const lookups = isInclude ? (s.lookups ?? own) : own;
    const key = term.toLowerCase();
    const entry = byTerm.get(key) ?? { term, lookups, senders: [] };
    entry.lookups = Math.max(entry.lookups, lookups);
    entry.senders.push(s.label);
    byTerm.set(key, entry);
  }
  const terms = [...byTerm.values()].sort((a, b) => spfTermOrder(a.term, b.term));
  const all = zone.spf?.all ?? "~all";
  return {
    text: ["v=spf1", ...terms.map((t) => t.term), all].join(" "),
    terms,
    lookups: terms.reduce((n, t) => n + t.lookups, 0),
    all,
  };
}

const TYPE_ORDER: readonly string[] = PUBLIC_RECORD_TYPES;

function byPlace(a: PublicZoneRecord, b: PublicZoneRecord): number {
  const name = (n: string) => (n === "@" ? "" : n);
  return (
    (name(a.name) < name(b.name) ? -1 : name(a.name) > name(b.name) ? 1 : 0) ||
    TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) ||
    (a.priority ?? 0) - (b.priority ?? 0) ||
    (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)
  );
}

/** The public zone of a site, or undefined when it has no `publicDns`. */
export function publicZone(site: Site): PublicZone | undefined {
  const zone = site.publicDns;
  if (!zone) return undefined;
  const domain = zone.domain.replace(/\.$/, "").toLowerCase();
  const kinds = new Map(site.services.map((s) => [s.name, s.kind]));
  const senders = mailSenders(site);
  const spf = spfPlan(site, senders);
  const records: PublicZoneRecord[] = zone.records.map((r, i) => ({
    name: r.name.toLowerCase(),
    type: r.type,
    value:
      r.type === "CNAME" || r.type === "MX"
        ? absoluteName(r.value)
        : r.type === "AAAA"
          ? r.value.toLowerCase()
          : r.value,
    priority: r.type === "MX" ? r.priority : undefined,
    ttl: r.ttl ?? zone.ttl,
    source: "written",
    service: r.service,
    purpose:
      r.description ?? writtenPurpose(r, r.service ? kinds.get(r.service) : undefined, domain),
    path: ["publicDns", "records", i],
  }));
  if (spf)
    records.push({
      name: "@",
      type: "TXT",
      value: spf.text,
      priority: undefined,
      ttl: zone.ttl,
      source: "spf",
      service: undefined,
      purpose: "SPF: the servers that may send mail as the library",
      path: zone.spf ? ["publicDns", "spf"] : ["publicDns"],
    });
  for (const s of senders)
    s.dkim.forEach((key, k) =>
      records.push({
        name: `${key.selector.toLowerCase()}._domainkey`,
        type: "CNAME",
        value: absoluteName(key.target),
        priority: undefined,
        ttl: zone.ttl,
        source: "dkim",
        service: s.service,
        purpose: `DKIM: the key that signs mail from ${s.label}`,
        path: [...s.path, "dkim", k],
      }),
    );
  if (zone.dmarc)
    records.push({
      name: "_dmarc",
      type: "TXT",
      value: zone.dmarc.record,
      priority: undefined,
      ttl: zone.ttl,
      source: "dmarc",
      service: undefined,
      purpose: "DMARC: what receivers do with mail that fails SPF and DKIM, and where reports go",
      path: ["publicDns", "dmarc", "record"],
    });
  return {
    domain,
    provider: zone.provider,
    registrar: zone.registrar,
    nameServers: zone.nameServers.map(absoluteName),
    ttl: zone.ttl,
    records: records.sort(byPlace),
    senders,
    spf,
    dmarc: zone.dmarc
      ? {
          record: zone.dmarc.record,
          reading: readDmarc(zone.dmarc.record),
          since: zone.dmarc.since,
        }
      : undefined,
  };
}

/** What a written record is for, in words, when site.yaml does not say. */
function writtenPurpose(
  r: PublicDns["records"][number],
  kind: string | undefined,
  domain: string,
): string {
  const name = r.name.toLowerCase();
  const of = r.service ? ` for ${r.service}` : "";
  switch (r.type) {
    case "MX":
      return `Where mail for addresses @${domain} is delivered${r.service ? ` (${r.service})` : ""}`;
    case "TXT":
      if (/^v=spf1( |$)/i.test(r.value)) return "SPF, written by hand";
      if (name === "_dmarc") return "DMARC, written by hand";
      return `Proves to a provider that the library owns the domain${r.service ? ` (${r.service})` : ""}`;
    case "CNAME":
      if (name === "autodiscover") return "Lets mail apps find their settings (autodiscover)";
      return kind === "website" ? "The web site" : `The name people use${of}`;
    case "A":
    case "AAAA":
      return kind === "website" ? "The web site" : `The name people use${of}`;
    default: {
      const never: never = r.type;
      return never;
    }
  }
}
