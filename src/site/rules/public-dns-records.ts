/**
 * The public zone's records fit their types: addresses for A and AAAA, names for CNAME and
 * MX (an MX never points at an address), plain text for TXT; no CNAME at the domain itself
 * or beside another record; names written relative to the domain; a zone in Azure DNS needs
 * the azure section. The checks live in the model (`publicDnsFindings`), which the docs'
 * Email and website DNS page shows too. (Not one of the spec's numbered rules.)
 */
import { publicDnsFindings, PUBLIC_DNS_CHECKS } from "../model/public-dns-checks.ts";
import type { Rule } from "./rule.ts";

export const publicDnsRecords: Rule = {
  id: "public-dns",
  title: PUBLIC_DNS_CHECKS["public-dns"],
  check: (site, ctx) => publicDnsFindings(site, ctx.today).filter((i) => i.rule === "public-dns"),
};
