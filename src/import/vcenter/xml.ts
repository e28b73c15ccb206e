/**
 * A small, strict XML reader for vCenter's SOAP responses: elements, attributes, text and
 * CDATA, with the five predefined entities and numeric character references. It refuses
 * what SOAP never sends (DOCTYPE, so no entity expansion) and what is malformed
 * (mismatched tags, text after the root), so a response from something that is not
 * vCenter fails plainly instead of being half-read. Namespace prefixes are dropped from
 * element and attribute names: vim25 answers use one namespace per element.
 */

import { child, decodeEntities, XmlError } from "../../device/xml-text.ts";

export { child, children, XmlError } from "../../device/xml-text.ts";

/** One element: its local name, attributes (local names), child elements and text. */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The element's own text (CDATA included), concatenated; children's text excluded. */
  text: string;
}

/** Escapes text for an element's content or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const localName = (qname: string) => qname.slice(qname.indexOf(":") + 1);

const NAME = /[A-Za-z_][\w.:-]*/y;
const ATTR = /\s+([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;

/** Parses a whole document and returns its root element. */
export function parseXml(source: string): XmlElement {
  let pos = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const fail = (what: string): never => {
    throw new XmlError(`${what} at character ${pos}`);
  };
  while (pos < source.length) {
    const lt = source.indexOf("<", pos);
    const textEnd = lt === -1 ? source.length : lt;
    if (textEnd > pos) {
      const text = source.slice(pos, textEnd);
      const top = stack.at(-1);
      if (top) top.text += decodeEntities(text);
      else if (text.trim() !== "") fail("text outside the root element");
      pos = textEnd;
      continue;
    }
    if (source.startsWith("<?", pos)) {
      const end = source.indexOf("?>", pos);
      if (end === -1) fail("unterminated processing instruction");
      pos = end + 2;
    } else if (source.startsWith("<!--", pos)) {
      const end = source.indexOf("-->", pos);
      if (end === -1) fail("unterminated comment");
      pos = end + 3;
    } else if (source.startsWith("<![CDATA[", pos)) {
      const end = source.indexOf("]]>", pos);
      const top = stack.at(-1);
      if (end === -1 || !top) fail("misplaced CDATA section");
      top!.text += source.slice(pos + 9, end);
      pos = end + 3;
    } else if (source.startsWith("<!", pos)) {
      fail("a DOCTYPE or declaration, which SOAP never sends,");
    } else if (source.startsWith("</", pos)) {
      NAME.lastIndex = pos + 2;
      const match = NAME.exec(source);
      if (!match) fail("a bad closing tag");
      const open = stack.pop();
      if (!open || open.name !== localName(match![0])) fail(`a mismatched </${match![0]}>`);
      pos = NAME.lastIndex;
      const close = source.indexOf(">", pos);
      if (close === -1 || source.slice(pos, close).trim() !== "") fail("a bad closing tag");
      pos = close + 1;
    } else {
      NAME.lastIndex = pos + 1;
      const match = NAME.exec(source);
      if (!match) fail("a bad tag");
      pos = NAME.lastIndex;
      const attrs: Record<string, string> = {};
      for (;;) {
        ATTR.lastIndex = pos;
        const attr = ATTR.exec(source);
        if (!attr) break;
        attrs[localName(attr[1]!)] = decodeEntities(attr[2] ?? attr[3] ?? "");
        pos = ATTR.lastIndex;
      }
      while (/\s/.test(source[pos] ?? "")) pos++;
      const selfClosing = source.startsWith("/>", pos);
      if (!selfClosing && source[pos] !== ">") fail("a bad tag");
      pos += selfClosing ? 2 : 1;
      const element: XmlElement = { name: localName(match![0]), attrs, children: [], text: "" };
      const parent = stack.at(-1);
      if (parent) parent.children.push(element);
      else if (root) fail("a second root element");
      else root = element;
      if (!selfClosing) stack.push(element);
    }
  }
  if (stack.length > 0) throw new XmlError(`the document ends inside <${stack.at(-1)!.name}>`);
  if (!root) throw new XmlError("the document has no element");
  return root;
}

/** The text of the element at a path of child names, or undefined. */
export function textAt(element: XmlElement | undefined, ...path: string[]): string | undefined {
  let at = element;
  for (const name of path) at = child(at, name);
  return at?.text;
}
