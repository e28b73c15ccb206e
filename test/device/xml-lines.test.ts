import { describe, expect, it } from "vitest";
import { child, children, parseXml } from "../../src/device/xml-lines.ts";

describe("the XML reader of exported configurations", () => {
  it("reads elements with their lines, entities and character references", () => {
    const result = parseXml('<a>\n  <b n="x &amp; y">1 &lt; 2 &#x41;</b>\n  <b/>\n</a>\n');
    if (!result.ok) throw new Error(result.message);
    expect(child(result.root, "b")).toMatchObject({
      line: 2,
      attributes: { n: "x & y" },
      text: "1 < 2 A",
    });
    expect(children(result.root, "b").map((b) => b.line)).toEqual([2, 3]);
  });

  it("names the line of a reference to no character, and of an unknown entity", () => {
    expect(parseXml("<a>\n&#x110000;</a>")).toEqual({
      ok: false,
      line: 2,
      message: "&#x110000; names no character",
    });
    expect(parseXml("<a>\n\n<b>&nbsp;</b></a>")).toEqual({
      ok: false,
      line: 3,
      message: "&nbsp; is not one of XML's entities (&amp; &lt; &gt; &quot; &apos;)",
    });
  });
});
