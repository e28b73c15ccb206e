/**
 * Messages for the mistakes people make most: a line indented wrongly (one message, at
 * that line), numbers out of bounds (in plain numbers), merge keys and aliases.
 */
import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../helpers/site.ts";

const errors = (text: string) => found(check(text)).filter((m) => !m.includes("warning:"));

describe("a line indented wrongly", () => {
  it("one space too far: one message, at that line, naming what to line up with", () => {
    const e = edit(EXAMPLE, "      subnet: 10.20.20.0/23", "       subnet: 10.20.20.0/23");
    expect(errors(e.text)).toEqual([
      `${e.line}:8 network.vlans[1].subnet this line is indented 7 spaces, but the other keys of this section ('purpose' on line ${e.line - 1}) are indented 6 spaces; YAML needs them to line up exactly`,
    ]);
  });

  it("one space too little, where the parser would blame the lines after it", () => {
    const e = edit(EXAMPLE, "      purpose: staff\n", "     purpose: staff\n");
    expect(errors(e.text)).toEqual([
      `${e.line}:6 network.vlans[1].purpose this line is indented 5 spaces, but the other keys of this section ('name' on line ${e.line - 1}) are indented 6 spaces; YAML needs them to line up exactly`,
    ]);
  });

  it("a list item out of line with its list", () => {
    const e = edit(EXAMPLE, "        - host: esxi02", "      - host: esxi02");
    expect(errors(e.text)).toEqual([
      `${e.line}:7 network.vlans[0].hosts this list item is indented 6 spaces, but the other items of this list (line ${e.line - 2}) are indented 8 spaces; YAML needs them to line up exactly`,
    ]);
  });

  it("a section key between two levels, with the lines under it", () => {
    const e = edit(EXAMPLE, "  ntp: [10.20.10.10]\n", " ntp: [10.20.10.10]\n");
    expect(errors(e.text)).toEqual([
      `${e.line}:2 network.ntp this line is indented 1 space, but the other keys of this section ('dns' on line ${e.line - 1}) are indented 2 spaces; YAML needs them to line up exactly`,
    ]);
  });

  it("still reports an unrelated mistake further down", () => {
    let text = edit(EXAMPLE, "      purpose: staff\n", "     purpose: staff\n").text;
    const quote = edit(text, 'phone: "+1 860-555-0142"', 'phone: "+1 860-555-0142');
    text = quote.text;
    expect(errors(text)).toEqual([
      `${quote.line}:30 site.vendors[0].phone a closing quote is missing`,
      expect.stringMatching(/^\d+:6 network.vlans\[1\].purpose this line is indented 5 spaces/),
    ]);
  });

  it("says plainly that a bracketed list is not closed", () => {
    const e = edit(EXAMPLE, "  ntp: [10.20.10.10]", "  ntp: [10.20.10.10");
    expect(errors(e.text)[0]).toMatch(
      /a list or section in brackets is not closed with \] or \}, or a line of it is not indented under its key$/,
    );
  });
});

describe("numbers out of bounds", () => {
  it("a whole number that must be positive: 'at least 1', never 'at least 0'", () => {
    const e = edit(EXAMPLE, "count: 24", "count: 0");
    expect(errors(e.text)).toEqual([`${e.line}:16 vsphere.vdi.pools[0].count must be at least 1`]);
  });

  it("a huge number: the field's own limit, or 'too large', never 9007199254740991", () => {
    const count = edit(EXAMPLE, "count: 24", "count: 1e20");
    expect(errors(count.text)).toEqual([
      `${count.line}:16 vsphere.vdi.pools[0].count must be at most 2000`,
    ]);
    const cpus = edit(EXAMPLE, "count: 24\n", "count: 24\n        disks: [1e300]\n");
    const text = errors(cpus.text).join("\n");
    expect(text).toContain("is too large a number");
    expect(text).not.toMatch(/9007199254740991|Infinity|e\+/);
  });

  it("infinity and minus infinity in words", () => {
    const e = edit(EXAMPLE, "count: 24", "count: -.inf");
    expect(errors(e.text)).toEqual([
      `${e.line}:16 vsphere.vdi.pools[0].count should be a number, but is minus infinite (-.inf)`,
    ]);
  });
});

describe("anchors, aliases and merge keys", () => {
  /** The example with a second pool that takes the first pool's settings through `<<`. */
  function withMergedPool(override: string): string {
    const anchored = edit(
      EXAMPLE,
      "    pools:\n      - name:",
      "    pools:\n      - &pool\n        name:",
    );
    const poolEnd = anchored.text.indexOf(
      "\n",
      anchored.text.indexOf("entitledGroups:", anchored.text.indexOf("&pool")),
    );
    return `${anchored.text.slice(0, poolEnd)}\n      - <<: *pool\n${override}${anchored.text.slice(poolEnd)}`;
  }

  it("merge keys work: the merged pool is validated like one written out", () => {
    // a second pool with its own name and prefix, everything else from the first
    const text = withMergedPool(
      "        name: extra\n        namePattern: EXT-{nn}\n        count: 2\n",
    );
    const result = check(text);
    expect(found(result).filter((m) => m.includes("pools[1]"))).toEqual([]);
    expect(result.site?.vsphere?.vdi.pools[1]).toMatchObject({
      name: "extra",
      namePattern: "EXT-{nn}",
      count: 2,
      template: "win11-public",
      entitledGroups: ["RBPL-VDI-Public"],
    });
  });

  it("a mistake in a merged value is reported where the value is written", () => {
    const text = withMergedPool(
      "        name: extra\n        namePattern: EXT-{nn}\n        cpuz: 2\n",
    );
    const line = text.slice(0, text.indexOf("cpuz")).split("\n").length;
    expect(errors(text)).toContain(
      `${line}:9 vsphere.vdi.pools[1].cpuz unknown key 'cpuz'; did you mean 'cpus'?`,
    );
  });

  it("a merge key with a value that is not a section", () => {
    expect(found(check("version: 1\nsite:\n  <<: 5\n"))).toEqual([
      '3:7 site["<<"] a merge key (<<) takes a section, an alias of one (*name) or a list of aliases; this is none of those',
    ]);
  });

  it("an alias inside the section it names", () => {
    expect(found(check("version: 1\nsite: &s\n  name: x\n  again: *s\n"))).toEqual([
      "4:10 site.again this alias (*s) is inside the section it names, so it would repeat forever; copy the values instead",
    ]);
  });
});
