/**
 * The public zone's checks, as the validator reports them (rules public-dns, spf and dmarc):
 * exact messages at the line of the value they are about, on in-test edits of the example.
 */
import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

/** The example with each [from, to] edit made in turn; the last edit's position. */
function edited(...edits: [string, string][]) {
  let text = EXAMPLE;
  let at = "";
  for (const [from, to] of edits) {
    const e = edit(text, from, to);
    text = e.text;
    at = e.at;
  }
  return { text, at };
}

/** `line:col` of the start of `of` in a text. */
const place = (text: string, of: string) => edit(text, of, of).at;

const MX = `    - { name: "@", type: MX, priority: 0, value: rbpl-org.mail.protection.outlook.com, service: Microsoft 365 email }\n`;
const WWW = "    - { name: www, type: CNAME, value: rbpl.org, service: Library website }\n";
const ROOMS =
  "    - { name: rooms, type: CNAME, value: rbpl.libcal.example, service: Room booking }\n";

describe("the example's public zone", () => {
  it("passes every check, with no warning", () => {
    const result = check(EXAMPLE);
    expect(found(result, "public-dns")).toEqual([]);
    expect(found(result, "spf")).toEqual([]);
    expect(found(result, "dmarc")).toEqual([]);
  });
});

describe("SPF", () => {
  it("refuses a record that needs 11 DNS lookups, at the spf key, naming what each sender costs", () => {
    // given Microsoft 365's include declared at 10 lookups, and the consortium's at 1
    const { text } = edited([
      "      lookups: 2                  # DNS",
      "      lookups: 10                 # DNS",
    ]);
    expect(found(check(text), "spf")).toEqual([
      `${place(text, "spf:                            # built")} publicDns.spf the SPF record needs 11 DNS lookups, but receivers stop at 10 and then treat all the library's mail as unauthenticated: include:_spf.consortium.example (Catalogue) 1, include:spf.protection.outlook.com (Microsoft 365 email) 10; remove a sender, or ask a provider for ip4: addresses instead of its include`,
    ]);
  });

  it("accepts exactly 10", () => {
    const { text } = edited([
      "      lookups: 2                  # DNS",
      "      lookups: 9                  # DNS",
    ]);
    expect(found(check(text), "spf")).toEqual([]);
  });

  it("asks what an include costs when site.yaml does not say", () => {
    const { text, at } = edited([
      "      spf: include:_spf.consortium.example\n      lookups: 1\n",
      "      spf: include:_spf.consortium.example\n",
    ]);
    expect(found(check(text), "spf")).toEqual([
      `${at.replace(/:\d+$/, ":12")} services[2].mail.spf write lookups: beside it: how many DNS lookups include:_spf.consortium.example costs with the includes inside it, as the provider documents it (Carrel cannot look it up, and SPF allows 10 in all)`,
    ]);
  });

  it("refuses a mechanism that is not SPF, and all or a modifier as a sender", () => {
    const { text } = edited(
      ["        spf: ip4:203.0.113.25\n", "        spf: ip4:203.0.113.300\n"],
      ["      spf: include:spf.protection.outlook.com\n", "      spf: ~all\n"],
    );
    expect(found(check(text), "spf")).toEqual([
      `${place(text, "~all")} services[1].mail.spf '~all' is not a sender: write the mechanism that lets this sender's servers in (include:, ip4:, a, mx); Carrel writes the record's end from publicDns.spf.all`,
      `${place(text, "ip4:203.0.113.300")} publicDns.spf.senders[0].spf 'ip4:203.0.113.300': ip4 needs an IPv4 address, like ip4:203.0.113.25`,
    ]);
  });

  it("refuses a second SPF record written by hand", () => {
    const { text } = edited([
      ROOMS,
      `${ROOMS}    - { name: "@", type: TXT, value: "v=spf1 include:mail.example.net -all" }\n`,
    ]);
    expect(found(check(text), "spf")).toEqual([
      `${place(text, '"v=spf1 include')} publicDns.records[7].value a second SPF record for rbpl.org: with two, every SPF check fails (RFC 7208 section 4.5); Carrel builds the SPF record from the services' mail and publicDns.spf, so move this record's senders there`,
    ]);
  });

  it("reads an SPF record written by hand when Carrel builds none", () => {
    // given no sender at all: the services send no mail and publicDns has no spf section
    let text = EXAMPLE.replace(/\n {4}mail: +#[^\n]*\n(?: {6}[^\n]*\n| {8}[^\n]*\n)+/g, "\n");
    text = text.replace(/\n {2}spf: +#[^\n]*\n(?: {4}[^\n]*\n| {6}[^\n]*\n| {8}[^\n]*\n)+/, "\n");
    text = edit(
      text,
      ROOMS,
      `${ROOMS}    - { name: "@", type: TXT, value: "v=spf1 include:a.example.net mx ptr:x all -all" }\n`,
    ).text;
    const at = place(text, '"v=spf1 include:a');
    expect(found(check(text), "spf")).toEqual([
      `${at} publicDns.records[7].value 'ptr:x': 'x' is not a full domain name (like spf.example.com)`,
      `${at} publicDns.records[7].value mechanisms after 'all' are never read; put 'all' last`,
    ]);
    // and DMARC says that nothing is declared as sending mail
    expect(found(check(text), "dmarc")).toEqual([
      `${place(text, '"v=DMARC1')} publicDns.dmarc.record warning: no mail sender is declared (no SPF record, no DKIM selector), so every message from the domain fails DMARC`,
    ]);
  });
});

describe("DMARC", () => {
  it("names a tag receivers would ignore, with a did you mean", () => {
    const { text } = edited(["p=quarantine; rua=", "p=quarantine; rau="]);
    expect(found(check(text), "dmarc")).toEqual([
      `${place(text, '"v=DMARC1')} publicDns.dmarc.record the DMARC record 'rau' is not a DMARC tag, so receivers ignore it; did you mean 'rua'?`,
    ]);
  });

  it("refuses a policy that is none of none, quarantine or reject, and a record without v=DMARC1 first", () => {
    const { text } = edited([
      '"v=DMARC1; p=quarantine; rua=',
      '"p=quarantined; v=DMARC1; pct=150; rua=',
    ]);
    const at = place(text, '"p=quarantined');
    expect(found(check(text), "dmarc")).toEqual([
      `${at} publicDns.dmarc.record the DMARC record must start with v=DMARC1`,
      `${at} publicDns.dmarc.record the DMARC record p=quarantined must be none, quarantine or reject`,
      `${at} publicDns.dmarc.record the DMARC record pct=150 must be a whole number from 0 to 100`,
    ]);
  });

  it("warns about p=none older than 90 days when since gives the date", () => {
    // given p=none since 1 May 2026: 206 days before the tests' today, 23 November 2026
    const { text } = edited(
      ["p=quarantine; rua", "p=none; rua"],
      ["since: 2026-03-02 ", "since: 2026-05-01 "],
    );
    expect(found(check(text), "dmarc")).toEqual([
      `${place(text, '"v=DMARC1')} publicDns.dmarc.record warning: p=none has been the policy since 2026-05-01, 206 days ago: with p=none, DMARC only watches and protects nothing, so keep it at most 90 days; once the reports show every sender passes, change to p=quarantine and update since`,
    ]);
    // and not about p=none of 90 days or less
    const recent = edited(
      ["p=quarantine; rua", "p=none; rua"],
      ["since: 2026-03-02 ", "since: 2026-08-25 "],
    );
    expect(found(check(recent.text), "dmarc")).toEqual([]);
  });

  it("refuses a second DMARC record, and warns about reports sent to another domain", () => {
    const { text } = edited(
      [ROOMS, `${ROOMS}    - { name: _dmarc, type: TXT, value: "v=DMARC1; p=none" }\n`],
      ["rua=mailto:dmarc-reports@rbpl.org", "rua=mailto:reports@dmarc.example.net"],
    );
    expect(found(check(text), "dmarc")).toEqual(
      [
        `${place(text, '"v=DMARC1; p=none"')} publicDns.records[7].value a second DMARC record for rbpl.org: with two, receivers ignore both; the record under publicDns.dmarc is the one Carrel publishes, so remove this one`,
        `${place(text, '"v=DMARC1; p=quarantine')} publicDns.dmarc.record warning: reports for rbpl.org go to dmarc.example.net only if that domain agrees, by publishing rbpl.org._report._dmarc.dmarc.example.net (TXT v=DMARC1); check with whoever runs it`,
      ].sort(),
    );
  });
});

describe("records", () => {
  it("refuses a CNAME at the domain itself", () => {
    const { text } = edited([
      WWW,
      `    - { name: "@", type: CNAME, value: www.rbpl-hosting.example, service: Library website }\n`,
    ]);
    expect(found(check(text), "public-dns")).toEqual([
      `${place(text, '"@", type: CNAME')} publicDns.records[1].name a CNAME cannot be at rbpl.org itself: the domain must also hold its SOA, NS and MX records, and a name with a CNAME holds nothing else; use an A record (or the DNS host's alias record) for the web site`,
    ]);
  });

  it("refuses a CNAME beside another record, written or built", () => {
    const { text } = edited([
      ROOMS,
      `${ROOMS}    - { name: rooms, type: TXT, value: libcal-verify=123 }\n    - { name: selector1._domainkey, type: TXT, value: x }\n`,
    ]);
    expect(found(check(text), "public-dns")).toEqual(
      [
        `${place(text, "rooms, type: CNAME")} publicDns.records[6].name rooms.rbpl.org has a CNAME and also a TXT record (publicDns.records[7]); a name with a CNAME holds nothing else, so receivers would see only one of them: give one of them another name`,
        `${place(text, "{ selector: selector1")} services[1].mail.dkim[0] selector1._domainkey.rbpl.org has a CNAME and also a TXT record (publicDns.records[8]); a name with a CNAME holds nothing else, so receivers would see only one of them: give one of them another name`,
      ].sort(),
    );
  });

  it("refuses an MX that points at an address", () => {
    const { text, at } = edited([
      MX,
      MX.replace("rbpl-org.mail.protection.outlook.com", "203.0.113.25"),
    ]);
    expect(found(check(text), "public-dns")).toEqual([
      `${at.split(":")[0]}:50 publicDns.records[2].value an MX record points at a mail server's name, never at an address (203.0.113.25); give the server a name with an A record and point the MX at that name`,
    ]);
  });

  it("checks each value against its type, and names written relative to the domain", () => {
    const { text } = edited([
      ROOMS,
      `${ROOMS}    - { name: www.rbpl.org, type: A, value: 203.0.113.500 }\n    - { name: v6, type: AAAA, value: "2001:db8::zz" }\n    - { name: note, type: TXT, value: 'say "hi"' }\n    - { name: mail2, type: MX, value: backup.example.net }\n`,
    ]);
    const line = (of: string) => place(text, of).split(":")[0];
    expect(found(check(text), "public-dns")).toEqual([
      `${place(text, "www.rbpl.org, type: A")} publicDns.records[7].name names are written relative to rbpl.org: write www, not www.rbpl.org`,
      `${place(text, "203.0.113.500")} publicDns.records[7].value '203.0.113.500' is not an IPv4 address (like 203.0.113.80)`,
      `${place(text, '"2001:db8::zz"')} publicDns.records[8].value '2001:db8::zz' is not an IPv6 address (like 2001:db8::80)`,
      `${place(text, `'say "hi"'`)} publicDns.records[9].value a TXT value here is plain ASCII text without quotes or backslashes (found "\\""), as providers' verification values are`,
      `${line("mail2")}:7 publicDns.records[10] an MX record needs a priority (0 to 65535; the lowest is tried first)`,
    ]);
  });

  it("refuses a record written twice, and one name and type with two TTLs", () => {
    const { text } = edited([
      ROOMS,
      `${ROOMS}    - { name: Rooms, type: CNAME, value: rbpl.libcal.example }\n    - { name: "@", type: TXT, value: other-verification=1, ttl: 300 }\n`,
    ]);
    expect(found(check(text), "public-dns")).toEqual([
      `${place(text, "MS=ms").split(":")[0]}:7 publicDns.records[4] the TXT records of rbpl.org have different ttl values (3600, 300); records of one name and type share one time-to-live, so give them the same`,
      `${place(text, "{ name: Rooms").split(":")[0]}:7 publicDns.records[7] rooms.rbpl.org CNAME rbpl.libcal.example. is written twice; remove one`,
    ]);
  });

  it("needs the azure section for a zone in Azure DNS", () => {
    const text = EXAMPLE.replace(
      /\nazure:\n(?: {2}[^\n]*\n| {4}[^\n]*\n| {6}[^\n]*\n|\n)+?(?=inventory:)/,
      "\n",
    );
    expect(text).not.toContain("\nazure:");
    expect(found(check(text), "public-dns")).toEqual([
      `${place(text, "azure                 # azure:")} publicDns.provider the zone goes into Azure DNS in the site's Azure resource group, but site.yaml has no azure section; add one, or write provider: registrar`,
    ]);
  });
});
