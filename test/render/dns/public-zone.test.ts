/**
 * The public zone (`publicDns`) as a BIND zone file: every record the model holds, built ones
 * (SPF, DKIM, DMARC) included, loaded by named-checkzone exactly as meant, the same whatever
 * order site.yaml lists things in.
 */
import { describe, expect, it } from "vitest";
import { renderSite } from "../../../src/render/index.ts";
import { siteStamp } from "../../../src/output/index.ts";
import { edit, EXAMPLE, modelOf } from "../../helpers/site.ts";
import { checkZoneRecords } from "../parsers/zone.ts";

const STAMP = siteStamp("site.yaml", "x");
const publicFile = (text: string) =>
  renderSite(modelOf(text), STAMP).find((f) => f.path.startsWith("dns/public/"));

describe("given the example's public zone", () => {
  it("when rendered, then named-checkzone loads exactly its records", async () => {
    const file = publicFile(EXAMPLE)!;
    expect(file.path).toBe("dns/public/rbpl.org.zone");
    const checked = await checkZoneRecords("rbpl.org", file.content);
    expect(checked.status, checked.output).toBe(0);
    expect(checked.records.map((r) => r.split(/\s+/).join(" "))).toEqual([
      '_dmarc.rbpl.org. 3600 IN TXT "v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@rbpl.org; adkim=r; aspf=r"',
      "autodiscover.rbpl.org. 3600 IN CNAME autodiscover.outlook.com.",
      "catalog.rbpl.org. 3600 IN CNAME rbpl.polaris.consortium.example.",
      "ils1._domainkey.rbpl.org. 3600 IN CNAME ils1._domainkey.consortium.example.",
      "rbpl.org. 3600 IN A 203.0.113.80",
      "rbpl.org. 3600 IN MX 0 rbpl-org.mail.protection.outlook.com.",
      "rbpl.org. 3600 IN NS ns1-04.azure-dns.com.",
      "rbpl.org. 3600 IN NS ns2-04.azure-dns.net.",
      "rbpl.org. 3600 IN NS ns3-04.azure-dns.org.",
      "rbpl.org. 3600 IN NS ns4-04.azure-dns.info.",
      expect.stringMatching(
        /^rbpl\.org\. 3600 IN SOA ns1-04\.azure-dns\.com\. hostmaster\.rbpl\.org\. \d+ 3600 900 1209600 300$/,
      ),
      'rbpl.org. 3600 IN TXT "MS=ms48213907"',
      'rbpl.org. 3600 IN TXT "v=spf1 ip4:203.0.113.25 include:_spf.consortium.example include:spf.protection.outlook.com -all"',
      "rooms.rbpl.org. 3600 IN CNAME rbpl.libcal.example.",
      "selector1._domainkey.rbpl.org. 3600 IN CNAME selector1-rbpl-org._domainkey.rbplorg.onmicrosoft.com.",
      "selector2._domainkey.rbpl.org. 3600 IN CNAME selector2-rbpl-org._domainkey.rbplorg.onmicrosoft.com.",
      "www.rbpl.org. 3600 IN CNAME rbpl.org.",
    ]);
  });

  it("then each record has a comment saying what it is for, and the header who serves it", () => {
    const text = publicFile(EXAMPLE)!.content;
    expect(text).toContain(
      "; Public zone rbpl.org: Azure DNS serves it; pulumi up creates these records there.\n",
    );
    expect(text).toMatch(
      /; SPF: the servers that may send mail as the library\n@ +3600 IN TXT "v=spf1 /,
    );
    expect(text).toMatch(
      /; DKIM: the key that signs mail from Microsoft 365 email\nselector1\._domainkey +3600 IN CNAME /,
    );
  });

  it("when its records and senders are listed in another order, then the file is the same", () => {
    let text = edit(
      EXAMPLE,
      "    - { name: catalog, type: CNAME, value: rbpl.polaris.consortium.example, service: Catalogue }\n    - { name: rooms, type: CNAME, value: rbpl.libcal.example, service: Room booking }\n",
      "    - { name: rooms, type: CNAME, value: rbpl.libcal.example, service: Room booking }\n    - { name: catalog, type: CNAME, value: rbpl.polaris.consortium.example, service: Catalogue }\n",
    ).text;
    text = edit(
      text,
      "      spf: include:spf.protection.outlook.com\n",
      "      spf: include:SPF.protection.outlook.com\n",
    ).text;
    expect(publicFile(text)!.content).not.toBe(publicFile(EXAMPLE)!.content);
    const reordered = edit(
      EXAMPLE,
      "    - { name: catalog, type: CNAME, value: rbpl.polaris.consortium.example, service: Catalogue }\n    - { name: rooms, type: CNAME, value: rbpl.libcal.example, service: Room booking }\n",
      "    - { name: rooms, type: CNAME, value: rbpl.libcal.example, service: Room booking }\n    - { name: catalog, type: CNAME, value: rbpl.polaris.consortium.example, service: Catalogue }\n",
    ).text;
    expect(publicFile(reordered)!.content).toBe(publicFile(EXAMPLE)!.content);
  });
});

describe("given a public zone with many senders", () => {
  it("when its SPF record passes 255 bytes, then it is split into strings and still loads", async () => {
    const senders = Array.from(
      { length: 12 },
      (_, i) => `      - { for: Relay ${i + 1}, spf: "ip4:198.51.100.${i + 10}/32" }\n`,
    ).join("");
    const text = edit(
      EXAMPLE,
      "      - for: Scan-to-email from the staff copiers, through the town's mail relay\n        spf: ip4:203.0.113.25\n",
      `      - for: Scan-to-email from the staff copiers, through the town's mail relay\n        spf: ip4:203.0.113.25\n${senders}`,
    ).text;
    const file = publicFile(text)!;
    const checked = await checkZoneRecords("rbpl.org", file.content);
    expect(checked.status, checked.output).toBe(0);
    const spf = checked.records.find((r) => r.includes('"v=spf1'))!;
    const strings = [...spf.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
    expect(strings.length).toBe(2);
    expect(strings[0]!.length).toBe(255);
    expect(strings.join("")).toMatch(/^v=spf1 ip4:198\.51\.100\.10\/32 .* -all$/);
  });
});

describe("given a public zone served by the registrar, or with no name servers", () => {
  it("then the header says to enter the records at the registrar", () => {
    const text = edit(EXAMPLE, "  provider: azure ", "  provider: registrar ").text;
    expect(publicFile(text)!.content).toContain(
      "; Public zone rbpl.org: the registrar serves it; enter these records there.\n",
    );
  });

  it("then without name servers no zone file is written", () => {
    const text = edit(
      EXAMPLE,
      "  nameServers: [ns1-04.azure-dns.com, ns2-04.azure-dns.net, ns3-04.azure-dns.org, ns4-04.azure-dns.info]\n",
      "",
    ).text;
    expect(publicFile(text)).toBeUndefined();
  });
});
