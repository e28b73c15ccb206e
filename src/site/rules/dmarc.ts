/**
 * DMARC: the record's tags are well formed (RFC 7489; a misspelt tag is named, since
 * receivers ignore it), it is published once, and p=none left longer than 90 days is warned
 * about when `since` gives the date. The checks live in the model (`publicDnsFindings`).
 * (Not one of the spec's numbered rules.)
 */
import { publicDnsFindings, PUBLIC_DNS_CHECKS } from "../model/public-dns-checks.ts";
import type { Rule } from "./rule.ts";

export const dmarcRule: Rule = {
  id: "dmarc",
  title: PUBLIC_DNS_CHECKS.dmarc,
  check: (site, ctx) => publicDnsFindings(site, ctx.today).filter((i) => i.rule === "dmarc"),
};
