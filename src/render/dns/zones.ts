/** The zones to write: the model's DNS records, once they have a name server to name. */
import type { DnsZone, SiteModel } from "../../site/index.ts";
import { DnsConfigError } from "./errors.ts";

/** The forward zone of `site.domain` and the reverse zones of the subnets. */
export interface DnsZones {
  readonly forward: DnsZone;
  readonly reverse: readonly DnsZone[];
}

/** The site's zones; a site with no name server for them cannot have zone files. */
export function dnsZones(model: SiteModel): DnsZones {
  if (model.dns.nameServers.length === 0)
    throw new DnsConfigError(
      "the DNS zones need a name server, but none of network.dns is a host declared in " +
        "site.yaml; declare your DNS server under a VLAN's hosts (or as a VM) and list its " +
        "address in network.dns",
    );
  return { forward: model.dns.forward, reverse: model.dns.reverse };
}
