/**
 * The switch-wide settings that say where the switch is and whom to call: SNTP and DNS servers,
 * the DNS domain, and the SNMP contact and location (no community: SNMP access is the hardening
 * work's business, and no secret belongs in a rendered file).
 */
import type { SiteModel } from "../../site/model/site-model.ts";
import type { Switch } from "../../site/schema.ts";
import { fitName } from "./names.ts";

/** The switch keeps at most three SNTP servers and three DNS servers (priorities 1-3). */
export const SNTP_MAX = 3;
export const DNS_MAX = 3;

/**
 * Longest SNMP contact or location written. The switch's menu interface has always shown 48
 * characters of each; longer text is cut to fit.
 */
export const SNMP_TEXT_MAX = 48;

/** Servers in priority order, as `sntp server priority` and `ip dns server-address priority` list them. */
export function prioritised(
  ips: readonly string[],
  max: number,
): { readonly priority: number; readonly ip: string }[] {
  return ips.slice(0, max).map((ip, i) => ({ priority: i + 1, ip }));
}

/** The first candidate that fits, else the first cut to fit. */
function firstFitting(candidates: readonly string[]): string | null {
  const clean = candidates.map((c) => fitName(c, 1000)).filter((c) => c !== "");
  if (clean.length === 0) return null;
  const fits = clean.find((c) => [...c].length <= SNMP_TEXT_MAX);
  return fits ?? fitName(clean[0]!, SNMP_TEXT_MAX);
}

/** Who to call about the switch: the first on-call contact (else the first), with a way to reach them. */
export function snmpContact(model: SiteModel): string | null {
  const contacts = model.site.site.contacts;
  const who = contacts.find((c) => c.onCall) ?? contacts[0];
  if (!who) return null;
  const reach = [who.phone, who.email].filter((x): x is string => x !== undefined);
  return firstFitting([
    [who.name, ...reach].join(", "),
    ...reach.map((r) => `${who.name}, ${r}`),
    who.name,
  ]);
}

/** Where the switch is: its location's name and the library's, or whichever fits. */
export function snmpLocation(model: SiteModel, sw: Switch): string | null {
  const place = model.site.site.locations.find((l) => l.id === sw.location)?.name;
  const library = model.site.site.name;
  return firstFitting(place ? [`${place}, ${library}`, place] : [library]);
}
