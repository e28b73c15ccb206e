import { describe, expect, it } from "vitest";
import { serialOf } from "../../../src/render/dns/index.ts";
import { edit, EXAMPLE, modelOf } from "../../helpers/site.ts";
import { loadTestSite } from "../sites.ts";

describe("zone serials", () => {
  const example = loadTestSite("example").model;

  it("keeps a zone's serial while its records stay the same", () => {
    // given a change to site.yaml that no zone shows
    const { text } = edit(EXAMPLE, 'phone: "+1 203-555-0110"', 'phone: "+1 203-555-0199"');
    const changed = modelOf(text);
    // then every serial stays
    expect(changed.dns.reverse.map(serialOf)).toEqual(example.dns.reverse.map(serialOf));
    expect(serialOf(changed.dns.forward)).toBe(serialOf(example.dns.forward));
  });

  it("changes the serial of exactly the zones whose records change", () => {
    // given one more host on the management VLAN
    const { text } = edit(
      EXAMPLE,
      "        - host: ups01\n",
      "        - host: pdu01\n          ip: 10.20.40.21\n        - host: ups01\n",
    );
    const changed = modelOf(text);
    const before = new Map(example.dns.reverse.map((z) => [z.origin, serialOf(z)]));
    const moved = changed.dns.reverse.filter((z) => before.get(z.origin) !== serialOf(z));
    expect(moved.map((z) => z.origin)).toEqual(["40.20.10.in-addr.arpa"]);
    expect(serialOf(changed.dns.forward)).not.toBe(serialOf(example.dns.forward));
  });
});
