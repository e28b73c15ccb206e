import { describe, expect, it } from "vitest";
import {
  EscapeError,
  zoneComment,
  zoneName,
  zoneOwner,
  zoneRdata,
  zoneTxt,
  zoneType,
} from "../../../src/render/escape/index.ts";
import { txtStrings } from "../../../src/site/model/index.ts";
import { checkZoneRecords } from "../parsers/zone.ts";
import { HOSTILE } from "./payloads.ts";

describe("zone file names", () => {
  it("writes letters, digits, hyphens and underscores as they are", () => {
    expect(zoneName("rbpl-dc01")).toBe("rbpl-dc01");
    expect(zoneName("_ldap._tcp.ad.rbpl.org.")).toBe("_ldap._tcp.ad.rbpl.org.");
    expect(zoneName("@")).toBe("@");
  });

  it("writes any other character as \\DDD, so it cannot act in the file", () => {
    expect(zoneName("a;b")).toBe("a\\059b");
    expect(zoneName("a b(c)$")).toBe("a\\032b\\040c\\041\\036");
    expect(zoneOwner("a", 4)).toBe("a   ");
  });

  it("refuses an empty or over-long label", () => {
    expect(() => zoneName("a..b")).toThrow(EscapeError);
    expect(() => zoneName("x".repeat(64))).toThrow(EscapeError);
  });

  it("writes a record's data by its type", () => {
    expect(zoneRdata({ type: "A", value: "10.0.0.1" })).toBe("10.0.0.1");
    expect(zoneRdata({ type: "PTR", value: "h.example." })).toBe("h.example.");
    expect(() => zoneRdata({ type: "A", value: "10.0.0.1 ; x" })).toThrow(EscapeError);
  });
});

describe("given a zone whose names and TXT hold hostile text", () => {
  const zone = [
    zoneComment(HOSTILE),
    "$TTL 3600",
    "@ IN SOA ns.example. hostmaster.example. ( 1 3600 900 1209600 300 )",
    "@ IN NS ns.example.",
    "ns IN A 10.0.0.1",
    // Host names are checked by BIND (check-names); a TXT record's owner may be anything.
    `${zoneName("a;b c")} IN TXT "x"`,
    `txt IN TXT ${zoneTxt(HOSTILE.join(" "))}`,
    "",
  ].join("\n");

  it("then named-checkzone loads it with exactly these records", async () => {
    const checked = await checkZoneRecords("example", zone);
    expect(checked.status, checked.output).toBe(0);
    expect(checked.records.map((r) => r.split(/\s+/).slice(0, 4).join(" "))).toEqual([
      "a\\;b\\032c.example. 3600 IN TXT",
      "example. 3600 IN NS",
      "example. 3600 IN SOA",
      "ns.example. 3600 IN A",
      "txt.example. 3600 IN TXT",
    ]);
  });
});

describe("zone record data of the public zone's types", () => {
  it("writes AAAA, MX and TXT data by their type", () => {
    expect(zoneRdata({ type: "AAAA", value: "2001:db8::80" })).toBe("2001:db8::80");
    expect(zoneRdata({ type: "MX", priority: 10, value: "mail.example.org." })).toBe(
      "10 mail.example.org.",
    );
    expect(zoneRdata({ type: "TXT", value: 'a "b" \\c' })).toBe('"a \\"b\\" \\\\c"');
    expect(() => zoneRdata({ type: "AAAA", value: "2001:db8::80 ; x" })).toThrow(EscapeError);
    expect(() => zoneRdata({ type: "MX", priority: "10 x", value: "m.example." })).toThrow(
      EscapeError,
    );
  });

  it("splits TXT text into strings of at most 255 bytes, counted in UTF-8", () => {
    const text = `v=spf1 ${"include:spf.example.org ".repeat(12)}-all`;
    const strings = zoneTxt(text).match(/"(?:[^"\\]|\\.)*"/g)!;
    expect(strings.length).toBe(2);
    expect(strings[0]!.length - 2).toBe(255);
    expect(strings.map((s) => s.slice(1, -1)).join("")).toBe(text);
    // a two-byte character counts as two bytes, written as \DDD twice
    expect(zoneTxt("é")).toBe('"\\195\\169"');
    expect(zoneTxt("")).toBe('""');
  });

  it("cuts long text between characters, where the Azure record set cuts it", () => {
    // given 200 two-byte characters: 400 bytes, with byte 255 inside a character
    const text = "é".repeat(200);
    // when the zone file writes it
    const strings = zoneTxt(text).match(/"(?:[^"\\]|\\.)*"/g)!;
    // then each string holds whole characters, as the model's txtStrings (Azure's) does
    const bytes = strings.map((s) => s.match(/\\\d{3}/g)!.length);
    expect(bytes).toEqual(txtStrings(text).map((s) => Buffer.byteLength(s)));
    expect(bytes).toEqual([254, 146]);
  });

  it("has named-checkzone read a split SPF record back as one text", async () => {
    const text = `v=spf1 ${Array.from({ length: 14 }, (_, i) => `ip4:203.0.113.${i + 1}`).join(" ")} ${"include:_spf.example.org ".repeat(5)}-all`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(255);
    const zone = [
      "$TTL 3600",
      "@ IN SOA ns.example. hostmaster.example. ( 1 3600 900 1209600 300 )",
      "@ IN NS ns.example.",
      "ns IN A 10.0.0.1",
      `@ IN ${zoneType("TXT")} ${zoneRdata({ type: "TXT", value: text })}`,
      `@ IN ${zoneType("MX")} ${zoneRdata({ type: "MX", priority: 0, value: "mail.example.org." })}`,
      `v6 IN ${zoneType("AAAA")} ${zoneRdata({ type: "AAAA", value: "2001:db8::1" })}`,
      "",
    ].join("\n");
    const checked = await checkZoneRecords("example", zone);
    expect(checked.status, checked.output).toBe(0);
    const txt = checked.records.find((r) => r.includes(" TXT"))!;
    const strings = [...txt.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
    expect(strings.length).toBe(2);
    expect(strings.join("")).toBe(text);
    expect(checked.records.some((r) => /IN MX\s+0 mail\.example\.org\.$/.test(r))).toBe(true);
  });
});
