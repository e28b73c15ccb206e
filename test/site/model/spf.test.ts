/** SPF terms and records as Carrel reads them (RFC 7208), and what each costs in lookups. */
import { describe, expect, it } from "vitest";
import { parseSpfTerm, readSpfRecord, spfTermOrder } from "../../../src/site/index.ts";

describe("one SPF term", () => {
  it("reads mechanisms with their qualifier, value and lookups", () => {
    expect(parseSpfTerm("include:spf.protection.outlook.com")).toEqual({
      kind: "mechanism",
      qualifier: "+",
      mechanism: "include",
      value: ":spf.protection.outlook.com",
      lookups: 1,
    });
    expect(parseSpfTerm("-ip4:203.0.113.0/24")).toMatchObject({ qualifier: "-", lookups: 0 });
    expect(parseSpfTerm("ip6:2001:db8::/32")).toMatchObject({ mechanism: "ip6", lookups: 0 });
    expect(parseSpfTerm("a")).toMatchObject({ mechanism: "a", lookups: 1 });
    expect(parseSpfTerm("mx:mail.example.org/24//64")).toMatchObject({
      mechanism: "mx",
      lookups: 1,
    });
    expect(parseSpfTerm("exists:%{i}._spf.%{d}")).toMatchObject({
      mechanism: "exists",
      lookups: 1,
    });
    expect(parseSpfTerm("~all")).toMatchObject({ mechanism: "all", qualifier: "~", lookups: 0 });
    expect(parseSpfTerm("redirect=_spf.example.org")).toEqual({
      kind: "modifier",
      name: "redirect",
      value: "_spf.example.org",
    });
  });

  it("says in words what is wrong with a term", () => {
    expect(parseSpfTerm("incude:spf.example.com")).toBe(
      "'incude:spf.example.com' is not an SPF mechanism; use ip4:, ip6:, a, mx, include: or exists:",
    );
    expect(parseSpfTerm("ip4:203.0.113.0/33")).toBe(
      "'/33' is not a prefix length; write /0 to /32",
    );
    expect(parseSpfTerm("include:localhost")).toBe(
      "'include:localhost': 'localhost' is not a full domain name (like spf.example.com)",
    );
    expect(parseSpfTerm("include")).toBe(
      "'include': include needs a domain, like include:spf.example.com",
    );
    expect(parseSpfTerm("include:spf.example.123")).toBe(
      "'include:spf.example.123': 'spf.example.123' does not end in a domain's last part (like .com or .org)",
    );
    expect(parseSpfTerm("include:a;b.example.com")).toBe(
      "'include:a;b.example.com': 'a;b.example.com' is not a domain: use letters, digits, dots, hyphens and underscores",
    );
    expect(parseSpfTerm("all:x")).toBe("'all:x': all takes no value");
  });
});

describe("a whole SPF record", () => {
  it("counts the lookups of its terms, an include as one", () => {
    const r = readSpfRecord(
      "v=spf1 ip4:203.0.113.25 include:a.example.net mx a:web.example.net redirect=b.example.net",
    );
    expect(r.problems).toEqual([]);
    expect(r.lookups).toBe(4);
  });

  it("finds a wrong version, doubled spaces, terms after all and two redirects", () => {
    expect(readSpfRecord("v=spf2 -all").problems).toEqual([
      "an SPF record starts with exactly v=spf1",
    ]);
    expect(readSpfRecord("v=spf1  -all").problems).toEqual([
      "terms are separated by one space, with none at the start or end",
    ]);
    expect(readSpfRecord("v=spf1 -all mx").problems).toEqual([
      "mechanisms after 'all' are never read; put 'all' last",
    ]);
    expect(readSpfRecord("v=spf1 redirect=a.example.org redirect=b.example.org").problems).toEqual([
      "an SPF record holds at most one redirect=",
    ]);
  });
});

describe("the order Carrel writes terms in", () => {
  it("puts addresses first and includes last, each kind by value", () => {
    const terms = [
      "include:b.example",
      "mx",
      "ip4:198.51.100.1",
      "include:a.example",
      "ip6:2001:db8::1",
    ];
    expect([...terms].sort(spfTermOrder)).toEqual([
      "ip4:198.51.100.1",
      "ip6:2001:db8::1",
      "mx",
      "include:a.example",
      "include:b.example",
    ]);
  });
});
