import { describe, expect, it } from "vitest";
import {
  EscapeError,
  zoneComment,
  zoneName,
  zoneOwner,
  zoneRdata,
  zoneTxt,
} from "../../../src/render/escape/index.ts";
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
