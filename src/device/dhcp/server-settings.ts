/**
 * Server-wide settings Carrel writes in every DHCP configuration of its own, which site.yaml
 * does not describe because they never vary: the server is authoritative for its scopes,
 * does no dynamic DNS updates, and (dnsmasq) serves no DNS and keeps its leases in the
 * package's usual file. A reader leaves them among the lines it does not model; the import
 * report names them once instead of as lines left out.
 */
import type { SourceLine } from "../facts.ts";

const SETTINGS: readonly RegExp[] = [
  // ISC dhcpd
  /^authoritative;?$/,
  /^ddns-update-style\s+none;?$/,
  // dnsmasq
  /^port=0$/,
  /^dhcp-authoritative$/,
  /^dhcp-leasefile=\S+$/,
];

/** Whether an unmodelled top-level line is one of those settings. */
export function carrelServerSetting(l: SourceLine): boolean {
  return l.context === undefined && SETTINGS.some((s) => s.test(l.text.trim()));
}
