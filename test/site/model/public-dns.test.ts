/**
 * The public zone of the model: written records, and the SPF, DKIM and DMARC records built
 * from the mail senders, in an order that does not depend on site.yaml's.
 */
import { describe, expect, it } from "vitest";
import { edit, EXAMPLE, modelOf, withoutSection } from "../../helpers/site.ts";

const zone = modelOf(EXAMPLE).publicZone!;

describe("the example's public zone", () => {
  it("holds the written records and the built ones, sorted by name and type", () => {
    expect(zone.records.map((r) => `${r.name} ${r.type} ${r.source}`)).toEqual([
      "@ A written",
      "@ MX written",
      "@ TXT written",
      "@ TXT spf",
      "_dmarc TXT dmarc",
      "autodiscover CNAME written",
      "catalog CNAME written",
      "ils1._domainkey CNAME dkim",
      "rooms CNAME written",
      "selector1._domainkey CNAME dkim",
      "selector2._domainkey CNAME dkim",
      "www CNAME written",
    ]);
    expect(zone.nameServers[0]).toBe("ns1-04.azure-dns.com.");
    expect(zone.records.find((r) => r.name === "www")!.value).toBe("rbpl.org.");
  });

  it("builds one SPF record from the services' senders and publicDns.spf, with their costs", () => {
    expect(zone.spf).toEqual({
      text: "v=spf1 ip4:203.0.113.25 include:_spf.consortium.example include:spf.protection.outlook.com -all",
      terms: [
        {
          term: "ip4:203.0.113.25",
          lookups: 0,
          senders: ["Scan-to-email from the staff copiers, through the town's mail relay"],
        },
        { term: "include:_spf.consortium.example", lookups: 1, senders: ["Catalogue"] },
        {
          term: "include:spf.protection.outlook.com",
          lookups: 2,
          senders: ["Microsoft 365 email"],
        },
      ],
      lookups: 3,
      all: "-all",
    });
    expect(zone.senders.map((s) => [s.label, s.path.join(".")])).toEqual([
      ["Microsoft 365 email", "services.1.mail"],
      ["Catalogue", "services.2.mail"],
      [
        "Scan-to-email from the staff copiers, through the town's mail relay",
        "publicDns.spf.senders.0",
      ],
    ]);
  });

  it("reads the DMARC record", () => {
    expect(zone.dmarc?.reading.policy).toBe("quarantine");
    expect(zone.dmarc?.since).toBe("2026-03-02");
  });

  it("writes a term two senders share once, naming both", () => {
    const text = edit(
      EXAMPLE,
      "        spf: ip4:203.0.113.25\n",
      "        spf: include:spf.protection.outlook.com\n        lookups: 2\n",
    ).text;
    const terms = modelOf(text).publicZone!.spf!.terms;
    expect(terms.find((t) => t.term === "include:spf.protection.outlook.com")).toEqual({
      term: "include:spf.protection.outlook.com",
      lookups: 2,
      senders: [
        "Microsoft 365 email",
        "Scan-to-email from the staff copiers, through the town's mail relay",
      ],
    });
    expect(modelOf(text).publicZone!.spf!.lookups).toBe(3);
  });
});

describe("a site without publicDns", () => {
  it("has no public zone", () => {
    const text = withoutSection(EXAMPLE, "publicDns");
    expect(modelOf(text).publicZone).toBeUndefined();
  });
});
