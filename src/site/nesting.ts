/**
 * A guard against files nested thousands of levels deep (`[[[[...` or `- - - - ...`).
 * The YAML composer, the schema and the rules all walk the document recursively, and
 * such a file would end in "Maximum call stack size exceeded". This scan runs before
 * any of them, over the YAML lexer's tokens (which are produced without recursion), and
 * stops at the first place that is too deep, so a huge file costs no more than its start.
 */
import { CST, Lexer } from "yaml";

/** Deeper than this, a file is refused: a site file nests about ten levels. */
export const MAX_NESTING = 64;

/** Where a file first nests more than `limit` levels, as a character offset. */
export interface TooDeep {
  readonly offset: number;
  readonly limit: number;
}

// The lexer marks where a document, a flow collection's error end and a scalar begin
// with control characters that are not part of the source text.
const MARKERS = new Set(["\u0002", "\u0018", "\u001f"]);

/**
 * A quick bound that spares most files the scan. Block levels open at distinct columns,
 * each no further right than where a line's leading indentation, `- `, `? ` and
 * anchors or tags end; flow levels are at most the number of brackets in the file.
 */
function shallow(text: string, limit: number): boolean {
  let brackets = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) brackets++;
  }
  if (brackets > limit) return false;
  let widest = 0;
  for (const match of text.matchAll(/^[ \t]*(?:(?:[-?:]|[&!]\S*)(?:[ \t]+|$))*/gm)) {
    widest = Math.max(widest, match[0].length);
    if (widest + 1 + brackets > limit) return false;
  }
  return true;
}

/**
 * The offset where `text` first nests deeper than `limit`, or `undefined`.
 *
 * Block levels are counted by the columns of the lines (and of `- ` and `? ` items on
 * one line) that are open at a point; flow levels by open brackets. A block sequence
 * written at its parent key's column shares that column, so the real depth is at most
 * twice the count: still far below where recursion fails.
 */
export function tooDeep(text: string, limit = MAX_NESTING): TooDeep | undefined {
  if (shallow(text, limit)) return undefined;
  const columns: number[] = [];
  let flow = 0;
  let offset = 0;
  let col = 0;
  let lineStart = true;
  let afterItem = false;
  let scalarNext = false;
  let blockScalar = false;

  /** A node starts at the current column: returns true when that is too deep. */
  const start = (): boolean => {
    if (flow > 0) return false;
    if (lineStart) {
      while (columns.length > 0 && columns[columns.length - 1]! >= col) columns.pop();
      columns.push(col);
    } else if (afterItem && col > (columns[columns.length - 1] ?? -1)) {
      columns.push(col);
    }
    lineStart = false;
    return columns.length + flow > limit;
  };
  const advance = (source: string) => {
    offset += source.length;
    const newline = source.lastIndexOf("\n");
    if (newline < 0) col += source.length;
    else col = source.length - newline - 1;
  };

  for (const token of new Lexer().lex(text)) {
    if (MARKERS.has(token)) {
      if (token === "\u001f") scalarNext = true;
      if (token === "\u0018") flow = 0;
      continue;
    }
    if (scalarNext) {
      // The text of a scalar: a block scalar's content is not a node of its own.
      scalarNext = false;
      if (!blockScalar && start()) return { offset, limit };
      blockScalar = false;
      afterItem = false;
      advance(token);
      continue;
    }
    switch (CST.tokenType(token)) {
      case "newline":
        offset += token.length;
        col = 0;
        lineStart = true;
        afterItem = false;
        continue;
      case "space":
      case "comment":
      case "comma":
        advance(token);
        continue;
      case "doc-start":
      case "doc-end":
      case "directive-line":
        columns.length = 0;
        flow = 0;
        advance(token);
        continue;
      case "block-scalar-header":
        blockScalar = true;
        advance(token);
        continue;
      case "flow-map-start":
      case "flow-seq-start":
        if (start()) return { offset, limit };
        flow++;
        if (columns.length + flow > limit) return { offset, limit };
        advance(token);
        continue;
      case "flow-map-end":
      case "flow-seq-end":
        flow = Math.max(0, flow - 1);
        advance(token);
        continue;
      case "seq-item-ind":
      case "explicit-key-ind":
        if (start()) return { offset, limit };
        afterItem = true;
        advance(token);
        continue;
      case "map-value-ind":
        // `: value` at the start of a line (after `? key`) opens a level like `- `.
        if (lineStart) {
          if (start()) return { offset, limit };
          afterItem = true;
        }
        advance(token);
        continue;
      default: {
        // Anchors, tags, aliases and quoted scalars start a node here; after anything
        // but an anchor or a tag, the rest of the line starts no deeper node.
        if (start()) return { offset, limit };
        const type = CST.tokenType(token);
        if (type !== "anchor" && type !== "tag") afterItem = false;
        advance(token);
        continue;
      }
    }
  }
  return undefined;
}
