/** A DNS zone as data, and its BIND zone file. */
import type { TemplateEngine } from "../engine.ts";
import { pathSegment } from "../escape/file-name.ts";
import { zoneSerial } from "./serial.ts";

/** One resource record; `name` is relative to the zone's origin. */
export interface ZoneRecord {
  readonly name: string;
  readonly type: "A" | "PTR";
  /** An address for A, a fully qualified name (ending in a dot) for PTR. */
  readonly value: string;
}

/** A forward or reverse zone. */
export interface Zone {
  /** The zone's name without the trailing dot: `ad.rbpl.org`, `20.20.10.in-addr.arpa`. */
  readonly origin: string;
  /** For a reverse zone, the network it covers (`10.20.20.0/24`), as Windows DNS wants it. */
  readonly networkId: string | undefined;
  /** Fully qualified, ending in a dot; the first is the SOA's primary. */
  readonly nameServers: readonly string[];
  /** The SOA's contact mailbox, as a name: `hostmaster.ad.rbpl.org.` */
  readonly contact: string;
  readonly records: readonly ZoneRecord[];
}

/** Times in the SOA and the default TTL, in seconds. */
export const ZONE_TIMERS = {
  ttl: 3600,
  refresh: 3600,
  retry: 900,
  expire: 1_209_600,
  negativeTtl: 300,
} as const;

/** The zone's serial: from its name servers and records (see `zoneSerial`). */
export function serialOf(zone: Zone): number {
  const lines = [
    zone.origin,
    ...zone.nameServers.map((ns) => `NS ${ns}`),
    ...zone.records.map((r) => `${r.name} ${r.type} ${r.value}`),
  ];
  return zoneSerial(lines.join("\n"));
}

/** The file a zone is written to, inside the output folder. */
export function zoneFilePath(zone: Zone): string {
  return `dns/${pathSegment(zone.origin)}.zone`;
}

/** Renders a zone as a BIND zone file. */
export function renderZoneFile(
  engine: TemplateEngine,
  header: readonly string[],
  zone: Zone,
): string {
  const width = Math.max(1, ...zone.records.map((r) => r.name.length));
  return engine.render("dns/zone", {
    header,
    origin: zone.origin,
    primary: zone.nameServers[0],
    contact: zone.contact,
    serial: serialOf(zone),
    timers: ZONE_TIMERS,
    nameServers: zone.nameServers,
    records: zone.records,
    width,
  });
}
