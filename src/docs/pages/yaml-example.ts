/**
 * Examples of site.yaml text on the pages, written with the yaml library from values the
 * site itself holds (its names, subnets, templates), shown in a monospace box.
 */
import { Document, isScalar, Scalar, visit } from "yaml";
import type { Block } from "../doc.ts";
import { Html, escapeHtml } from "../html.ts";

/** A block of literal text (commands, YAML) in a box that scrolls sideways when too wide. */
export function preformatted(text: string, label: string): Block {
  return {
    kind: "html",
    html: new Html(
      `<pre role="region" aria-label="${escapeHtml(label)}" tabindex="0"><code>${escapeHtml(text)}</code></pre>`,
    ),
  };
}

/**
 * `value` as site.yaml text at `path`: `yamlText(["network", "vlans"], [vlan])` gives the
 * `network:` and `vlans:` lines with the entry below them, indented as in the file. Short
 * lists of plain values are written on one line (`disks: [80]`), as site.yaml writes them.
 */
export function yamlText(path: readonly string[], value: unknown): string {
  const nested = [...path].reverse().reduce<unknown>((inner, key) => ({ [key]: inner }), value);
  const doc = new Document(nested);
  visit(doc, {
    Seq(_, seq) {
      if (seq.items.length > 0 && seq.items.every((item) => isScalar(item))) seq.flow = true;
    },
    // MAC addresses quoted, as the example site writes them (older YAML reads 02:00 as a number).
    Scalar(_, scalar) {
      if (
        typeof scalar.value === "string" &&
        /^[0-9a-f]{2}([:-][0-9a-f]{2}){5}$/i.test(scalar.value)
      )
        scalar.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
}

/** An example entry for site.yaml, shown as a block. */
export function yamlExample(path: readonly string[], value: unknown, label: string): Block {
  return preformatted(yamlText(path, value), label);
}
