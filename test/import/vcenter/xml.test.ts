import { describe, expect, it } from "vitest";
import { escapeXml, parseXml, textAt } from "../../../src/import/vcenter/xml.ts";

describe("the XML reader", () => {
  it("reads elements, attributes without prefixes, entities and CDATA", () => {
    const root = parseXml(
      '<?xml version="1.0"?><s:Envelope xmlns:s="x"><s:Body><val xsi:type="xsd:string">' +
        "a &amp; b &#x41;&#66;<![CDATA[<raw>]]></val><empty/></s:Body></s:Envelope>",
    );
    expect(root.name).toBe("Envelope");
    expect(textAt(root, "Body", "val")).toBe("a & b AB<raw>");
    expect(root.children[0]!.children[0]!.attrs.type).toBe("xsd:string");
    expect(textAt(root, "Body", "empty")).toBe("");
  });

  it("refuses a DOCTYPE, which SOAP never sends", () => {
    expect(() => parseXml('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>')).toThrow(
      "a DOCTYPE or declaration, which SOAP never sends, at character 0",
    );
  });

  it("refuses unknown entities, mismatched tags, a cut-off document and a second root", () => {
    expect(() => parseXml("<x>&nbsp;</x>")).toThrow("unknown entity &nbsp;");
    expect(() => parseXml("<x><y></x>")).toThrow("a mismatched </x>");
    expect(() => parseXml("<x><y>")).toThrow("the document ends inside <y>");
    expect(() => parseXml("<x/><y/>")).toThrow("a second root element");
    expect(() => parseXml("<html>oops</html> trailing")).toThrow("text outside the root element");
  });

  it("escapes what it writes", () => {
    expect(escapeXml(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;");
  });
});
