/**
 * Puts a payload at one path of the grid's site and says on which lines validation may
 * rightly refuse it: the value's own line, or the lines of entries that name the same
 * value (a renamed VLAN leaves its ports pointing at nothing).
 */
import { isScalar, LineCounter, parseDocument, visit, type Document, type Node } from "yaml";
import type { GridPath } from "./paths.ts";

/** The site with the payload in place, and the lines a refusal may point at. */
export interface Mutated {
  readonly text: string;
  readonly lines: ReadonlySet<number>;
}

/** A YAML double-quoted scalar holding exactly `value`. */
function yamlString(value: string): string {
  return JSON.stringify(value).replace(
    /[\u2028\u2029\u0085]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** A text and where in it one scalar lies, to splice values into. */
interface Slot {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly lines: ReadonlySet<number>;
}

/** Stands in for the value while an absent key is added, then is spliced over. */
const PLACEHOLDER = "zqxplaceholder";

/** The grid's site, parsed once, with every string scalar's position. */
export class GridSite {
  readonly text: string;
  private readonly doc: Document.Parsed;
  private readonly lines = new LineCounter();
  /** String value → lines where it is written. */
  private readonly linesOf = new Map<string, number[]>();
  /** Where each path's value goes, found once per path. */
  private readonly slots = new Map<string, Slot>();

  constructor(text: string) {
    this.text = text;
    this.doc = parseDocument(text, { lineCounter: this.lines });
    visit(this.doc, {
      Scalar: (_key, node) => {
        if (typeof node.value !== "string" || !node.range) return;
        const line = this.lines.linePos(node.range[0]).line;
        this.linesOf.set(node.value, [...(this.linesOf.get(node.value) ?? []), line]);
      },
    });
  }

  /** The site with `value` at `at`. */
  mutate(at: GridPath, value: string): Mutated {
    const slot = this.slot(at);
    return {
      text: slot.text.slice(0, slot.start) + yamlString(value) + slot.text.slice(slot.end),
      lines: slot.lines,
    };
  }

  private slot(at: GridPath): Slot {
    const key = JSON.stringify(at);
    const known = this.slots.get(key);
    if (known) return known;
    let slot: Slot;
    if (at.present) {
      const node = this.doc.getIn(at.path, true) as Node | undefined;
      if (!isScalar(node) || typeof node.value !== "string" || !node.range)
        throw new Error(`no string at ${at.path.join(".")}`);
      slot = {
        text: this.text,
        start: node.range[0],
        end: node.range[1],
        lines: new Set(this.linesOf.get(node.value) ?? []),
      };
    } else {
      // Add the key with a placeholder, once; each payload is then spliced over it.
      const doc = this.doc.clone();
      doc.setIn(at.path, PLACEHOLDER);
      const text = doc.toString();
      const lines = new LineCounter();
      const node = parseDocument(text, { lineCounter: lines }).getIn(at.path, true) as
        Node | undefined;
      if (!isScalar(node) || node.value !== PLACEHOLDER || !node.range)
        throw new Error(`cannot add a value at ${at.path.join(".")}`);
      slot = {
        text,
        start: node.range[0],
        end: node.range[1],
        lines: new Set([lines.linePos(node.range[0]).line]),
      };
    }
    this.slots.set(key, slot);
    return slot;
  }

  /** The value as the site writes it (for messages). */
  valueAt(at: GridPath): unknown {
    return at.present ? this.doc.getIn(at.path) : undefined;
  }
}
