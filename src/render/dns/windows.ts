/** Windows DNS: `windows-dns.ps1`, an idempotent script for AD-integrated zones. */
import type { DnsZone } from "../../site/index.ts";
import type { TemplateEngine } from "../engine.ts";

/** Renders the script that creates the zones and records on a Windows DNS server. */
export function renderWindowsDns(
  engine: TemplateEngine,
  header: readonly string[],
  forward: DnsZone,
  reverse: readonly DnsZone[],
): string {
  return engine.render("dns/windows-dns.ps1", {
    header,
    domain: forward.origin,
    zones: [forward, ...reverse].map((z) => ({ name: z.origin, networkId: z.networkId ?? "" })),
    aRecords: forward.records.map((r) => ({ zone: forward.origin, name: r.name, ip: r.value })),
    ptrRecords: reverse.flatMap((z) =>
      z.records.map((r) => ({ zone: z.origin, name: r.name, target: r.value })),
    ),
  });
}
