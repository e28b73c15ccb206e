/**
 * The library's public zone (`publicDns`) as a BIND zone file, `dns/public/<domain>.zone`:
 * what to load into a DNS server, to compare with what the registrar or Azure DNS serves,
 * or to import into another DNS host. Every record of the model's public zone, each under a
 * comment saying what it is for; none without name servers to name (the validator warns).
 */
import type { PublicZone } from "../../site/index.ts";
import type { TemplateEngine } from "../engine.ts";
import { pathSegment } from "../escape/file-name.ts";
import { zoneSerial } from "./serial.ts";
import { ZONE_TIMERS } from "./zone.ts";

/** The file the public zone is written to, inside the output folder. */
export function publicZoneFilePath(zone: PublicZone): string {
  return `dns/public/${pathSegment(zone.domain)}.zone`;
}

/** The public zone's serial: from its name servers and records. */
export function publicZoneSerial(zone: PublicZone): number {
  return zoneSerial(
    [
      zone.domain,
      ...zone.nameServers.map((ns) => `NS ${ns}`),
      ...zone.records.map((r) => `${r.name} ${r.ttl} ${r.type} ${r.priority ?? ""} ${r.value}`),
    ].join("\n"),
  );
}

/** Renders the public zone as a BIND zone file; undefined when it names no name server. */
export function renderPublicZone(
  engine: TemplateEngine,
  header: readonly string[],
  zone: PublicZone,
): string | undefined {
  if (zone.nameServers.length === 0) return undefined;
  return engine.render("dns/public-zone", {
    header,
    origin: zone.domain,
    ttl: zone.ttl,
    primary: zone.nameServers[0],
    contact: `hostmaster.${zone.domain}.`,
    serial: publicZoneSerial(zone),
    timers: ZONE_TIMERS,
    nameServers: zone.nameServers,
    records: zone.records,
    width: Math.max(1, ...zone.records.map((r) => r.name.length)),
  });
}
