import { describe, expect, it } from "vitest";
import {
  dhcpdComment,
  dhcpdName,
  dhcpdOptionValues,
  dhcpdString,
  EscapeError,
} from "../../../src/render/escape/index.ts";
import { run, withTempFile } from "../checkers.ts";
import { parseDhcpd, readDhcpdString } from "../parsers/dhcpd.ts";
import { HOSTILE, PRINTABLE } from "./payloads.ts";

describe("dhcpd strings", () => {
  it.each(HOSTILE)("read %j back exactly", (text) => {
    const quoted = dhcpdString(text);
    expect(readDhcpdString(quoted, 1)).toEqual({ value: text, end: quoted.length });
  });

  it("refuse text longer than dhcpd's string buffer", () => {
    expect(() => dhcpdString("x".repeat(1500))).toThrow(EscapeError);
  });
});

describe("dhcpd names and option values", () => {
  it("takes host names and option names as bare words, and nothing else", () => {
    expect(dhcpdName("circ-printer")).toBe("circ-printer");
    for (const bad of ["a b", "a;", "-a", "a{", ""]) expect(() => dhcpdName(bad)).toThrow();
  });

  it("quotes text values and writes addresses bare", () => {
    expect(dhcpdOptionValues(["a;b"], true)).toBe('"a;b"');
    expect(dhcpdOptionValues(["10.0.0.1", "10.0.0.2"], false)).toBe("10.0.0.1, 10.0.0.2");
    expect(() => dhcpdOptionValues(["10.0.0.1; next-server 1.2.3.4"], false)).toThrow();
  });
});

describe("given a dhcpd.conf holding every hostile text", () => {
  const conf = [
    dhcpdComment(HOSTILE),
    "subnet 10.0.0.0 netmask 255.255.255.0 {",
    `  option domain-name ${dhcpdString(PRINTABLE.join(" ").slice(0, 250))};`,
    "}",
    ...PRINTABLE.map(
      (text, i) =>
        `host h${i} { hardware ethernet 02:00:00:00:00:${String(i).padStart(2, "0")}; fixed-address 10.0.0.${i + 10}; option host-name ${dhcpdString(text.slice(0, 250))}; }`,
    ),
  ].join("\n");

  it("then dhcpd -t accepts it", () => {
    const result = withTempFile("dhcpd.conf", conf, (f) => run("dhcpd", ["-4", "-t", "-cf", f]));
    expect(result.status, result.output).toBe(0);
  });

  it("then it parses to one subnet and one host per text, strings intact", () => {
    const parsed = parseDhcpd(conf);
    const hostNames = parsed.statements
      .filter((s) => s.some((t) => typeof t !== "string" && t.code === "host-name"))
      .map((s) => s.find((t) => typeof t === "string"));
    expect(hostNames).toEqual(PRINTABLE.map((t) => t.slice(0, 250)));
    expect(parsed.comments).toHaveLength(HOSTILE.length);
  });
});
