/**
 * DNS: the site's forward and reverse zones as BIND zone files and a Windows DNS script, and
 * the public zone as a BIND zone file of its own.
 */
import type { GeneratedFile, SiteStamp } from "../../output/index.ts";
import { headerText } from "../../output/index.ts";
import type { SiteModel } from "../../site/index.ts";
import type { TemplateEngine } from "../engine.ts";
import { powershellFile } from "../escape/index.ts";
import { publicZoneFilePath, renderPublicZone } from "./public.ts";
import { renderWindowsDns } from "./windows.ts";
import { renderZoneFile, zoneFilePath } from "./zone.ts";
import { dnsZones } from "./zones.ts";

export * from "./errors.ts";
export * from "./public.ts";
export * from "./serial.ts";
export * from "./zone.ts";
export * from "./zones.ts";

/** Renders `dns/`: one zone file per zone, `windows-dns.ps1`, and `public/<domain>.zone`. */
export function renderDns(
  model: SiteModel,
  stamp: SiteStamp,
  engine: TemplateEngine,
): GeneratedFile[] {
  const { forward, reverse } = dnsZones(model);
  const zoneFiles = [forward, ...reverse].map((zone) => ({
    path: zoneFilePath(zone),
    content: renderZoneFile(engine, headerText(stamp, [`Zone ${zone.origin}.`]), zone),
  }));
  const script = {
    path: "dns/windows-dns.ps1",
    content: powershellFile(
      renderWindowsDns(
        engine,
        headerText(stamp, [`Active Directory-integrated DNS zones of ${forward.origin}.`]),
        forward,
        reverse,
      ),
    ),
  };
  const zone = model.publicZone;
  const publicText =
    zone &&
    renderPublicZone(
      engine,
      headerText(stamp, [
        zone.provider === "azure"
          ? `Public zone ${zone.domain}: Azure DNS serves it; pulumi up creates these records there.`
          : `Public zone ${zone.domain}: the registrar serves it; enter these records there.`,
      ]),
      zone,
    );
  const publicFile =
    zone && publicText !== undefined
      ? [{ path: publicZoneFilePath(zone), content: publicText }]
      : [];
  return [...zoneFiles, script, ...publicFile];
}
