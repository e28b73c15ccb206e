/** Rules R1-R15: names, references and addressing. */
import { r01SiteCode } from "./r01-site-code.ts";
import { r02UniqueNames } from "./r02-unique-names.ts";
import { r03Hostnames } from "./r03-hostnames.ts";
import { r04References } from "./r04-references.ts";
import { r05VlanIds } from "./r05-vlan-ids.ts";
import { r06Subnets } from "./r06-subnets.ts";
import { r07Overlaps } from "./r07-overlaps.ts";
import { r08Gateways } from "./r08-gateways.ts";
import { r09DhcpRanges } from "./r09-dhcp-ranges.ts";
import { r10Reservations } from "./r10-reservations.ts";
import { r11StaticAddresses } from "./r11-static-addresses.ts";
import { r12DnsNtpHosts } from "./r12-dns-ntp-hosts.ts";
import { r13DhcpServers } from "./r13-dhcp-servers.ts";
import { r14VdiCapacity } from "./r14-vdi-capacity.ts";
import { r15NamePatterns } from "./r15-name-patterns.ts";
import { dhcpOptions } from "./dhcp-options.ts";
import type { Rule } from "./rule.ts";
import { siteCredentials } from "./site-credentials.ts";
import { siteCurrency } from "./site-currency.ts";
import { siteRepository } from "./site-repository.ts";
import { siteTimezone } from "./site-timezone.ts";
import { upstreamGateway } from "./upstream.ts";

export const ADDRESSING_RULES: readonly Rule[] = [
  r01SiteCode,
  siteTimezone,
  siteCurrency,
  siteRepository,
  siteCredentials,
  r02UniqueNames,
  r03Hostnames,
  r04References,
  r05VlanIds,
  r06Subnets,
  r07Overlaps,
  r08Gateways,
  r09DhcpRanges,
  r10Reservations,
  r11StaticAddresses,
  r12DnsNtpHosts,
  upstreamGateway,
  r13DhcpServers,
  dhcpOptions,
  r14VdiCapacity,
  r15NamePatterns,
];
