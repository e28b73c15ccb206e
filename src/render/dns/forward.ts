/** The forward zone of the site's domain: every declared host by name. */
import type { SiteModel } from "../../site/index.ts";
import { dnsHosts } from "./hosts.ts";
import { nameServers } from "./name-servers.ts";
import type { Zone } from "./zone.ts";

/** The zone of `site.domain`, with an A record for each declared host. */
export function forwardZone(model: SiteModel): Zone {
  const domain = model.site.site.domain.replace(/\.$/, "").toLowerCase();
  return {
    origin: domain,
    networkId: undefined,
    nameServers: nameServers(model).map((ns) => `${ns.name}.${domain}.`),
    contact: `hostmaster.${domain}.`,
    records: dnsHosts(model).map((h) => ({ name: h.name, type: "A", value: h.address })),
  };
}
