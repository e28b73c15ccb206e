/**
 * SPF: every sender's mechanism is SPF (RFC 7208), an include says what it costs, the built
 * record needs at most 10 DNS lookups, and no second SPF record is written by hand. The
 * checks live in the model (`publicDnsFindings`). (Not one of the spec's numbered rules.)
 */
import { publicDnsFindings, PUBLIC_DNS_CHECKS } from "../model/public-dns-checks.ts";
import type { Rule } from "./rule.ts";

export const spfRule: Rule = {
  id: "spf",
  title: PUBLIC_DNS_CHECKS.spf,
  check: (site, ctx) => publicDnsFindings(site, ctx.today).filter((i) => i.rule === "spf"),
};
