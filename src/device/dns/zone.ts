/**
 * Reads DNS zone files in the master-file format of RFC 1035, as BIND keeps them and as
 * Windows DNS exports them (`dnscmd /ZoneExport`, with its `[AGE:n]` marks on dynamic
 * records): `$ORIGIN`, `$TTL`, parentheses over several lines, `;` comments, owners left out
 * (the previous one), `@`, relative and absolute names. `$INCLUDE` names a file Carrel cannot
 * see, so it stops the import at its line; `$GENERATE` is listed as not modelled.
 */
import type { ConfigProblem, SourceLine } from "../facts.ts";

/** One resource record, names made absolute (lower case, no final dot). */
export interface ZoneRecord {
  readonly name: string;
  readonly type: string;
  readonly data: readonly string[];
  readonly line: number;
  /** Registered by a client (a Windows export's `[AGE:n]` mark), not written by an admin. */
  readonly dynamic: boolean;
}

/** A parsed zone. */
export interface ZoneFile {
  /** The zone's name (lower case, no final dot), and where it was found. */
  readonly origin: string | undefined;
  readonly originLine: number | undefined;
  /** How the origin was found: `$ORIGIN`, the Windows export's header, or not at all. */
  readonly originFrom: "directive" | "header" | "none";
  readonly records: ZoneRecord[];
  readonly unmodelled: SourceLine[];
  readonly problems: ConfigProblem[];
  readonly lineCount: number;
}

const TYPES = new Set([
  "A",
  "AAAA",
  "CNAME",
  "PTR",
  "NS",
  "SOA",
  "MX",
  "SRV",
  "TXT",
  "CAA",
  "NAPTR",
  "DNAME",
  "HINFO",
  "RP",
  "SPF",
  "DS",
  "DNSKEY",
  "TLSA",
  "SSHFP",
  "WINS",
  "WINSR",
]);

/** Whether text is a zone file: the line of its `$ORIGIN`/`$TTL` or of its SOA record. */
export function recogniseZone(text: string): number | undefined {
  const lines = text.split(/\r?\n/, 4000);
  const index = lines.findIndex(
    (l) =>
      /^\$(ORIGIN|TTL)\s/i.test(l) ||
      /\sIN\s+SOA\s/i.test(l) ||
      /^;\s*Database file .* zone\./i.test(l.trim()),
  );
  return index < 0 ? undefined : index + 1;
}

function words(text: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (const m of text.matchAll(re)) out.push(m[1] !== undefined ? m[1] : m[2]!);
  return out;
}

function stripComment(line: string): string {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"' && line[i - 1] !== "\\") quoted = !quoted;
    if (line[i] === ";" && !quoted) return line.slice(0, i);
  }
  return line;
}

/** Parses zone file text. `fallbackOrigin` names the zone when the file does not. */
export function parseZone(text: string, fallbackOrigin?: string): ZoneFile {
  const physical = text.split(/\r?\n/);
  const header = /^;\s*Database file \S+ for (\S+) zone\./im.exec(text);
  let origin = header?.[1]?.toLowerCase().replace(/\.$/, "") ?? fallbackOrigin?.toLowerCase();
  let originLine = header ? text.slice(0, header.index).split("\n").length : undefined;
  let originFrom: ZoneFile["originFrom"] = header ? "header" : "none";
  let zoneName = origin;
  const records: ZoneRecord[] = [];
  const unmodelled: SourceLine[] = [];
  const problems: ConfigProblem[] = [];
  let owner: string | undefined;
  const absolute = (name: string): string => {
    if (name === "@") return origin ?? "";
    if (name.endsWith(".")) return name.slice(0, -1).toLowerCase();
    return (origin ? `${name}.${origin}` : name).toLowerCase();
  };
  for (let i = 0; i < physical.length; i++) {
    const line = i + 1;
    const raw = physical[i]!;
    let body = stripComment(raw);
    // Parentheses join lines into one record (SOA timers).
    if (body.includes("(") && !body.includes(")")) {
      while (i + 1 < physical.length && !body.includes(")"))
        body += ` ${stripComment(physical[++i]!)}`;
      if (!body.includes(")")) {
        problems.push({ line, message: "a '(' is never closed with ')': the file looks cut off" });
        break;
      }
    }
    body = body.replace(/[()]/g, " ");
    if (body.trim() === "") continue;
    const startsBlank = /^\s/.test(body);
    const w = words(body.trim());
    const directive = w[0]!.toUpperCase();
    if (directive === "$INCLUDE") {
      problems.push({
        line,
        message: `$INCLUDE reads records from '${w[1] ?? ""}', which Carrel cannot see: paste those records into this file and import again`,
      });
      continue;
    }
    if (directive === "$ORIGIN") {
      origin = absolute(w[1] ?? "");
      // The first $ORIGIN names the zone; later ones only shorten the names after them.
      if (originFrom !== "directive") {
        zoneName = origin;
        originLine = line;
        originFrom = "directive";
      }
      continue;
    }
    if (directive === "$TTL") continue;
    if (directive.startsWith("$")) {
      unmodelled.push({ line, text: raw.trim(), context: undefined });
      continue;
    }
    let k = 0;
    let dynamic = false;
    if (!startsBlank) owner = absolute(w[k++]!);
    // Then, in any order: [AGE:n] (Windows), a TTL, the class; then the type.
    while (k < w.length && !TYPES.has(w[k]!.toUpperCase())) {
      const t = w[k]!.toUpperCase();
      if (/^\[AGE:\d+\]$/.test(t)) dynamic = true;
      if (
        /^\[AGE:\d+\]$/.test(t) ||
        /^\d+[SMHDW]?$/.test(t) ||
        t === "IN" ||
        t === "CH" ||
        t === "HS"
      )
        k++;
      else break;
    }
    const type = w[k]?.toUpperCase();
    if (owner === undefined || type === undefined || !TYPES.has(type)) {
      problems.push({ line, message: `cannot read this record: '${raw.trim()}'` });
      continue;
    }
    records.push({ name: owner, type, data: w.slice(k + 1), line, dynamic });
  }
  return {
    origin: zoneName,
    originLine,
    originFrom,
    records,
    unmodelled,
    problems,
    lineCount: physical.length,
  };
}
