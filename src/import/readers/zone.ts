/**
 * Reads a DNS zone file (BIND, or a Windows DNS export) into an import fragment: a forward
 * zone gives the site's domain and a host per A record, a reverse zone a host per PTR record.
 * The merger places each host on the VLAN whose subnet holds its address. Records site.yaml
 * has no place for (Active Directory's service records, aliases, mail, IPv6, addresses that
 * DHCP clients registered themselves) are counted in the report instead.
 */
import { parseZone, recogniseZone, type ZoneRecord } from "../../device/dns/zone.ts";
import { parseIp } from "../../site/net/ipv4.ts";
import {
  hostItem,
  type ImportedItem,
  type ImportFragment,
  type ImportNote,
  type Origin,
} from "../fragment.ts";
import type { FileReader, ImportFile } from "../registry.ts";
import { hostnameFrom } from "./names.ts";

const KIND = "DNS zone file";

/** The zone name a file's name suggests: `db.library.local`, `ad.rbpl.org.zone` → the domain. */
export function zoneFromFileName(path: string): string | undefined {
  const base = (path.split(/[\\/]/).pop() ?? path).toLowerCase();
  const name = base.replace(/^db\./, "").replace(/\.(zone|dns|db|txt|hosts)$/, "");
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(name) ? name : undefined;
}

/** The address a reverse name stands for: `5.10.20.10.in-addr.arpa` → `10.20.10.5`. */
function reverseAddress(name: string): string | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\.in-addr\.arpa$/.exec(name);
  if (!m) return undefined;
  const ip = `${m[4]}.${m[3]}.${m[2]}.${m[1]}`;
  return parseIp(ip) === undefined ? undefined : ip;
}

/** Reads one zone file. */
export function readZone(file: ImportFile): ImportFragment {
  const at = (line?: number): Origin => ({
    source: file.path,
    ...(line !== undefined ? { line } : {}),
  });
  const zone = parseZone(file.text, zoneFromFileName(file.path));
  if (zone.problems.length > 0) {
    const notes: ImportNote[] = zone.problems.map((p) => ({
      level: "error",
      topic: "problem",
      origin: at(p.line),
      message: p.message,
    }));
    return { kind: KIND, origin: at(), items: [], notes, adopt: [] };
  }
  const items: ImportedItem[] = [];
  const notes: ImportNote[] = [];
  const origin = zone.origin;
  if (!origin) {
    notes.push({
      level: "error",
      topic: "problem",
      origin: at(1),
      message:
        "the zone's name is unknown: the file has no $ORIGIN line; add one (like $ORIGIN library.local.) and import again",
    });
    return { kind: KIND, origin: at(), items, notes, adopt: [] };
  }
  const reverse = origin.endsWith(".in-addr.arpa");
  if (!reverse) {
    items.push({
      kind: "place",
      key: ["site", "domain"],
      value: origin,
      origin: at(zone.originLine ?? 1),
      ...(zone.originFrom === "none" ? { guessed: "the zone is named after its file" } : {}),
    });
  }
  const skipped = new Map<string, ZoneRecord[]>();
  const skip = (why: string, r: ZoneRecord) => skipped.set(why, [...(skipped.get(why) ?? []), r]);
  for (const r of zone.records) {
    if (r.type === "SOA" || r.type === "NS") continue;
    if (r.dynamic) skip("records that clients registered themselves (dynamic updates)", r);
    else if (r.type === "A" && !reverse) {
      const rel =
        r.name === origin
          ? "@"
          : r.name.endsWith(`.${origin}`)
            ? r.name.slice(0, -origin.length - 1)
            : r.name;
      if (rel === "@") skip("addresses of the domain itself (@), which Active Directory keeps", r);
      else if (
        rel.includes(".") ||
        rel.startsWith("_") ||
        /^(domaindnszones|forestdnszones)$/.test(rel)
      )
        skip("names below the zone's own names (like DomainDnsZones or sub.domain)", r);
      else if (parseIp(r.data[0] ?? "") === undefined) skip("records that cannot be read", r);
      else {
        const named = hostnameFrom(rel);
        items.push(
          hostItem(
            { name: named.name, ip: r.data[0]! },
            at(r.line),
            named.changed ? { guessed: `'${rel}' is not a host name` } : {},
          ),
        );
      }
    } else if (r.type === "PTR" && reverse) {
      const ip = reverseAddress(r.name);
      const target = (r.data[0] ?? "").replace(/\.$/, "").split(".")[0] ?? "";
      if (!ip || target === "") skip("records that cannot be read", r);
      else items.push(hostItem({ name: hostnameFrom(target.toLowerCase()).name, ip }, at(r.line)));
    } else if (r.type === "SRV") skip("service (SRV) records, such as Active Directory's", r);
    else if (r.type === "CNAME") skip("aliases (CNAME); site.yaml has no aliases", r);
    else if (r.type === "AAAA") skip("IPv6 addresses (AAAA); site.yaml is IPv4", r);
    else skip(`${r.type} records`, r);
  }
  for (const [why, records] of skipped) {
    const shown = records
      .slice(0, 5)
      .map((r) => `line ${r.line}`)
      .join(", ");
    notes.push({
      level: "info",
      topic: "unmodelled",
      origin: at(records[0]!.line),
      message: `left out: ${records.length} ${why} (${shown}${records.length > 5 ? ", ..." : ""})`,
    });
  }
  for (const u of zone.unmodelled)
    notes.push({
      level: "info",
      topic: "unmodelled",
      origin: at(u.line),
      message: `'${u.text}' is not modelled`,
    });
  return { kind: KIND, origin: at(), priority: reverse ? 45 : 40, items, notes, adopt: [] };
}

/** The zone file reader. */
export const zoneReader: FileReader = {
  id: "dns-zone",
  format: KIND,
  recognise: (file) => recogniseZone(file.text),
  read: readZone,
};
