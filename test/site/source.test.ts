import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSiteFile } from "../../src/site/index.ts";
import { check, edit, EXAMPLE, found } from "../helpers/site.ts";

describe("loading site files", () => {
  it("reports a YAML syntax error at its line with the key it is under", () => {
    const e = edit(EXAMPLE, "  ntp: [10.20.10.10]", "  ntp: [10.20.10.10");
    const result = check(e.text);
    expect(result.valid).toBe(false);
    expect(found(result)[0]).toMatch(/^\d+:\d+ /);
    expect(result.issues[0]!.rule).toBe("yaml");
  });

  it("reports a duplicate key and still checks the rest of the file", () => {
    // given a duplicated key and, further down, an unknown VLAN
    let text = edit(
      EXAMPLE,
      "      onCall: true\n    - name: Sam",
      "      onCall: true\n      onCall: false\n    - name: Sam",
    ).text;
    text = edit(text, "untagged: media-lab", "untagged: media-lb").text;
    // then both are reported, in file order
    const errors = found(check(text)).filter((m) => !m.includes("warning:"));
    expect(errors).toEqual([
      "33:7 site.contacts[0].onCall this key appears twice in the same section; keep only one",
      "218:21 network.switches[1].ports[1].untagged VLAN 'media-lb' is not declared; did you mean 'media-lab'?",
    ]);
  });

  it("ends an alias bomb with a clear error instead of expanding it", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]",
      "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]",
    ].join("\n");
    expect(found(check(bomb))).toEqual([
      "1:1 (file) the file expands YAML aliases (*name) too many times to be a site definition",
    ]);
  });

  it("says an empty file is empty", () => {
    expect(found(check("\n# nothing here\n"))).toEqual([
      "1:1 (file) the file is empty; a site needs at least `version`, `site` and `network`",
    ]);
  });

  it("rejects a file that is a list rather than sections", () => {
    expect(found(check("- a\n- b\n"))).toEqual([
      "1:1 (file) the file must be a mapping of sections (version:, site:, network:, ...)",
    ]);
  });

  it("refuses binary, non-UTF-8, missing and oversized files before parsing", () => {
    const dir = mkdtempSync(join(tmpdir(), "carrel-read-"));
    const write = (name: string, data: string | Buffer) => {
      writeFileSync(join(dir, name), data);
      return join(dir, name);
    };
    expect(readSiteFile(write("bin.yaml", Buffer.from([0x76, 0, 0x31])))).toEqual({
      ok: false,
      message: `${join(dir, "bin.yaml")} is a binary file, not YAML text`,
    });
    expect(readSiteFile(write("latin1.yaml", Buffer.from([0x61, 0xe9, 0x0a])))).toMatchObject({
      ok: false,
      message: expect.stringContaining("is not UTF-8 text"),
    });
    expect(readSiteFile(join(dir, "missing.yaml"))).toMatchObject({
      ok: false,
      message: expect.stringContaining("cannot find"),
    });
    expect(readSiteFile(write("big.yaml", Buffer.alloc(17 * 1024 * 1024, 0x20)))).toMatchObject({
      ok: false,
      message: expect.stringContaining("too large for a site file"),
    });
    expect(readSiteFile(dir)).toMatchObject({
      ok: false,
      message: expect.stringContaining("is a folder"),
    });
  });
});
