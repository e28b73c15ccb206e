import { describe, expect, it } from "vitest";
import {
  bool,
  cidr,
  commentText,
  EscapeError,
  integer,
  ipv4,
  keyword,
  mac,
  pathSegment,
} from "../../../src/render/escape/index.ts";

describe("plain values", () => {
  it("pass numbers, addresses, networks, MACs, true/false and keywords through", () => {
    expect(integer(86400)).toBe("86400");
    expect(ipv4("10.20.10.5")).toBe("10.20.10.5");
    expect(cidr("10.20.20.0/23")).toBe("10.20.20.0/23");
    expect(mac("02:1b:78:00:20:01")).toBe("02:1b:78:00:20:01");
    expect(bool(false)).toBe("false");
    expect(keyword("array of ip-address")).toBe("array of ip-address");
  });

  it("refuse anything else, naming it", () => {
    expect(() => integer("86400")).toThrow("'86400' is not a whole number");
    expect(() => ipv4("10.0.0.1\nx")).toThrow("'10.0.0.1<U+000A>x' is not an IPv4 address");
    expect(() => cidr("10.0.0.0/24;")).toThrow(EscapeError);
    expect(() => mac("02:1b:78:00:20")).toThrow(EscapeError);
    expect(() => keyword("text; x")).toThrow(EscapeError);
  });
});

describe("comment text", () => {
  it("shows line breaks, controls and invisible characters by name", () => {
    expect(commentText("a\r\nb\u2028c\u0007d\u202Ee\tf")).toBe(
      "a<U+000D><U+000A>b<U+2028>c<U+0007>d<U+202E>e<U+0009>f",
    );
  });
});

describe("path segments", () => {
  it("take safe file names only", () => {
    expect(pathSegment("public-pcs")).toBe("public-pcs");
    for (const bad of ["..", "a/b", "../x", "con", "a b", "", "x."])
      expect(() => pathSegment(bad)).toThrow(EscapeError);
  });
});
