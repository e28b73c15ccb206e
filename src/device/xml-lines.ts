/**
 * Just enough XML for exported configuration files (the Windows DHCP server's
 * `Export-DhcpServer`): elements, attributes, text, comments, CDATA and the five
 * predefined entities, each element with the line it starts on. Not a general XML parser:
 * no DTDs, no namespaces beyond keeping prefixed names as written.
 */
import { decodeEntities, XmlError } from "./xml-text.ts";

export { child, children } from "./xml-text.ts";

/** An element: its name, attributes, text content (trimmed), children and line. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
  readonly line: number;
}

/** The root element, or the line where the syntax breaks. */
export type XmlResult =
  { ok: true; root: XmlElement } | { ok: false; line: number; message: string };

/** Parses XML text. */
export function parseXml(source: string): XmlResult {
  try {
    return parseXmlText(source);
  } catch (err) {
    if (!(err instanceof XmlError) || err.reference === undefined) throw err;
    const at = source.indexOf(err.reference);
    const line = at < 0 ? 1 : source.slice(0, at).split("\n").length;
    const message = err.reference.startsWith("&#")
      ? `${err.reference} names no character`
      : `${err.reference} is not one of XML's entities (&amp; &lt; &gt; &quot; &apos;)`;
    return { ok: false, line, message };
  }
}

function parseXmlText(source: string): XmlResult {
  let i = 0;
  let line = 1;
  const advance = (to: number) => {
    for (; i < to; i++) if (source[i] === "\n") line++;
  };
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const fail = (message: string): XmlResult => ({ ok: false, line, message });
  while (i < source.length) {
    const lt = source.indexOf("<", i);
    const textEnd = lt < 0 ? source.length : lt;
    const chunk = source.slice(i, textEnd);
    if (stack.length > 0) stack[stack.length - 1]!.text += decodeEntities(chunk);
    else if (chunk.trim() !== "" && chunk.trim() !== "\uFEFF")
      return fail("text outside the document's root element");
    advance(textEnd);
    if (lt < 0) break;
    if (source.startsWith("<!--", i)) {
      const end = source.indexOf("-->", i);
      if (end < 0) return fail("a comment is never closed: the file looks cut off");
      advance(end + 3);
    } else if (source.startsWith("<![CDATA[", i)) {
      const end = source.indexOf("]]>", i);
      if (end < 0) return fail("a CDATA section is never closed: the file looks cut off");
      if (stack.length > 0) stack[stack.length - 1]!.text += source.slice(i + 9, end);
      advance(end + 3);
    } else if (source.startsWith("<?", i) || source.startsWith("<!", i)) {
      const end = source.indexOf(">", i);
      if (end < 0) return fail("a declaration is never closed: the file looks cut off");
      advance(end + 1);
    } else if (source.startsWith("</", i)) {
      const end = source.indexOf(">", i);
      if (end < 0) return fail("a closing tag is never finished: the file looks cut off");
      const name = source.slice(i + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== name)
        return fail(
          open
            ? `</${name}> closes <${open.name}>, which started on line ${open.line}`
            : `</${name}> closes nothing`,
        );
      open.text = open.text.trim();
      advance(end + 1);
    } else {
      const m = /^<([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(
        source.slice(i, i + 4096),
      );
      if (!m)
        return fail(
          source.indexOf(">", i) < 0
            ? "a tag is never finished: the file looks cut off"
            : "a tag that cannot be read",
        );
      const attributes: Record<string, string> = {};
      for (const a of m[2]!.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
        attributes[a[1]!] = decodeEntities(a[2] ?? a[3] ?? "");
      const element: XmlElement = { name: m[1]!, attributes, children: [], text: "", line };
      if (stack.length > 0) stack[stack.length - 1]!.children.push(element);
      else if (root) return fail("a second root element");
      else root = element;
      if (m[3] !== "/") stack.push(element);
      advance(i + m[0].length);
    }
  }
  if (stack.length > 0) {
    const open = stack[stack.length - 1]!;
    return fail(`<${open.name}> (line ${open.line}) is never closed: the file looks cut off`);
  }
  return root ? { ok: true, root } : fail("there is no XML element in the file");
}
