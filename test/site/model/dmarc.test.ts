/** DMARC records (RFC 7489) read tag by tag. */
import { describe, expect, it } from "vitest";
import { readDmarc } from "../../../src/site/index.ts";

describe("a DMARC record", () => {
  it("reads the example's tags, its policy and where reports go", () => {
    const r = readDmarc(
      "v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@rbpl.org,mailto:x@y.example!10m; adkim=r; aspf=r;",
    );
    expect(r.problems).toEqual([]);
    expect(r.policy).toBe("quarantine");
    expect(r.reportTo).toEqual(["dmarc-reports@rbpl.org", "x@y.example"]);
    expect([...r.tags.keys()]).toEqual(["v", "p", "rua", "adkim", "aspf"]);
  });

  it("names each problem: misspelt or repeated tags, bad values, a missing policy", () => {
    expect(
      readDmarc("v=DMARC1; p=reject; ruf=dmarc@lib.org; sp=none; sp=none; fo=2").problems,
    ).toEqual([
      "ruf=dmarc@lib.org must be mailto: addresses separated by commas (like mailto:dmarc@library.org), not 'dmarc@lib.org'",
      "gives sp= twice; receivers then ignore the whole record",
      "fo=2 must be 0, 1, d or s, or several joined with ':'",
    ]);
    expect(readDmarc("v=DMARC1; rua=mailto:a@b.example").problems).toEqual([
      "has no p= policy, which a DMARC record must have",
    ]);
    expect(readDmarc("v=DMARC1;; p=none").problems).toEqual([
      "has an empty tag (two ';' in a row)",
    ]);
    expect(readDmarc("v=DMARC2; p=none; adkim=x; pct=20").problems).toEqual([
      "v=DMARC2 must be DMARC1",
      "adkim=x must be r or s",
    ]);
    expect(readDmarc("v=DMARC1; p=none; polcy=reject").problems).toEqual([
      "'polcy' is not a DMARC tag, so receivers ignore it",
    ]);
  });
});
