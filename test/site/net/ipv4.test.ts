import { describe, expect, it } from "vitest";
import {
  maskPrefix,
  cidrContains,
  cidrsOverlap,
  formatCidr,
  formatIp,
  formatMask,
  hostCount,
  isPrivateIp,
  parseCidr,
  parseIp,
  parseRange,
  rangeContains,
  rangeSize,
  reverseZoneNames,
  type Cidr,
} from "../../../src/site/net/ipv4.ts";

const ip = (text: string) => parseIp(text)!;
const net = (text: string): Cidr => parseCidr(text)!;

describe("IPv4 addresses", () => {
  it("parses dotted quads at both ends of the address space", () => {
    expect(parseIp("0.0.0.0")).toBe(0);
    expect(parseIp("255.255.255.255")).toBe(0xffffffff);
    expect(parseIp("10.20.40.1")).toBe(0x0a142801);
    expect(parseIp(" 10.20.40.1 ")).toBe(0x0a142801);
  });

  it.each(["256.0.0.1", "10.20.40", "10.20.40.1.5", "010.20.40.1", "10.20.40.-1", "a.b.c.d", ""])(
    "refuses %j",
    (text) => {
      expect(parseIp(text)).toBeUndefined();
    },
  );

  it("formats back what it parsed, above 2^31 too", () => {
    for (const text of ["0.0.0.0", "127.0.0.1", "192.168.255.254", "255.255.255.255"])
      expect(formatIp(ip(text))).toBe(text);
  });
});

describe("IPv4 networks", () => {
  it("works out a /20: network, broadcast, mask and usable hosts", () => {
    const c = net("10.20.80.0/20");
    expect([formatIp(c.network), formatIp(c.broadcast)]).toEqual(["10.20.80.0", "10.20.95.255"]);
    expect(formatMask(20)).toBe("255.255.240.0");
    expect(hostCount(c)).toBe(4094);
  });

  it("reads a dotted netmask back to its prefix, and no mask with a gap", () => {
    expect([0, 8, 23, 32].map((p) => maskPrefix(formatMask(p)))).toEqual([0, 8, 23, 32]);
    expect(maskPrefix("255.0.255.0")).toBeUndefined();
    expect(maskPrefix("255.255.255")).toBeUndefined();
  });

  it("keeps the host bits written in a /23 for the validator to report", () => {
    const c = net("10.20.21.5/23");
    expect(formatIp(c.address)).toBe("10.20.21.5");
    expect(formatCidr(c)).toBe("10.20.20.0/23");
    expect(formatIp(c.broadcast)).toBe("10.20.21.255");
    expect(formatMask(23)).toBe("255.255.254.0");
    expect(hostCount(c)).toBe(510);
  });

  it("counts both addresses of a /31 and the one of a /32 as usable (RFC 3021)", () => {
    const p2p = net("10.0.0.4/31");
    expect([formatIp(p2p.network), formatIp(p2p.broadcast), hostCount(p2p)]).toEqual([
      "10.0.0.4",
      "10.0.0.5",
      2,
    ]);
    const one = net("10.0.0.9/32");
    expect([formatIp(one.network), formatIp(one.broadcast), hostCount(one)]).toEqual([
      "10.0.0.9",
      "10.0.0.9",
      1,
    ]);
    expect(formatMask(31)).toBe("255.255.255.254");
    expect(formatMask(32)).toBe("255.255.255.255");
  });

  it("handles /0 and the top of the address space", () => {
    const all = net("0.0.0.0/0");
    expect([all.network, all.broadcast]).toEqual([0, 0xffffffff]);
    expect(formatMask(0)).toBe("0.0.0.0");
    const top = net("255.255.255.0/24");
    expect(formatIp(top.broadcast)).toBe("255.255.255.255");
    expect(cidrContains(top, 0xffffffff)).toBe(true);
  });

  it.each(["10.0.0.0", "10.0.0.0/33", "10.0.0.0/", "10.0.0.0/2a", "10.0.0.0/-1", "10.0.0/24"])(
    "refuses %j",
    (text) => {
      expect(parseCidr(text)).toBeUndefined();
    },
  );

  it("contains its network and broadcast addresses and nothing beyond", () => {
    const c = net("10.20.20.0/23");
    expect(cidrContains(c, ip("10.20.20.0"))).toBe(true);
    expect(cidrContains(c, ip("10.20.21.255"))).toBe(true);
    expect(cidrContains(c, ip("10.20.19.255"))).toBe(false);
    expect(cidrContains(c, ip("10.20.22.0"))).toBe(false);
  });

  it("sees overlap when networks touch in one address, not when they only border", () => {
    expect(cidrsOverlap(net("10.0.0.0/24"), net("10.0.0.255/32"))).toBe(true);
    expect(cidrsOverlap(net("10.0.0.0/24"), net("10.0.1.0/24"))).toBe(false);
    expect(cidrsOverlap(net("10.0.0.0/16"), net("10.0.200.0/21"))).toBe(true);
  });

  it("knows the private, shared, loopback and link-local blocks", () => {
    for (const text of ["10.0.0.1", "172.31.255.255", "192.168.1.1", "100.64.0.1", "127.0.0.1"])
      expect(isPrivateIp(ip(text)), text).toBe(true);
    for (const text of ["172.32.0.1", "203.0.113.10", "100.128.0.1", "8.8.8.8"])
      expect(isPrivateIp(ip(text)), text).toBe(false);
  });
});

describe("IPv4 ranges", () => {
  it("parses first-last with spaces and counts both ends", () => {
    const r = parseRange(" 10.20.30.50 - 10.20.30.240 ")!;
    expect(rangeSize(r)).toBe(191);
    expect(rangeContains(r, ip("10.20.30.50"))).toBe(true);
    expect(rangeContains(r, ip("10.20.30.240"))).toBe(true);
    expect(rangeContains(r, ip("10.20.30.49"))).toBe(false);
    expect(rangeContains(r, ip("10.20.30.241"))).toBe(false);
  });

  it("crosses an octet boundary", () => {
    const r = parseRange("10.20.20.100-10.20.21.250")!;
    expect(rangeSize(r)).toBe(407);
    expect(rangeContains(r, ip("10.20.20.255"))).toBe(true);
    expect(rangeContains(r, ip("10.20.21.0"))).toBe(true);
  });

  it("has one address when it starts where it ends, none when reversed", () => {
    expect(rangeSize(parseRange("10.0.0.5-10.0.0.5")!)).toBe(1);
    const reversed = parseRange("10.0.0.9-10.0.0.5")!;
    expect(rangeSize(reversed)).toBe(0);
    expect(rangeContains(reversed, ip("10.0.0.7"))).toBe(false);
  });

  it.each(["10.0.0.1", "10.0.0.1-", "10.0.0.1-10.0.0.2-10.0.0.3", "10.0.0.1-10.0.0.256"])(
    "refuses %j",
    (text) => {
      expect(parseRange(text)).toBeUndefined();
    },
  );
});

describe("reverse zones", () => {
  it("cuts a /20 into sixteen /24 zones and a /23 into two", () => {
    const twenty = reverseZoneNames(net("10.20.80.0/20"));
    expect(twenty).toHaveLength(16);
    expect([twenty[0], twenty[15]]).toEqual(["80.20.10.in-addr.arpa", "95.20.10.in-addr.arpa"]);
    expect(reverseZoneNames(net("10.20.20.0/23"))).toEqual([
      "20.20.10.in-addr.arpa",
      "21.20.10.in-addr.arpa",
    ]);
  });

  it("puts a /25, a /31 and a /32 in the /24 zone that holds them", () => {
    expect(reverseZoneNames(net("172.16.60.128/25"))).toEqual(["60.16.172.in-addr.arpa"]);
    expect(reverseZoneNames(net("10.0.0.4/31"))).toEqual(["0.0.10.in-addr.arpa"]);
    expect(reverseZoneNames(net("10.0.0.9/32"))).toEqual(["0.0.10.in-addr.arpa"]);
  });

  it("uses /16 and /8 zones for larger networks", () => {
    expect(reverseZoneNames(net("10.20.0.0/16"))).toEqual(["20.10.in-addr.arpa"]);
    expect(reverseZoneNames(net("172.16.0.0/12"))).toHaveLength(16);
    expect(reverseZoneNames(net("10.0.0.0/8"))).toEqual(["10.in-addr.arpa"]);
  });
});
