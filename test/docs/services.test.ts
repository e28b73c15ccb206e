/**
 * The docs of what lies beyond the closet: the Services page, the Email and website DNS
 * page (every record, what it is for, the check results, Azure DNS or the registrar's
 * table), the meeting rooms with their cards, and the budget and timeline they join.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { GeneratedFile } from "../../src/output/index.ts";
import { edit, EXAMPLE } from "../helpers/site.ts";
import { docsOf, page, textOf } from "./example-docs.ts";

let files: GeneratedFile[];
const text = (path: string) => textOf(page(files, path));

beforeAll(async () => {
  files = await docsOf();
});

describe("the Services page", () => {
  it("lists every service with who provides it, who holds the account, its renewal and cost", () => {
    const t = text("services.html");
    expect(t).toContain("Services cost $30,700 a year in total.");
    expect(t).toContain(
      "Microsoft 365 email Email Northeast Network Services Systems Administrator (Sam Ortiz) 1 July 2027 $7,200",
    );
    expect(t).toContain(
      "Password entry Azure global administrator in Bitwarden (RBPL IT organisation)",
    );
    expect(t).toContain(
      "Depends on rbpl-print01.ad.rbpl.org, VLAN 30 public, VLAN 20 staff, rbpl-print01",
    );
    expect(t).toContain("Handle @riverbendlibrary");
    expect(t).toContain("Rooms booked through it Community Room, Board Room");
    expect(page(files, "services.html")).toContain('href="runbook-mail-not-arriving.html"');
    expect(page(files, "services.html")).toContain('href="public-dns.html#record-www-cname"');
  });
});

describe("the Email and website DNS page", () => {
  it("lists every record with what it is for, built ones marked", () => {
    const t = text("public-dns.html");
    expect(t).toContain(
      "rbpl.org TXT v=spf1 ip4:203.0.113.25 include:_spf.consortium.example include:spf.protection.outlook.com -all 3600 SPF: the servers that may send mail as the library (built by Carrel)",
    );
    expect(t).toContain(
      "rbpl.org MX 0 rbpl-org.mail.protection.outlook.com. 3600 Where mail for addresses @rbpl.org is delivered",
    );
    expect(t).toContain(
      "autodiscover.rbpl.org CNAME autodiscover.outlook.com. 3600 Outlook finds the mailbox settings",
    );
    expect(t).toContain(
      "selector1._domainkey.rbpl.org CNAME selector1-rbpl-org._domainkey.rbplorg.onmicrosoft.com. 3600 DKIM: the key that signs mail from Microsoft 365 email (built by Carrel)",
    );
  });

  it("shows the check results: every check passed, with what it found", () => {
    const t = text("public-dns.html");
    expect(t).toContain(
      "SPF SPF is well formed, published once, and needs at most 10 DNS lookups passed One SPF record, needing 3 of the 10 DNS lookups receivers allow.",
    );
    expect(t).toContain(
      "One DMARC record, policy quarantine since 2 March 2026; reports go to dmarc-reports@rbpl.org.",
    );
    expect(t).toContain(
      "12 records; no CNAME at rbpl.org itself or beside another record; mail goes to rbpl-org.mail.protection.outlook.com.",
    );
  });

  it("shows a warning found on the docs' date, such as p=none left too long", async () => {
    let site = edit(EXAMPLE, "p=quarantine; rua", "p=none; rua").text;
    site = edit(site, "since: 2026-03-02 ", "since: 2026-05-01 ").text;
    const t = textOf(page(await docsOf(site), "public-dns.html"));
    expect(t).toContain(
      "DMARC DMARC's tags are well formed, it is published once, and p=none is not left for long warning p=none has been the policy since 2026-05-01, 206 days ago",
    );
  });

  it("says what Azure DNS serves and what the registrar must point at, with the Pulumi names", () => {
    const t = text("public-dns.html");
    expect(t).toContain("Where the records live: Azure DNS");
    expect(t).toContain("rbpl.org-TXT-@ rbpl.org TXT");
    expect(t).toContain("publicDnsNameServers");
    expect(t).not.toContain("Records to enter at the registrar");
  });

  it("gives the registrar's table when the registrar serves the zone", async () => {
    const site = edit(EXAMPLE, "  provider: azure ", "  provider: registrar ").text;
    const t = textOf(page(await docsOf(site), "public-dns.html"));
    expect(t).toContain("Records to enter at the registrar Host Type Value Priority TTL (seconds)");
    expect(t).toContain("@ MX rbpl-org.mail.protection.outlook.com 0 3600");
    expect(t).toContain(
      "_dmarc TXT v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@rbpl.org; adkim=r; aspf=r 3600",
    );
    expect(t).not.toContain("Where the records live: Azure DNS");
  });
});

describe("the meeting rooms", () => {
  it("have a page each: equipment linked to the inventory, ports and VLAN, the card's words", () => {
    const t = text("room-community-room.html");
    expect(t).toContain("Camera Logitech Rally Bar under the display asset community-rally-bar");
    expect(t).toContain("VLAN VLAN 20 staff Switch ports core-sw1 ports 37-38");
    expect(t).toContain("Hearing loop: set your hearing aid to T.");
    expect(page(files, "room-community-room.html")).toContain(
      'href="room-card-community-room.html"',
    );
  });

  it("have a printable card in plain words, its notes rendered without raw HTML", () => {
    const html = page(files, "room-card-community-room.html");
    expect(html).toContain('<main id="main" class="room-card card-medium">');
    expect(textOf(html)).toContain(
      "Community Room How to use this room. It has a large screen, a camera, microphones, a touch panel and a computer.",
    );
    expect(textOf(html)).toContain(
      "Need help? Call Information Desk: extension 110 (whenever the library is open)",
    );
    expect(textOf(html)).toContain(
      "Sam Ortiz, Systems Administrator: +1 203-555-0111 (if the room will not start)",
    );
    expect(html).not.toContain('class="site-nav"');
  });

  it("stay out of the print binder, which holds the room pages", () => {
    const print = page(files, "print.html");
    expect(print).toContain('id="room-community-room--top"');
    expect(print).not.toContain("card-help");
  });
});

describe("the budget, timeline and glossary", () => {
  it("put the services' renewals and costs beside the licences and replacements", () => {
    expect(text("inventory.html")).toContain("FY2028 $12,600 $35,400 $48,000");
    expect(text("inventory.html")).toContain(
      "community-display audio-visual Samsung QM85C 85-inch display",
    );
    expect(text("index.html")).toContain(
      "Services 6 services Public domain rbpl.org Meeting rooms 2 rooms",
    );
    expect(text("vendors.html")).toContain(
      "services: Microsoft 365 email ($7,200 a year), Public printing ($1,450 a year)",
    );
  });

  it("explain the new terms", () => {
    const t = text("glossary.html");
    for (const term of [
      "SPF",
      "DKIM",
      "DMARC",
      "MX record",
      "ILS",
      "CNAME record",
      "Zone apex",
      "Room card",
    ])
      expect(t).toContain(term);
  });
});
