import { describe, expect, it } from "vitest";
import {
  dnsmasqComment,
  dnsmasqList,
  dnsmasqOptionValue,
  dnsmasqQuote,
  dnsmasqValue,
  EscapeError,
} from "../../../src/render/escape/index.ts";
import { run, withTempFile } from "../checkers.ts";
import { code } from "../parsers/code.ts";
import { parseDnsmasq } from "../parsers/dnsmasq.ts";
import { HOSTILE, PRINTABLE } from "./payloads.ts";

describe("dnsmasq quoted values", () => {
  it.each(PRINTABLE)("read %j back as one part, commas and # included", (text) => {
    expect(parseDnsmasq(`dhcp-option=tag:a,252,${dnsmasqQuote(text)}\n`).statements).toEqual([
      { option: code("dhcp-option"), parts: [code("tag:a"), code("252"), text] },
    ]);
  });

  it("refuse control characters, which dnsmasq would read as escapes or line ends", () => {
    for (const text of ["a\nb", "a\rb", "a\u0007b"])
      expect(() => dnsmasqQuote(text)).toThrow(EscapeError);
  });

  it("refuse a value too long for dnsmasq's line buffer", () => {
    expect(() => dnsmasqQuote("x".repeat(1000))).toThrow(EscapeError);
  });
});

describe("dnsmasq words and lists", () => {
  it("writes a plain word bare and anything else quoted", () => {
    expect(dnsmasqValue("/var/lib/misc/dnsmasq.leases")).toBe("/var/lib/misc/dnsmasq.leases");
    expect(dnsmasqValue("a b#c")).toBe('"a b#c"');
  });

  it("joins addresses with commas, and refuses a part that is not a plain word", () => {
    expect(dnsmasqList(["10.0.0.1", "10.0.0.2"])).toBe("10.0.0.1,10.0.0.2");
    expect(() => dnsmasqList(["10.0.0.1,dhcp-script=/tmp/x"])).toThrow(EscapeError);
    expect(dnsmasqOptionValue(["a,b"], true)).toBe('"a,b"');
  });
});

describe("given a dnsmasq.conf holding every hostile text", () => {
  const conf = [
    dnsmasqComment(HOSTILE),
    "port=0",
    "dhcp-range=set:a,10.0.0.10,10.0.0.20,255.255.255.0,3600",
    // DHCP carries at most 255 bytes of option text; dnsmasq refuses more.
    ...PRINTABLE.map(
      (text) => `dhcp-option=tag:a,option:bootfile-name,${dnsmasqQuote(text.slice(0, 250))}`,
    ),
  ].join("\n");

  it("then dnsmasq --test accepts it", () => {
    const result = withTempFile("dnsmasq.conf", conf, (f) =>
      run("dnsmasq", ["--test", `--conf-file=${f}`]),
    );
    expect(result.status, result.output).toBe(0);
  });

  it("then every text is one option and every comment stays a comment", () => {
    const parsed = parseDnsmasq(conf);
    expect(parsed.statements.map((s) => s.option.code)).toEqual([
      "port",
      "dhcp-range",
      ...PRINTABLE.map(() => "dhcp-option"),
    ]);
    expect(parsed.comments).toHaveLength(HOSTILE.length);
  });
});
