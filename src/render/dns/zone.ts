/** A DNS zone of the model as a BIND zone file. */
import type { DnsZone } from "../../site/index.ts";
import type { TemplateEngine } from "../engine.ts";
import { pathSegment } from "../escape/file-name.ts";
import { zoneSerial } from "./serial.ts";

/** Times in the SOA and the default TTL, in seconds. */
export const ZONE_TIMERS = {
  ttl: 3600,
  refresh: 3600,
  retry: 900,
  expire: 1_209_600,
  negativeTtl: 300,
} as const;

/** The zone's serial: from its name servers and records (see `zoneSerial`). */
export function serialOf(zone: DnsZone): number {
  const lines = [
    zone.origin,
    ...zone.nameServers.map((ns) => `NS ${ns}`),
    ...zone.records.map((r) => `${r.name} ${r.type} ${r.value}`),
  ];
  return zoneSerial(lines.join("\n"));
}

/** The file a zone is written to, inside the output folder. */
export function zoneFilePath(zone: DnsZone): string {
  return `dns/${pathSegment(zone.origin)}.zone`;
}

/** Renders a zone as a BIND zone file. */
export function renderZoneFile(
  engine: TemplateEngine,
  header: readonly string[],
  zone: DnsZone,
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
