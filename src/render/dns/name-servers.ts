/** The name servers of the site's zones (their NS records and the SOA's primary). */
import { parseIp, type SiteModel } from "../../site/index.ts";
import { DnsConfigError } from "./errors.ts";
import { reverseNames, type DnsHost } from "./hosts.ts";

/**
 * The DNS servers of `network.dns` that are declared hosts, in that order. A site whose
 * DNS servers all live outside it (a public resolver) still needs a name server for its
 * own zones: then its DHCP servers, or else its switches, are named instead.
 */
export function nameServers(model: SiteModel): DnsHost[] {
  const byIp = reverseNames(model);
  const { dns, dhcpServers, switches } = model.site.network;
  const candidates = [dns, dhcpServers.map((s) => s.address), switches.map((s) => s.management.ip)];
  for (const addresses of candidates) {
    const declared = addresses
      .map((text) => byIp.get(parseIp(text) ?? -1))
      .filter((h): h is DnsHost => h !== undefined);
    if (declared.length > 0) return unique(declared);
  }
  throw new DnsConfigError(
    "the DNS zones need a name server, but none of network.dns is a host declared in " +
      "site.yaml; declare your DNS server under a VLAN's hosts (or as a VM) and list its " +
      "address in network.dns",
  );
}

function unique(hosts: readonly DnsHost[]): DnsHost[] {
  return hosts.filter((h, i) => hosts.findIndex((o) => o.name === h.name) === i);
}
