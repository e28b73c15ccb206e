/**
 * The checks of the public zone, worked out once: the validator reports them (rules
 * `public-dns`, `spf` and `dmarc`) and the docs' Email and website DNS page shows them as
 * check results. Each finding is an issue at the value it is about.
 */
import { isIPv4, isIPv6 } from "node:net";
import { calendarDateProblem } from "../dates.ts";
import { error, warning, type Issue } from "../issue.ts";
import { dnsNameProblem } from "../name-types.ts";
import type { Site } from "../schema.ts";
import { didYouMean } from "../suggest.ts";
import { daysBetween } from "./lifecycle.ts";
import { isSpfText, parseSpfTerm, readSpfRecord, SPF_LOOKUP_LIMIT } from "./spf.ts";
import { publicZone, type PublicZone, type PublicZoneRecord } from "./public-dns.ts";
import { readDmarc } from "./dmarc.ts";

/** The checks, by the rule id the validator reports them under. */
export const PUBLIC_DNS_CHECKS = {
  "public-dns":
    "each record fits its type; MX records point at names; no CNAME at the domain itself or beside another record",
  spf: "SPF is well formed, published once, and needs at most 10 DNS lookups",
  dmarc: "DMARC's tags are well formed, it is published once, and p=none is not left for long",
} as const;

/** One of the checks. */
export type PublicDnsCheck = keyof typeof PUBLIC_DNS_CHECKS;

/** How long p=none may stay before it is warned about: long enough to read the reports. */
export const DMARC_NONE_DAYS = 90;

/**
 * Everything the checks find in a site's public zone, on `today` (YYYY-MM-DD); without a
 * date, the checks that depend on one (the age of p=none, a date in the future) are left out.
 */
export function publicDnsFindings(site: Site, today: string | undefined): Issue[] {
  const zone = publicZone(site);
  if (!zone) return [];
  return [...recordFindings(site, zone), ...spfFindings(zone), ...dmarcFindings(zone, today)];
}

/** The written records, each checked against its type, and the names they share. */
function recordFindings(site: Site, zone: PublicZone): Issue[] {
  const out: Issue[] = [];
  const add = (issue: Issue) => out.push(issue);
  const dns = site.publicDns!;
  if (dns.provider === "azure" && !site.azure)
    add(
      error(
        "public-dns",
        ["publicDns", "provider"],
        "the zone goes into Azure DNS in the site's Azure resource group, but site.yaml has no azure section; add one, or write provider: registrar",
      ),
    );
  if (dns.nameServers.length === 0)
    add(
      warning(
        "public-dns",
        ["publicDns", "domain"],
        `no nameServers are listed for ${zone.domain}, so no zone file can be written; list the name servers the registrar shows (with Azure DNS, the four it gives the zone after the first pulumi up)`,
      ),
    );
  const services = site.services.map((s) => s.name);
  dns.records.forEach((r, i) => {
    const at = ["publicDns", "records", i];
    const problem = valueProblem(r.type, r.value, zone.domain);
    if (problem) add(error("public-dns", [...at, "value"], problem));
    if (r.type === "MX" && r.priority === undefined)
      add(
        error(
          "public-dns",
          at,
          "an MX record needs a priority (0 to 65535; the lowest is tried first)",
        ),
      );
    if (r.type !== "MX" && r.priority !== undefined)
      add(
        error("public-dns", [...at, "priority"], `only MX records have a priority, not ${r.type}`),
      );
    const name = r.name.toLowerCase();
    if (name === zone.domain || name.endsWith(`.${zone.domain}`)) {
      const relative = name === zone.domain ? "@" : name.slice(0, -zone.domain.length - 1);
      add(
        error(
          "public-dns",
          [...at, "name"],
          `names are written relative to ${zone.domain}: write ${relative === "@" ? '"@"' : relative}, not ${r.name}`,
        ),
      );
    }
    if (r.service !== undefined && !services.includes(r.service))
      add(
        error(
          "public-dns",
          [...at, "service"],
          `'${r.service}' is not a service under services${didYouMean(r.service, services) || "; write a service's name"}`,
        ),
      );
  });
  out.push(...sharedNameFindings(zone));
  return out;
}

/** Why a record's value does not fit its type, or undefined. */
function valueProblem(type: string, value: string, domain: string): string | undefined {
  switch (type) {
    case "A":
      return isIPv4(value) ? undefined : `'${value}' is not an IPv4 address (like 203.0.113.80)`;
    case "AAAA":
      return isIPv6(value) ? undefined : `'${value}' is not an IPv6 address (like 2001:db8::80)`;
    case "MX":
      if (isIPv4(value) || isIPv6(value))
        return `an MX record points at a mail server's name, never at an address (${value}); give the server a name with an A record and point the MX at that name`;
      return targetProblem(value, domain);
    case "CNAME":
      return isIPv4(value) || isIPv6(value)
        ? `a CNAME points at a name, not at an address (${value}); use an A record for an address`
        : targetProblem(value, domain);
    case "TXT": {
      const bad = [...value].find((c) => c < " " || c > "~" || c === '"' || c === "\\");
      if (bad !== undefined)
        return `a TXT value here is plain ASCII text without quotes or backslashes (found ${JSON.stringify(bad)}), as providers' verification values are`;
      return Buffer.byteLength(value) > 255
        ? `is ${Buffer.byteLength(value)} characters long; one TXT string holds at most 255`
        : undefined;
    }
    default:
      return `${type} records are not written here`;
  }
}

function targetProblem(value: string, domain: string): string | undefined {
  const problem = dnsNameProblem(value, true);
  if (problem) return problem;
  const bare = value.replace(/\.$/, "").toLowerCase();
  return bare.split(".").length < 2
    ? `'${value}' is one word; write the full name (like ${value}.${domain})`
    : undefined;
}

/** CNAMEs at the domain itself or beside other records, and records written twice. */
function sharedNameFindings(zone: PublicZone): Issue[] {
  const out: Issue[] = [];
  const byName = new Map<string, PublicZoneRecord[]>();
  for (const r of zone.records) byName.set(r.name, [...(byName.get(r.name) ?? []), r]);
  const shown = (name: string) => (name === "@" ? zone.domain : `${name}.${zone.domain}`);
  for (const [name, records] of byName) {
    const cnames = records.filter((r) => r.type === "CNAME");
    for (const c of cnames) {
      const at = c.source === "written" ? [...c.path, "name"] : c.path;
      if (name === "@") {
        out.push(
          error(
            "public-dns",
            at,
            `a CNAME cannot be at ${zone.domain} itself: the domain must also hold its SOA, NS and MX records, and a name with a CNAME holds nothing else; use an A record (or the DNS host's alias record) for the web site`,
          ),
        );
        continue;
      }
      // The same CNAME written twice is reported as written twice, below.
      const others = records.filter((r) => r !== c && !(r.type === "CNAME" && r.value === c.value));
      if (others.length === 0) continue;
      const what = others.map(
        (o) => `${o.type === "CNAME" ? "another CNAME" : `a ${o.type} record`} (${placeOf(o)})`,
      );
      out.push(
        error(
          "public-dns",
          at,
          `${shown(name)} has a CNAME and also ${[...new Set(what)].join(" and ")}; a name with a CNAME holds nothing else, so receivers would see only one of them: give one of them another name`,
        ),
      );
    }
    const seen = new Set<string>();
    for (const r of records) {
      const key = `${r.type} ${r.priority ?? ""} ${r.type === "TXT" ? r.value : r.value.toLowerCase()}`;
      if (seen.has(key) && r.source === "written")
        out.push(
          error(
            "public-dns",
            r.path,
            `${shown(name)} ${r.type} ${r.value} is written twice; remove one`,
          ),
        );
      seen.add(key);
    }
    for (const type of new Set(records.map((r) => r.type))) {
      const set = records.filter((r) => r.type === type);
      const ttls = new Set(set.map((r) => r.ttl));
      if (ttls.size > 1)
        out.push(
          error(
            "public-dns",
            set.find((r) => r.source === "written")?.path ?? set[0]!.path,
            `the ${type} records of ${shown(name)} have different ttl values (${[...ttls].join(", ")}); records of one name and type share one time-to-live, so give them the same`,
          ),
        );
    }
  }
  return out;
}

/** Where a record comes from, for messages. */
function placeOf(r: PublicZoneRecord): string {
  switch (r.source) {
    case "written":
      return `publicDns.records[${String(r.path[2])}]`;
    case "spf":
      return "the SPF record Carrel builds";
    case "dkim":
      return "a DKIM selector of a mail sender";
    case "dmarc":
      return "the DMARC record";
    default: {
      const never: never = r.source;
      return never;
    }
  }
}

/** The senders' SPF terms, the lookups they cost, and SPF records written by hand. */
function spfFindings(zone: PublicZone): Issue[] {
  const out: Issue[] = [];
  for (const s of zone.senders) {
    if (s.spf === undefined) {
      if (s.lookups !== undefined)
        out.push(
          error(
            "spf",
            [...s.path, "lookups"],
            "lookups counts the DNS lookups of an spf term; there is none here",
          ),
        );
      continue;
    }
    const at = [...s.path, "spf"];
    const term = parseSpfTerm(s.spf);
    if (typeof term === "string") {
      out.push(error("spf", at, `${term}`));
      continue;
    }
    if (term.kind === "modifier" || term.mechanism === "all") {
      out.push(
        error(
          "spf",
          at,
          `'${s.spf}' is not a sender: write the mechanism that lets this sender's servers in (include:, ip4:, a, mx); Carrel writes the record's end from publicDns.spf.all`,
        ),
      );
      continue;
    }
    if (term.mechanism === "include") {
      if (s.lookups === undefined)
        out.push(
          error(
            "spf",
            at,
            `write lookups: beside it: how many DNS lookups ${s.spf} costs with the includes inside it, as the provider documents it (Carrel cannot look it up, and SPF allows 10 in all)`,
          ),
        );
      else if (s.lookups < 1)
        out.push(
          error(
            "spf",
            [...s.path, "lookups"],
            "an include costs at least 1 DNS lookup (the include itself)",
          ),
        );
    } else if (s.lookups !== undefined && s.lookups !== term.lookups)
      out.push(
        error(
          "spf",
          [...s.path, "lookups"],
          `${term.mechanism} costs ${term.lookups === 0 ? "no DNS lookup" : "exactly 1 DNS lookup"}; remove lookups`,
        ),
      );
    if (term.mechanism === "ptr")
      out.push(
        warning(
          "spf",
          at,
          "ptr is slow and deprecated (RFC 7208 section 5.5), and many receivers skip it; use ip4:, a or include: instead",
        ),
      );
  }
  const spf = zone.spf;
  if (spf && spf.lookups > SPF_LOOKUP_LIMIT) {
    const parts = spf.terms
      .filter((t) => t.lookups > 0)
      .map((t) => `${t.term} (${t.senders.join(", ")}) ${t.lookups}`);
    out.push({
      ...error(
        "spf",
        zone.records.find((r) => r.source === "spf")!.path,
        `the SPF record needs ${spf.lookups} DNS lookups, but receivers stop at ${SPF_LOOKUP_LIMIT} and then treat all the library's mail as unauthenticated: ${parts.join(", ")}; remove a sender, or ask a provider for ip4: addresses instead of its include`,
      ),
      atKey: true,
    });
  }
  const written = zone.records.filter(
    (r) => r.source === "written" && r.type === "TXT" && isSpfText(r.value),
  );
  written.forEach((r, i) => {
    const at = [...r.path, "value"];
    if (r.name !== "@") return;
    if (spf || i > 0) {
      out.push(
        error(
          "spf",
          at,
          spf
            ? `a second SPF record for ${zone.domain}: with two, every SPF check fails (RFC 7208 section 4.5); Carrel builds the SPF record from the services' mail and publicDns.spf, so move this record's senders there`
            : `a second SPF record for ${zone.domain}: with two, every SPF check fails (RFC 7208 section 4.5); join them into one`,
        ),
      );
      return;
    }
    const reading = readSpfRecord(r.value);
    for (const problem of reading.problems) out.push(error("spf", at, problem));
    if (reading.lookups > SPF_LOOKUP_LIMIT)
      out.push(
        error(
          "spf",
          at,
          `the SPF record needs at least ${reading.lookups} DNS lookups (each include counted once), but receivers stop at ${SPF_LOOKUP_LIMIT}`,
        ),
      );
  });
  return out;
}

/** The DMARC record's tags, its policy's age, and DMARC records written by hand. */
function dmarcFindings(zone: PublicZone, today: string | undefined): Issue[] {
  const out: Issue[] = [];
  const dmarc = zone.dmarc;
  const at = ["publicDns", "dmarc", "record"];
  if (dmarc) {
    for (const problem of dmarc.reading.problems)
      out.push(error("dmarc", at, `the DMARC record ${problem}`));
    const since = dmarc.since;
    const sinceProblem = since === undefined ? undefined : calendarDateProblem(since);
    if (since !== undefined && sinceProblem)
      out.push(
        error(
          "dmarc",
          ["publicDns", "dmarc", "since"],
          `${since} is not a real date; ${sinceProblem}`,
        ),
      );
    else if (since !== undefined && today !== undefined && daysBetween(today, since) > 0)
      out.push(
        error(
          "dmarc",
          ["publicDns", "dmarc", "since"],
          `${since} is in the future (today is ${today}); write the day the policy was set`,
        ),
      );
    else if (since !== undefined && today !== undefined && dmarc.reading.policy === "none") {
      const days = daysBetween(since, today);
      if (days > DMARC_NONE_DAYS)
        out.push(
          warning(
            "dmarc",
            at,
            `p=none has been the policy since ${since}, ${days} days ago: with p=none, DMARC only watches and protects nothing, so keep it at most ${DMARC_NONE_DAYS} days; once the reports show every sender passes, change to p=quarantine and update since`,
          ),
        );
    }
    if (dmarc.reading.problems.length === 0 && !dmarc.reading.tags.has("rua"))
      out.push(
        warning(
          "dmarc",
          at,
          "the DMARC record has no rua= address, so nobody receives the reports that show which mail fails",
        ),
      );
    for (const address of dmarc.reading.reportTo) {
      const domain = address.split("@")[1]!.toLowerCase();
      if (domain !== zone.domain && !domain.endsWith(`.${zone.domain}`))
        out.push(
          warning(
            "dmarc",
            at,
            `reports for ${zone.domain} go to ${domain} only if that domain agrees, by publishing ${zone.domain}._report._dmarc.${domain} (TXT v=DMARC1); check with whoever runs it`,
          ),
        );
    }
    if (!zone.spf && !zone.senders.some((s) => s.dkim.length > 0))
      out.push(
        warning(
          "dmarc",
          at,
          "no mail sender is declared (no SPF record, no DKIM selector), so every message from the domain fails DMARC",
        ),
      );
  }
  const written = zone.records.filter(
    (r) => r.source === "written" && r.type === "TXT" && r.name === "_dmarc",
  );
  written.forEach((r, i) => {
    const where = [...r.path, "value"];
    if (dmarc || i > 0) {
      out.push(
        error(
          "dmarc",
          where,
          `a second DMARC record for ${zone.domain}: with two, receivers ignore both${dmarc ? "; the record under publicDns.dmarc is the one Carrel publishes, so remove this one" : ""}`,
        ),
      );
      return;
    }
    for (const problem of readDmarc(r.value).problems)
      out.push(error("dmarc", where, `the DMARC record ${problem}`));
  });
  return out;
}
