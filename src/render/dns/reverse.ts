/**
 * Reverse zones (in-addr.arpa) for the site's subnets. Zones are cut on octet
 * boundaries, so a /23 becomes two /24 zones and a /21 eight.
 */
import { formatIp, parseCidr, reverseZoneNames, type SiteModel } from "../../site/index.ts";
import { nameServers } from "./name-servers.ts";
import { reverseNames } from "./hosts.ts";
import type { Zone } from "./zone.ts";

/** A reverse zone's network, from its name (`20.20.10.in-addr.arpa` → 10.20.20.0/24). */
export function reverseZoneNetwork(origin: string): { network: number; octets: number } {
  const octets = origin
    .replace(/\.in-addr\.arpa$/, "")
    .split(".")
    .reverse()
    .map(Number);
  const network = [0, 1, 2, 3].reduce((n, i) => n * 256 + (octets[i] ?? 0), 0);
  return { network, octets: octets.length };
}

/** Every reverse zone the site's subnets fall in, in address order, with their PTR records. */
export function reverseZones(model: SiteModel): Zone[] {
  const domain = model.site.site.domain.replace(/\.$/, "").toLowerCase();
  const ns = nameServers(model).map((h) => `${h.name}.${domain}.`);
  const origins = [...new Set(model.vlans.flatMap((v) => reverseZoneNames(v.cidr)))];
  const zones = origins.map((origin) => ({ origin, ...reverseZoneNetwork(origin) }));
  zones.sort((a, b) => a.network - b.network || a.octets - b.octets);
  const named = [...reverseNames(model).values()].sort((a, b) => a.ip - b.ip);
  return zones.map(({ origin, network, octets }) => {
    const cidr = parseCidr(`${formatIp(network)}/${octets * 8}`)!;
    return {
      origin,
      networkId: `${formatIp(network)}/${octets * 8}`,
      nameServers: ns,
      contact: `hostmaster.${domain}.`,
      records: named
        .filter((h) => h.ip >= cidr.network && h.ip <= cidr.broadcast)
        .map((h) => ({
          // The address's host octets, most significant last: 10.20.21.5 in 20.10.in-addr.arpa → 5.21
          name: h.address.split(".").slice(octets).reverse().join("."),
          type: "PTR" as const,
          value: `${h.name}.${domain}.`,
        })),
    };
  });
}
