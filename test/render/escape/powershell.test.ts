import { describe, expect, it } from "vitest";
import {
  POWERSHELL_BOM,
  powershellFile,
  psArray,
  psBlockText,
  psBool,
  psComment,
  psQuote,
} from "../../../src/render/escape/index.ts";
import { code } from "../parsers/code.ts";
import { parsePowerShell } from "../parsers/powershell.ts";
import { HOSTILE, PRINTABLE } from "./payloads.ts";

describe("PowerShell strings", () => {
  it.each(HOSTILE)("read %j back as one string literal", (text) => {
    expect(parsePowerShell(`$x = ${psQuote(text)}\n`).statements).toEqual([
      [code("$"), code("x"), code("="), text],
    ]);
  });

  it("doubles each kind of single quote PowerShell knows", () => {
    expect(psQuote("'\u2018\u2019\u201A\u201B")).toBe(
      "'''\u2018\u2018\u2019\u2019\u201A\u201A\u201B\u201B'",
    );
  });

  it("writes arrays of strings and true/false", () => {
    expect(psArray(["a", "it's"])).toBe("@('a', 'it''s')");
    expect(psBool(true)).toBe("$true");
    expect(psBool("yes")).toBe("$false");
  });
});

describe("PowerShell comments", () => {
  it("keep a line break from ending a # comment", () => {
    expect(parsePowerShell(psComment(HOSTILE)).statements).toEqual([]);
  });

  it("keep #> from ending a <# #> block", () => {
    const script = `<#\n  ${PRINTABLE.map(psBlockText).join("\n  ")}\n#>\nGet-Date\n`;
    expect(parsePowerShell(script).statements).toEqual([[code("Get-Date")]]);
    expect(psBlockText("a #> b\nc")).toBe("a # > b<U+000A>c");
  });
});

describe("PowerShell files", () => {
  it("start with a byte order mark, once", () => {
    expect(powershellFile("# x\n")).toBe(`${POWERSHELL_BOM}# x\n`);
    expect(powershellFile(powershellFile("# x\n"))).toBe(`${POWERSHELL_BOM}# x\n`);
  });
});
