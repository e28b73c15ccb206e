/**
 * Email and website DNS: the library's public domain as the internet sees it. Every record
 * and what it is for, the mail senders with their SPF and DKIM, the DMARC policy, the
 * results of the checks the validator makes, and where the records are entered: Azure DNS
 * through Pulumi, or the registrar (as a table to type in).
 */
import {
  DMARC_TAGS,
  publicDnsFindings,
  PUBLIC_DNS_CHECKS,
  SPF_LOOKUP_LIMIT,
  type PublicDnsCheck,
  type PublicZone,
  type PublicZoneRecord,
} from "../../site/index.ts";
import { dnsRecordSetResourceName } from "../../pulumi/names.ts";
import type { DocsContext } from "../context.ts";
import {
  code,
  facts,
  flag,
  joined,
  link,
  list,
  p,
  strong,
  table,
  type Block,
  type Inline,
  type Page,
  type Section,
} from "../doc.ts";
import { count, longDate } from "../format.ts";
import { href } from "../slug.ts";
import { wordsUsedHere } from "./glossary.ts";
import { serviceLink } from "./services.ts";

/** A record's full name: `www.rbpl.org`, or the domain itself for `@`. */
const fullName = (zone: PublicZone, name: string) =>
  name === "@" ? zone.domain : `${name}.${zone.domain}`;

/** Builds public-dns.html; undefined when the site has no public zone. */
export function publicDnsPage(ctx: DocsContext): Page | undefined {
  const zone = ctx.model.publicZone;
  if (!zone) return undefined;
  return {
    path: href.publicDns(),
    title: "Email and website DNS",
    nav: "public-dns",
    lead: [
      `The library's public domain, ${zone.domain}, as the internet sees it: where the web site is, where mail is delivered, which servers may send mail as the library (SPF, DKIM) and what receivers do with mail that fails (DMARC). `,
      "Wrong records here fail silently: mail lands in junk folders or disappears. The checks below are the validator's, run again on this page's date.",
    ],
    sections: [
      about(ctx, zone),
      checks(ctx, zone),
      records(ctx, zone),
      senders(ctx, zone),
      dmarc(zone),
      zone.provider === "azure" ? azure(ctx, zone) : registrar(zone),
    ],
  };
}

function about(ctx: DocsContext, zone: PublicZone): Section {
  const file = ctx.configsUnder("dns/public/")[0];
  return {
    id: "domain",
    heading: "The domain",
    blocks: [
      facts([
        ["Domain", code(zone.domain)],
        [
          "Served by",
          zone.provider === "azure"
            ? link("#where", "Azure DNS, created and updated by pulumi up")
            : link("#where", "the registrar: the records are entered there by hand"),
        ],
        ["Registered with", zone.registrar ?? "not recorded"],
        [
          "Name servers",
          zone.nameServers.length
            ? joined(zone.nameServers.map((n) => code(n)))
            : "not recorded (no zone file can be written until they are)",
        ],
        [
          "Time-to-live",
          `${zone.ttl} seconds: how long the internet remembers a record after a change`,
        ],
        ["Zone file", file ? link(href.config(file.path), file.path) : "not rendered"],
        [
          "Internal domain",
          [link(href.dns(), code(ctx.model.dns.domain)), " (staff network only; the DNS page)"],
        ],
      ]),
      wordsUsedHere(ctx.model, [
        "Autodiscover",
        "Azure DNS",
        "CNAME record",
        "DKIM",
        "DMARC",
        "DNS lookup limit",
        "Domain verification",
        "MX record",
        "Name server",
        "Registrar",
        "SPF",
        "TTL (time-to-live)",
        "TXT record",
        "Zone apex",
      ]),
    ],
  };
}

/** What each check looked at, in a sentence, when it found nothing. */
function passedWords(check: PublicDnsCheck, zone: PublicZone): Inline {
  switch (check) {
    case "public-dns": {
      const mx = zone.records.filter((r) => r.type === "MX").map((r) => code(r.value));
      return [
        `${count(zone.records.length, "record")}; no CNAME at ${zone.domain} itself or beside another record`,
        mx.length
          ? ["; mail goes to ", joined(mx)]
          : "; no MX record, so no mail is delivered to the domain",
        ".",
      ];
    }
    case "spf":
      return zone.spf
        ? `One SPF record, needing ${zone.spf.lookups} of the ${SPF_LOOKUP_LIMIT} DNS lookups receivers allow.`
        : "No SPF record: nothing is declared as sending mail as the library.";
    case "dmarc":
      return zone.dmarc
        ? [
            "One DMARC record, policy ",
            strong(zone.dmarc.reading.policy ?? "not set"),
            zone.dmarc.since ? ` since ${longDate(zone.dmarc.since)}` : "",
            zone.dmarc.reading.reportTo.length
              ? ["; reports go to ", joined(zone.dmarc.reading.reportTo.map((a) => code(a)))]
              : "",
            ".",
          ]
        : "No DMARC record: receivers decide alone what to do with mail that fails.";
    default: {
      const never: never = check;
      return never;
    }
  }
}

/** Each check's short name. */
const CHECK_NAMES: Readonly<Record<PublicDnsCheck, string>> = {
  "public-dns": "Records",
  spf: "SPF",
  dmarc: "DMARC",
};

function checks(ctx: DocsContext, zone: PublicZone): Section {
  const findings = publicDnsFindings(ctx.model.site, ctx.asOf?.date);
  const ids = Object.keys(PUBLIC_DNS_CHECKS) as PublicDnsCheck[];
  return {
    id: "checks",
    heading: "Check results",
    blocks: [
      table({
        caption: `Checks of ${zone.domain}${ctx.asOf ? ` on ${longDate(ctx.asOf.date)}` : ""}`,
        head: ["Check", "What it checks", "Result", "What was found"],
        rows: ids.map((id): Inline[] => {
          const found = findings.filter((f) => f.rule === id);
          return [
            CHECK_NAMES[id],
            PUBLIC_DNS_CHECKS[id],
            found.length
              ? flag("soon", found.some((f) => f.severity === "error") ? "failed" : "warning")
              : strong("passed"),
            found.length
              ? joined(
                  found.map((f) => f.message),
                  "; ",
                )
              : passedWords(id, zone),
          ];
        }),
        rowHeader: true,
      }),
      p([
        "The same checks run in ",
        code("carrel validate"),
        ", which refuses a site with a failed one. Carrel cannot look at the internet, so it checks what site.yaml says; after a change, look at what the internet sees with ",
        code(`nslookup -type=TXT ${zone.domain}`),
        ".",
      ]),
    ],
  };
}

function records(ctx: DocsContext, zone: PublicZone): Section {
  const seen = new Set<string>();
  const rowIds = zone.records.map((r) => {
    const id = href.publicRecord(r.name, r.type).split("#")[1]!;
    if (seen.has(id)) return undefined;
    seen.add(id);
    return id;
  });
  return {
    id: "records",
    heading: "Every record",
    blocks: [
      table({
        caption: `Records of ${zone.domain}`,
        head: ["Name", "Type", "Value", "TTL", "What it is for", "Service"],
        numeric: [3],
        rows: zone.records.map((r): Inline[] => [
          code(fullName(zone, r.name)),
          r.type,
          valueOf(r),
          r.ttl,
          [r.purpose, r.source === "written" ? "" : " (built by Carrel)"],
          r.service ? serviceLink(r.service) : "",
        ]),
        rowIds,
        rowHeader: true,
      }),
    ],
  };
}

/** A record's value as the zone holds it: an MX with its priority. */
function valueOf(r: PublicZoneRecord): Inline {
  return r.type === "MX" ? [String(r.priority ?? 0), " ", code(r.value)] : code(r.value);
}

function senders(ctx: DocsContext, zone: PublicZone): Section {
  const spf = zone.spf;
  const blocks: Block[] = [
    zone.senders.length === 0
      ? p("No service or other sender is declared as sending mail as the library.")
      : table({
          caption: `Who sends mail as @${zone.domain}`,
          head: ["Sender", "SPF", "DNS lookups", "DKIM selectors"],
          numeric: [2],
          rows: zone.senders.map((s): Inline[] => [
            s.service ? serviceLink(s.service) : s.label,
            s.spf ? code(s.spf) : "none",
            s.spf ? (s.lookups ?? (/^[+\-~?]?(a|mx|ptr|exists)\b/i.test(s.spf) ? 1 : 0)) : "",
            s.dkim.length
              ? joined(
                  s.dkim.map((k) =>
                    link(
                      href.publicRecord(`${k.selector.toLowerCase()}._domainkey`, "CNAME"),
                      code(k.selector),
                    ),
                  ),
                )
              : "none",
          ]),
          rowHeader: true,
        }),
  ];
  if (spf)
    blocks.push(
      p(["The SPF record Carrel builds from them: ", code(spf.text)]),
      p([
        `It needs ${spf.lookups} of the ${SPF_LOOKUP_LIMIT} DNS lookups receivers allow. `,
        spf.all === "-all"
          ? "Mail from any other server fails (-all)."
          : spf.all === "~all"
            ? "Mail from any other server is marked as suspicious (~all)."
            : "Mail from any other server is neither passed nor failed (?all).",
        " An include's lookups are what site.yaml declares, as the provider documents them; when a provider changes its record, update the number.",
      ]),
    );
  return { id: "senders", heading: "Mail senders: SPF and DKIM", blocks };
}

function dmarc(zone: PublicZone): Section {
  const d = zone.dmarc;
  return {
    id: "dmarc",
    heading: "DMARC policy",
    blocks: d
      ? [
          p(["The record: ", code(d.record)]),
          facts(
            [...d.reading.tags].map(([tag, value]) => [
              `${tag}=${value}`,
              DMARC_TAGS[tag] ?? "not a DMARC tag",
            ]),
          ),
        ]
      : [
          p(
            "There is no DMARC record. Add publicDns.dmarc to site.yaml, starting with p=none and an rua address to receive reports.",
          ),
        ],
  };
}

function azure(ctx: DocsContext, zone: PublicZone): Section {
  const sets = [...new Map(zone.records.map((r) => [`${r.name} ${r.type}`, r])).values()];
  return {
    id: "where",
    heading: "Where the records live: Azure DNS",
    blocks: [
      p([
        `Azure DNS serves ${zone.domain} from the resource group `,
        code(ctx.model.site.azure?.resourceGroup ?? ""),
        `. pulumi up creates the zone and its ${count(sets.length, "record set")} from site.yaml; change the records there, never in the Azure portal, or the next run puts them back.`,
      ]),
      p([
        `At the registrar${zone.registrar ? `, ${zone.registrar},` : ""} only one thing is set: the domain's name servers, which must be the four Azure gave the zone. The stack output `,
        code("publicDnsNameServers"),
        " lists them; they belong in site.yaml as publicDns.nameServers.",
      ]),
      table({
        caption: "The zone's record sets in Pulumi",
        head: ["Record set (Pulumi name)", "Name", "Type"],
        rows: sets.map((r): Inline[] => [
          code(dnsRecordSetResourceName(zone.domain, r.type, r.name)),
          code(fullName(zone, r.name)),
          r.type,
        ]),
        rowHeader: true,
      }),
    ],
  };
}

function registrar(zone: PublicZone): Section {
  return {
    id: "where",
    heading: `Where the records live: ${zone.registrar ?? "the registrar"}`,
    blocks: [
      p(
        `The registrar serves ${zone.domain}: enter these records in its DNS settings, one row each, exactly as written. Most registrars want the host without the domain (@ for the domain itself) and TXT values without quotes.`,
      ),
      table({
        caption: "Records to enter at the registrar",
        head: ["Host", "Type", "Value", "Priority", "TTL (seconds)"],
        numeric: [3, 4],
        rows: zone.records.map((r): Inline[] => [
          code(r.name),
          r.type,
          code(r.type === "CNAME" || r.type === "MX" ? r.value.replace(/\.$/, "") : r.value),
          r.type === "MX" ? String(r.priority ?? 0) : "",
          r.ttl,
        ]),
        rowHeader: true,
      }),
      list([
        "After entering them, wait for the time-to-live to pass, then check with nslookup.",
        "Whenever site.yaml changes a record, this table changes too: enter the difference.",
      ]),
    ],
  };
}
