/** What a consortium member's render hash reads: its own template folder, and nothing outside. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderFingerprint } from "../../src/cli/consortium/fingerprint.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "carrel-print-"));
  mkdirSync(join(dir, "site"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A site file whose `templates:` line is `line`, and the hash of it. */
function printWith(line: string): () => string {
  const site = join(dir, "site", "site.yaml");
  writeFileSync(site, `version: 1\n${line}\n`);
  return () => renderFingerprint("version: 1\n", site, {});
}

describe("renderFingerprint", () => {
  it("reads a folder named with a # in it, as YAML reads the line", () => {
    // given templates: tpl#1 (no space before #: part of the value)
    mkdirSync(join(dir, "site", "tpl#1"));
    writeFileSync(join(dir, "site", "tpl#1", "zone.hbs"), "one");
    const print = printWith("templates: tpl#1");
    const before = print();
    // when a template in it changes
    writeFileSync(join(dir, "site", "tpl#1", "zone.hbs"), "two");
    // then the hash changes, so the site is rendered again
    expect(print()).not.toBe(before);
  });

  it("reads a commented line's folder, and nothing outside the site's folder", () => {
    mkdirSync(join(dir, "site", "mine"));
    mkdirSync(join(dir, "outside"));
    writeFileSync(join(dir, "site", "mine", "a.hbs"), "one");
    writeFileSync(join(dir, "outside", "b.hbs"), "one");
    const inside = printWith("templates: mine   # our overrides");
    const before = inside();
    writeFileSync(join(dir, "site", "mine", "a.hbs"), "two");
    expect(inside()).not.toBe(before);
    // given a folder outside, which validation refuses later
    const outside = printWith("templates: ../outside");
    const was = outside();
    // when a file there changes, it was never read
    writeFileSync(join(dir, "outside", "b.hbs"), "two");
    expect(outside()).toBe(was);
  });
});
