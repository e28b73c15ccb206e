/**
 * DMARC records (RFC 7489 section 6.3, with the tags DMARCbis adds) read tag by tag: what
 * each says, and what is wrong with one. Receivers ignore a tag they do not know, so a
 * misspelt one (`rau=`) silently does nothing: Carrel names it instead.
 */
import { closest } from "../suggest.ts";

/** What a DMARC policy asks receivers to do with mail that fails. */
export const DMARC_POLICIES = ["none", "quarantine", "reject"] as const;

/** A DMARC policy. */
export type DmarcPolicy = (typeof DMARC_POLICIES)[number];

/** The tags a DMARC record may hold, with what each is for (in words, for the docs). */
export const DMARC_TAGS: Readonly<Record<string, string>> = {
  v: "version (always DMARC1)",
  p: "what to do with mail that fails: none, quarantine (junk folder) or reject",
  sp: "the same, for subdomains",
  np: "the same, for subdomains that do not exist",
  rua: "where daily summary reports go",
  ruf: "where reports on single failed messages go",
  adkim: "how strictly DKIM must match: r (relaxed) or s (strict)",
  aspf: "how strictly SPF must match: r (relaxed) or s (strict)",
  pct: "the percentage of failing mail the policy applies to",
  fo: "when to send failure reports: 0, 1, d or s",
  rf: "the format of failure reports (afrf)",
  ri: "seconds between summary reports",
  psd: "whether this is a public suffix domain: y, n or u",
  t: "testing mode: y or n",
};

/** A mail address as a DMARC report address writes it after `mailto:`. */
const MAILTO =
  /^mailto:([^\s@,!;]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+)(?:![0-9]+[kmgt]?)?$/i;

/** A DMARC record read. */
export interface DmarcReading {
  /** Tag → value, lower-case tag names, in the order written. */
  readonly tags: ReadonlyMap<string, string>;
  readonly policy: DmarcPolicy | undefined;
  /** The report addresses of `rua`, as mail addresses. */
  readonly reportTo: readonly string[];
  /** What is wrong, in words; empty for a good record. */
  readonly problems: readonly string[];
}

const oneOf = (values: readonly string[]) => (v: string) =>
  values.includes(v) ? undefined : `must be ${values.slice(0, -1).join(", ")} or ${values.at(-1)}`;

/** How each tag's value is checked: undefined when fine, else what it must be. */
const CHECKS: Readonly<Record<string, (value: string) => string | undefined>> = {
  v: (v) => (v === "DMARC1" ? undefined : "must be DMARC1"),
  p: oneOf(DMARC_POLICIES),
  sp: oneOf(DMARC_POLICIES),
  np: oneOf(DMARC_POLICIES),
  adkim: oneOf(["r", "s"]),
  aspf: oneOf(["r", "s"]),
  pct: (v) =>
    /^\d{1,3}$/.test(v) && Number(v) <= 100 ? undefined : "must be a whole number from 0 to 100",
  fo: (v) =>
    v.split(":").every((o) => ["0", "1", "d", "s"].includes(o))
      ? undefined
      : "must be 0, 1, d or s, or several joined with ':'",
  rf: (v) => (v.split(":").every((f) => f === "afrf") ? undefined : "must be afrf"),
  ri: (v) =>
    /^\d{1,10}$/.test(v) && Number(v) <= 4_294_967_295 ? undefined : "must be a number of seconds",
  psd: oneOf(["y", "n", "u"]),
  t: oneOf(["y", "n"]),
  rua: reportAddresses,
  ruf: reportAddresses,
};

function reportAddresses(value: string): string | undefined {
  const bad = value.split(",").find((uri) => !MAILTO.test(uri.trim()));
  return bad === undefined
    ? undefined
    : `must be mailto: addresses separated by commas (like mailto:dmarc@library.org), not '${bad.trim()}'`;
}

/** Reads a DMARC record's text. */
export function readDmarc(text: string): DmarcReading {
  const problems: string[] = [];
  const tags = new Map<string, string>();
  const parts = text.split(";").map((p) => p.trim());
  // One `;` may end the record.
  if (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
  parts.forEach((part, i) => {
    const m = /^([A-Za-z]+)\s*=\s*(.*)$/.exec(part);
    if (!m) {
      problems.push(
        part === ""
          ? "has an empty tag (two ';' in a row)"
          : `'${part}' is not a tag; write tag=value, with ';' between tags`,
      );
      return;
    }
    const tag = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (i === 0 && tag !== "v") problems.push("must start with v=DMARC1");
    if (tags.has(tag)) {
      problems.push(`gives ${tag}= twice; receivers then ignore the whole record`);
      return;
    }
    tags.set(tag, value);
    const check = CHECKS[tag];
    if (!check) {
      const near = closest(tag, Object.keys(DMARC_TAGS));
      problems.push(
        `'${tag}' is not a DMARC tag, so receivers ignore it${near ? `; did you mean '${near}'?` : ""}`,
      );
      return;
    }
    const problem = check(value);
    if (problem) problems.push(`${tag}=${value} ${problem}`);
  });
  if (!tags.has("v") && !problems.includes("must start with v=DMARC1"))
    problems.push("must start with v=DMARC1");
  if (!tags.has("p")) problems.push("has no p= policy, which a DMARC record must have");
  const p = tags.get("p");
  const policy = DMARC_POLICIES.find((x) => x === p);
  const reportTo = (tags.get("rua") ?? "").split(",").flatMap((uri) => {
    const m = MAILTO.exec(uri.trim());
    return m ? [m[1]!] : [];
  });
  return { tags, policy, reportTo, problems };
}
