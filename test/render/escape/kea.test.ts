import { describe, expect, it } from "vitest";
import {
  EscapeError,
  keaComment,
  keaOptionData,
  keaPool,
  keaString,
} from "../../../src/render/escape/index.ts";
import { run, withTempFile } from "../checkers.ts";
import { parseKea } from "../parsers/kea.ts";
import { HOSTILE, PRINTABLE } from "./payloads.ts";

const read = (json: string) => parseKea(`{ "v": ${json} }`).config as { v: unknown };

describe("Kea strings", () => {
  it.each(HOSTILE)("reads %j back exactly", (text) => {
    expect(read(keaString(text)).v).toBe(text);
  });

  it("refuses a broken character, which Kea's \\u escapes cannot write", () => {
    expect(() => keaString("a\ud800b")).toThrow(EscapeError);
  });
});

describe("Kea option data", () => {
  it.each(HOSTILE)("keeps text %j as one field, commas and backslashes included", (text) => {
    expect(parseKea(`{ "data": ${keaOptionData([text], true)} }`).config).toEqual({
      data: [text],
    });
  });

  it("joins addresses with commas and refuses anything else", () => {
    expect(keaOptionData(["10.0.0.1", "10.0.0.2"], false)).toBe('"10.0.0.1, 10.0.0.2"');
    expect(() => keaOptionData(["10.0.0.1 ,x"], false)).toThrow(EscapeError);
  });

  it("writes a pool from two addresses only", () => {
    expect(keaPool("10.0.0.10", "10.0.0.20")).toBe('"10.0.0.10 - 10.0.0.20"');
    expect(() => keaPool("10.0.0.10\n", "10.0.0.20")).toThrow(EscapeError);
  });
});

describe("Kea comments", () => {
  it("keep a line break from ending the comment", () => {
    expect(keaComment(["VLAN 10 a\nhost", "two"])).toBe("# VLAN 10 a<U+000A>host\n# two\n");
  });
});

describe("given a Kea configuration holding every hostile text", () => {
  const reservations = PRINTABLE.map((text, i) => ({
    "hw-address": `02:00:00:00:00:${String(i).padStart(2, "0")}`,
    "ip-address": `10.0.0.${i + 10}`,
    hostname: text,
  }));
  const config = [
    keaComment(HOSTILE),
    `{ "Dhcp4": { "subnet4": [ { "id": 1, "subnet": "10.0.0.0/24",`,
    `  "reservations": [ ${reservations
      .map(
        (r) =>
          `{ "hw-address": ${keaString(r["hw-address"])}, "ip-address": ${keaString(r["ip-address"])}, "hostname": ${keaString(r.hostname)} }`,
      )
      .join(",\n")} ],`,
    `  "option-data": [ { "name": "boot-file-name", "data": ${keaOptionData([PRINTABLE.join("")], true)} } ] } ] } }`,
  ].join("\n");

  it("then kea-dhcp4 -t accepts it", () => {
    const result = withTempFile("kea-dhcp4.conf", config, (f) => run("kea-dhcp4", ["-t", f]));
    expect(result.output).not.toMatch(/error/i);
    expect(result.status).toBe(0);
  });

  it("then it reads back with every host name and the option text intact", () => {
    const parsed = parseKea(config).config as {
      Dhcp4: { subnet4: { reservations: { hostname: string }[]; "option-data": unknown[] }[] };
    };
    const subnet = parsed.Dhcp4.subnet4[0]!;
    expect(subnet.reservations.map((r) => r.hostname)).toEqual(PRINTABLE);
    expect(subnet["option-data"]).toEqual([{ name: "boot-file-name", data: [PRINTABLE.join("")] }]);
  });
});
