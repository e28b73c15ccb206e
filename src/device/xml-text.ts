/**
 * What both of Carrel's small XML readers share (the Windows DHCP export reader and the
 * vCenter SOAP client): the five predefined entities and character references, and finding
 * child elements by name.
 */

/** Malformed or unexpected XML; `reference` is the entity or character reference at fault. */
export class XmlError extends Error {
  readonly reference: string | undefined;
  constructor(message: string, reference?: string) {
    super(message);
    this.reference = reference;
  }
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * Replaces entity and character references. Refuses a reference that names no character
 * and an entity other than the five predefined ones: without a DTD, which neither reader
 * accepts, such a file is not well-formed XML.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith("#")) {
      const code = ref.startsWith("#x")
        ? Number.parseInt(ref.slice(2), 16)
        : Number.parseInt(ref.slice(1), 10);
      // XML's characters: no surrogate halves, nothing past U+10FFFF.
      if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
        throw new XmlError(`&${ref}; is not a character`, whole);
      return String.fromCodePoint(code);
    }
    const known = ENTITIES[ref];
    if (known === undefined) throw new XmlError(`unknown entity &${ref};`, whole);
    return known;
  });
}

/** An element as both readers build it: a name and child elements. */
interface Named<T> {
  readonly name: string;
  readonly children: readonly T[];
}

/** The first child element with a name. */
export function child<T extends Named<T>>(element: T | undefined, name: string): T | undefined {
  return element?.children.find((c) => c.name === name);
}

/** Every child element with a name. */
export function children<T extends Named<T>>(element: T | undefined, name: string): T[] {
  return element ? element.children.filter((c) => c.name === name) : [];
}
