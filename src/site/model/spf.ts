/**
 * SPF (RFC 7208) as Carrel reads it: one term's syntax, and how many DNS lookups it costs a
 * receiver. Receivers give up after 10 lookups (RFC 7208 section 4.6.4: `include`, `a`, `mx`,
 * `ptr`, `exists` and `redirect` each count, and so do the lookups of an included record),
 * and then treat the mail as unauthenticated. Carrel cannot query the internet, so what an
 * include costs in all is what site.yaml declares (`lookups`), as the provider documents it.
 */
import { isIPv6 } from "node:net";

/** SPF's mechanisms, in the order Carrel writes them (cheap ones first). */
export const SPF_MECHANISMS = ["ip4", "ip6", "a", "mx", "ptr", "exists", "include", "all"] as const;

/** An SPF mechanism's name. */
export type SpfMechanism = (typeof SPF_MECHANISMS)[number];

/** One term read: a mechanism with its qualifier and value, or a modifier. */
export type SpfTerm =
  | {
      readonly kind: "mechanism";
      /** `+` (pass, the default), `-` fail, `~` softfail, `?` neutral. */
      readonly qualifier: "+" | "-" | "~" | "?";
      readonly mechanism: SpfMechanism;
      /** What follows the mechanism's name (`:spf.example.com`, `/24`), as written. */
      readonly value: string;
      /** The lookups the term itself costs: 1 for a, mx, ptr, exists and include, else 0. */
      readonly lookups: number;
    }
  | { readonly kind: "modifier"; readonly name: string; readonly value: string };

/** The ones a receiver counts towards the limit of 10. */
export const SPF_LOOKUP_LIMIT = 10;

const OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const IP4 = new RegExp(`^${OCTET}(\\.${OCTET}){3}$`);
/** A macro: `%{i}`, `%{ir}`, `%{d2}`, `%{l-}`, or `%%`, `%_`, `%-`. */
const MACRO = /%\{[slodiphcrtv]\d*r?[.\-+,/_=]*\}|%[%_-]/g;
/** The last part of a domain: letters and digits with at least one letter, or hyphenated. */
const TOPLABEL = /^(?=.*[A-Za-z])[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;

/**
 * Why a domain-spec (the name after `include:`, `a:`...) is not one, or undefined. Stricter
 * than the RFC: besides macros, only letters, digits, dots, hyphens and underscores.
 */
export function spfDomainProblem(spec: string): string | undefined {
  if (spec === "") return "names no domain";
  const literal = spec.replace(MACRO, "m");
  if (/%/.test(literal)) return `holds a '%' that starts no macro (write %% for a percent sign)`;
  if (!/^[A-Za-z0-9._-]+$/.test(literal))
    return `'${spec}' is not a domain: use letters, digits, dots, hyphens and underscores`;
  // A domain-spec may end in a macro (`exists:%{i}._spf.%{d}`): then no last part to check.
  if (/(%\{[slodiphcrtv]\d*r?[.\-+,/_=]*\}|%[%_-])$/.test(spec)) return undefined;
  const bare = spec.endsWith(".") ? spec.slice(0, -1) : spec;
  const labels = bare.split(".");
  if (labels.length < 2 || labels.some((l) => l === ""))
    return `'${spec}' is not a full domain name (like spf.example.com)`;
  if (!TOPLABEL.test(labels[labels.length - 1]!))
    return `'${spec}' does not end in a domain's last part (like .com or .org)`;
  return undefined;
}

function cidrProblem(text: string, max: number): string | undefined {
  if (text === "") return undefined;
  const m = /^\/(\d{1,3})$/.exec(text);
  return m && Number(m[1]) <= max && !/^0\d/.test(m[1]!)
    ? undefined
    : `'${text}' is not a prefix length; write /0 to /${max}`;
}

/** Reads one term; a string says why it is not SPF. */
export function parseSpfTerm(term: string): SpfTerm | string {
  const modifier = /^([A-Za-z][A-Za-z0-9_.-]*)=(.*)$/.exec(term);
  if (modifier) {
    const [, name, value] = modifier as unknown as [string, string, string];
    if (/^(redirect|exp)$/i.test(name)) {
      const problem = spfDomainProblem(value);
      return problem
        ? `${name}= ${problem}`
        : { kind: "modifier", name: name.toLowerCase(), value };
    }
    return { kind: "modifier", name: name.toLowerCase(), value };
  }
  const qualifier = /^[+\-~?]/.test(term) ? (term[0] as "+" | "-" | "~" | "?") : "+";
  const body = /^[+\-~?]/.test(term) ? term.slice(1) : term;
  const m = /^([A-Za-z0-9]+)(.*)$/.exec(body);
  const name = m?.[1]?.toLowerCase() ?? "";
  const rest = m?.[2] ?? "";
  const mechanism = SPF_MECHANISMS.find((x) => x === name);
  if (!mechanism)
    return `'${term}' is not an SPF mechanism; use ip4:, ip6:, a, mx, include: or exists:`;
  const ok = (lookups: number): SpfTerm => ({
    kind: "mechanism",
    qualifier,
    mechanism,
    value: rest,
    lookups,
  });
  switch (mechanism) {
    case "all":
      return rest === "" ? ok(0) : `'${term}': all takes no value`;
    case "ip4": {
      const [, address = "", prefix = ""] = /^:([^/]*)(.*)$/.exec(rest) ?? [];
      if (!IP4.test(address)) return `'${term}': ip4 needs an IPv4 address, like ip4:203.0.113.25`;
      return cidrProblem(prefix, 32) ?? ok(0);
    }
    case "ip6": {
      const [, address = "", prefix = ""] = /^:([^/]*)(.*)$/.exec(rest) ?? [];
      if (!isIPv6(address)) return `'${term}': ip6 needs an IPv6 address, like ip6:2001:db8::25`;
      return cidrProblem(prefix, 128) ?? ok(0);
    }
    case "a":
    case "mx": {
      const [, domain = "", v4 = "", v6 = ""] = /^(?::([^/]*))?(\/\d+)?(?:\/(\/\d+))?$/.exec(
        rest,
      ) ?? [undefined, "\u0000"];
      if (domain === "\u0000") return `'${term}' is not written as ${mechanism}[:domain][/prefix]`;
      const problem =
        (rest.startsWith(":") ? spfDomainProblem(domain) : undefined) ??
        cidrProblem(v4, 32) ??
        cidrProblem(v6, 128);
      return problem ? `'${term}': ${problem}` : ok(1);
    }
    case "ptr": {
      const problem =
        rest === ""
          ? undefined
          : rest.startsWith(":")
            ? spfDomainProblem(rest.slice(1))
            : "is not written as ptr[:domain]";
      return problem ? `'${term}': ${problem}` : ok(1);
    }
    case "include":
    case "exists": {
      if (!rest.startsWith(":"))
        return `'${term}': ${mechanism} needs a domain, like ${mechanism}:spf.example.com`;
      const problem = spfDomainProblem(rest.slice(1));
      return problem ? `'${term}': ${problem}` : ok(1);
    }
    default: {
      const never: never = mechanism;
      return never;
    }
  }
}

/** A record's text read term by term; `problems` is empty for a well-formed record. */
export interface SpfRecordReading {
  readonly terms: readonly SpfTerm[];
  readonly problems: readonly string[];
  /** Lookups counted from the terms alone: an include as 1, whatever it costs in all. */
  readonly lookups: number;
}

/** Whether a TXT record's text is an SPF record (`v=spf1` alone or followed by a space). */
export function isSpfText(text: string): boolean {
  return /^v=spf1( |$)/i.test(text);
}

/** Reads a whole SPF record (`v=spf1 ...`), as written by hand in a TXT record. */
export function readSpfRecord(text: string): SpfRecordReading {
  const problems: string[] = [];
  const [version, ...rest] = text.split(" ");
  if (version !== "v=spf1") problems.push("an SPF record starts with exactly v=spf1");
  if (/ {2}|^ | $/.test(text))
    problems.push("terms are separated by one space, with none at the start or end");
  const terms: SpfTerm[] = [];
  for (const word of rest.filter((w) => w !== "")) {
    const term = parseSpfTerm(word);
    if (typeof term === "string") problems.push(term);
    else terms.push(term);
  }
  const all = terms.findIndex((t) => t.kind === "mechanism" && t.mechanism === "all");
  if (
    all >= 0 &&
    all < terms.length - 1 &&
    terms.slice(all + 1).some((t) => t.kind === "mechanism")
  )
    problems.push("mechanisms after 'all' are never read; put 'all' last");
  const redirects = terms.filter((t) => t.kind === "modifier" && t.name === "redirect").length;
  if (redirects > 1) problems.push("an SPF record holds at most one redirect=");
  const lookups =
    terms.reduce((n, t) => n + (t.kind === "mechanism" ? t.lookups : 0), 0) + redirects;
  return { terms, problems, lookups };
}

/** The order Carrel writes mechanisms in: by mechanism (cheap first), then by value. */
export function spfTermOrder(a: string, b: string): number {
  const rank = (t: string) => {
    const parsed = parseSpfTerm(t);
    return typeof parsed === "string" || parsed.kind !== "mechanism"
      ? SPF_MECHANISMS.length
      : SPF_MECHANISMS.indexOf(parsed.mechanism);
  };
  return (
    rank(a) - rank(b) ||
    (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0)
  );
}
