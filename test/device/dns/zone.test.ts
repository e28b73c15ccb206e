import { describe, expect, it } from "vitest";
import { parseZone } from "../../../src/device/dns/zone.ts";
import { checkZone } from "../../render/checkers.ts";
import { fixtureText } from "../../import/fixtures.ts";

const records = (text: string, fallback?: string) =>
  parseZone(text, fallback).records.map(
    (r) => `${r.line} ${r.name} ${r.type} ${r.data.join(" ")}${r.dynamic ? " (dynamic)" : ""}`,
  );

describe("parseZone", () => {
  it("the BIND fixtures are zones named-checkzone loads", () => {
    expect(checkZone("oakdale.lib", fixtureText("formats/db.oakdale.lib")).status).toBe(0);
    expect(
      checkZone("16.172.in-addr.arpa", fixtureText("formats/16.172.in-addr.arpa.zone")).status,
    ).toBe(0);
  });

  it("reads a BIND zone: $ORIGIN, parentheses, owners left out, optional class", () => {
    const zone = parseZone(fixtureText("formats/db.oakdale.lib"));
    expect(zone.origin).toBe("oakdale.lib");
    expect(zone.originFrom).toBe("directive");
    expect(records(fixtureText("formats/db.oakdale.lib")).slice(1, 5)).toEqual([
      "9 oakdale.lib NS ns1",
      "10 ns1.oakdale.lib A 172.16.0.5",
      "11 ns2.oakdale.lib A 172.16.0.6",
      "12 www.oakdale.lib CNAME ns1",
    ]);
  });

  it("reads a Windows DNS export: the zone from its header, [AGE:n] marks dynamic records", () => {
    const text = fixtureText("legacy/mgpl.local.dns");
    const zone = parseZone(text);
    expect(zone).toMatchObject({ origin: "mgpl.local", originFrom: "header", originLine: 2 });
    expect(records(text)).toContain("48 pc-circ-01.mgpl.local A 10.40.20.105 (dynamic)");
    expect(records(text)).toContain("25 mgpl.local A 10.40.1.11");
  });

  it("reads a reverse zone with relative owners", () => {
    expect(records(fixtureText("formats/16.172.in-addr.arpa.zone")).slice(2)).toEqual([
      "5 5.0.16.172.in-addr.arpa PTR ns1.oakdale.lib.",
      "6 6.0.16.172.in-addr.arpa PTR ns2.oakdale.lib.",
      "7 21.10.16.172.in-addr.arpa PTR circ-printer.oakdale.lib.",
    ]);
  });

  it("stops at $INCLUDE, whose records it cannot see", () => {
    expect(parseZone(fixtureText("bad/include.zone")).problems).toEqual([
      {
        line: 6,
        message:
          "$INCLUDE reads records from '/var/named/lakeside-printers.db', which Carrel cannot see: paste those records into this file and import again",
      },
    ]);
  });

  it("says where a parenthesis is never closed", () => {
    expect(parseZone("$ORIGIN x.lib.\n@ IN SOA a b ( 1 2\n").problems[0]).toMatchObject({
      line: 2,
    });
  });
});
