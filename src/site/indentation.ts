/**
 * Finding the line whose indentation is wrong. When one line of a YAML file is indented
 * a space too far or too little, the parser reports several errors around it, often on
 * the lines after it and in words about keys and quotes. This looks at the file the way
 * a person does: lines of one section line up, lines of one list line up, and only a
 * line ending in `key:` or `-` may be followed by deeper lines. The first line that fits
 * nowhere is the one to fix; the repaired text (that line and the lines under it moved
 * to where they fit) lets the caller check the diagnosis and find any other mistakes.
 */

/** One line indented where nothing lines up with it. */
export interface IndentMistake {
  /** 0-based line index and the character offset of its first non-space character. */
  readonly line: number;
  readonly offset: number;
  /** Spaces before the line's content, as written and where it fits. */
  readonly found: number;
  readonly expected: number;
  /** A list item (`- `) rather than a key. */
  readonly item: boolean;
  /** The 0-based line of a neighbour it should line up with, and that line's key. */
  readonly refLine: number;
  readonly refKey: string | undefined;
}

/** The mistakes, the text with each one's block moved to where it fits, and the shifts. */
export interface IndentAnalysis {
  readonly mistakes: readonly IndentMistake[];
  readonly repaired: string;
  /** Spaces added (or, when negative, removed) at the start of each line in `repaired`. */
  readonly shifts: readonly number[];
}

type Kind = "key" | "item";

interface Frame {
  readonly col: number;
  readonly kind: Kind;
  readonly line: number;
  readonly key: string | undefined;
}

/** A key at the start of `text`: quoted or plain, followed by `:` and a space or the end. */
const KEY =
  /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s"'#[\]{},&*!|>%@`-][^#]*?|-[^\s#][^#]*?)\s*:(?:\s|$)/;

/** The part of a line before a comment (` #`), outside quotes; and whether a quote stays open. */
function code(text: string): { body: string; openQuote: string | undefined; depth: number } {
  let quote: string | undefined;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (quote === '"' && ch === "\\") i++;
      else if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") {
      // A quote opens a scalar only at its start, not inside a plain word (O'Brien).
      if (i === 0 || /[\s:,[{-]/.test(text[i - 1]!)) quote = ch;
    } else if (ch === "#" && (i === 0 || /\s/.test(text[i - 1]!))) {
      return { body: text.slice(0, i).trimEnd(), openQuote: undefined, depth };
    } else if (ch === "[" || ch === "{") depth++;
    else if (ch === "]" || ch === "}") depth = Math.max(0, depth - 1);
  }
  return { body: text.trimEnd(), openQuote: quote, depth };
}

/** What a line holds after its indentation, as a person reads it. */
interface LineShape {
  /** Columns (relative to the line's content) where a node starts: `- - key:` has three. */
  readonly starts: readonly { offset: number; kind: Kind; key: string | undefined }[];
  /** Ends in `key:` or `-` with nothing after it (an anchor or tag aside): deeper lines follow. */
  readonly opens: boolean;
  /** Ends in `|` or `>`: the deeper lines after it are text. */
  readonly blockScalar: boolean;
}

function shapeOf(line: ReturnType<typeof code>): LineShape | undefined {
  const starts: { offset: number; kind: Kind; key: string | undefined }[] = [];
  let at = 0;
  let rest = line.body;
  for (;;) {
    const item = /^-(\s+|$)/.exec(rest);
    if (item) {
      starts.push({ offset: at, kind: "item", key: undefined });
      at += item[0].length;
      rest = rest.slice(item[0].length);
      continue;
    }
    const key = KEY.exec(rest);
    if (key) {
      starts.push({ offset: at, kind: "key", key: key[1]!.replace(/^["']|["']$/g, "") });
      rest = rest.slice(key[0].length).trim();
    }
    break;
  }
  if (starts.length === 0) return undefined;
  const value = rest.replace(/^(?:[&!]\S*\s*)+/, "");
  return {
    starts,
    opens: value === "",
    blockScalar: /^[|>][-+0-9]*$/.test(value),
  };
}

/**
 * The open level of `kind` nearest to column `col`; between two as near, the one `agrees`
 * prefers (the next line lines up with it), else the deeper one.
 */
function nearest(
  frames: readonly Frame[],
  kind: Kind,
  col: number,
  agrees: (f: Frame) => boolean,
): Frame | undefined {
  return frames
    .filter((f) => f.kind === kind)
    .reduce<Frame | undefined>((best, f) => {
      if (!best) return f;
      const d = Math.abs(f.col - col) - Math.abs(best.col - col);
      if (d !== 0) return d < 0 ? f : best;
      if (agrees(f) !== agrees(best)) return agrees(f) ? f : best;
      return f.col > best.col ? f : best;
    }, undefined);
}

/**
 * Finds the lines whose indentation fits nowhere. Returns no mistakes for a file that
 * indents with tabs (the parser says so itself) or whose lines all fit.
 */
export function indentMistakes(text: string): IndentAnalysis {
  const lines = text.split("\n");
  const shifts = lines.map(() => 0);
  const mistakes: IndentMistake[] = [];
  const frames: Frame[] = [];
  // Blocks of lines moved with a mistaken line above them: lines deeper than `below`.
  const blocks: { below: number; shift: number }[] = [];
  let offset = 0;
  let opener: { col: number; kind: Kind } | undefined;
  let skipDeeperThan: number | undefined;
  let flowDepth = 0;
  let openQuote: string | undefined;
  // After a mistake, the lines under it may have been written to match it (they move with
  // it) or to match where it belongs (they stay): the first of them tells which.
  let pending: { raw: number; col: number; fits: number; last: number; opens: boolean } | undefined;

  for (let n = 0; n < lines.length; offset += lines[n]!.length + 1, n++) {
    const raw = lines[n]!;
    if (/^ *\t/.test(raw)) return { mistakes: [], repaired: text, shifts: lines.map(() => 0) };
    const written = /^ */.exec(raw)![0].length;
    const content = raw.slice(written);
    const meaningful = content !== "" && !content.startsWith("#") && !openQuote && flowDepth === 0;
    while (blocks.length > 0 && meaningful && written <= blocks[blocks.length - 1]!.below)
      blocks.pop();
    if (pending && meaningful) {
      const p = pending;
      pending = undefined;
      const base = blocks[blocks.length - 1]?.shift ?? 0;
      const here = written + base;
      const fitsAsWritten = p.opens ? here > p.fits + p.last : here === p.fits + p.last;
      const matchesMistake = p.opens || here === p.col + p.last;
      if (here > p.col && !fitsAsWritten && matchesMistake)
        blocks.push({ below: p.raw, shift: base + p.fits - p.col });
    }
    const shift = blocks[blocks.length - 1]?.shift ?? 0;
    shifts[n] = shift;
    // Inside a quoted text or a bracketed list that spans lines, indentation means nothing.
    if (openQuote) {
      if (code(`${openQuote}${content}`).openQuote === undefined) openQuote = undefined;
      continue;
    }
    if (flowDepth > 0) {
      flowDepth += code(`[${content}`).depth - 1;
      continue;
    }
    if (content === "" || content.startsWith("#")) continue;
    if (/^(---|\.\.\.)(\s|$)|^%/.test(raw)) {
      frames.length = 0;
      opener = undefined;
      continue;
    }
    const col = written + shift;
    if (skipDeeperThan !== undefined) {
      if (col > skipDeeperThan) continue;
      skipDeeperThan = undefined;
    }
    const parsed = code(content);
    flowDepth = parsed.depth;
    openQuote = parsed.openQuote;
    const shape = shapeOf(parsed);
    // A line that is neither a key nor a list item continues a text above it.
    if (!shape) continue;
    const first = shape.starts[0]!;
    let fits = col;
    let ref: Frame | undefined;

    const childOfOpener =
      opener !== undefined &&
      (col > opener.col || (col === opener.col && first.kind === "item" && opener.kind === "key"));
    if (!childOfOpener) {
      const popped: Frame[] = [];
      while (frames.length > 0 && frames[frames.length - 1]!.col > col) popped.push(frames.pop()!);
      let top = frames[frames.length - 1];
      // A list written at its key's column ends where the next key of that section starts.
      if (top && top.col === col && top.kind === "item" && first.kind === "key") {
        popped.push(frames.pop()!);
        top = frames[frames.length - 1];
      }
      if (top && (top.col !== col || top.kind !== first.kind)) {
        // Nothing here lines up with this line: take the nearest column of its own kind;
        // between two as near, the one the next line lines up with, else the deeper one.
        const next = nextColumn(lines, n);
        const last = shape.starts[shape.starts.length - 1]!.offset;
        const agrees = (f: Frame) =>
          next !== undefined &&
          ((next.item === (first.kind === "item") && next.col === f.col) ||
            (last > 0 && !next.item && next.col === f.col + last));
        ref = nearest([...frames, ...popped], first.kind, col, agrees);
        // Put the popped frames back as they were: the fitting column decides what stays open.
        for (const f of popped.reverse()) frames.push(f);
      }
    }
    if (ref) {
      fits = ref.col;
      mistakes.push({
        line: n,
        offset: offset + written,
        found: written,
        expected: fits - shift,
        item: first.kind === "item",
        refLine: ref.line,
        refKey: ref.key,
      });
      shifts[n] = fits - written;
      const last = shape.starts[shape.starts.length - 1]!;
      pending = { raw: written, col, fits, last: last.offset, opens: shape.opens };
    }
    // Record where this line's nodes start, so later lines can line up with them.
    for (const [i, s] of shape.starts.entries()) {
      const at = fits + s.offset;
      while (frames.length > 0 && frames[frames.length - 1]!.col > at) frames.pop();
      let top = frames[frames.length - 1];
      if (i === 0 && top && top.col === at && top.kind !== s.kind && s.kind === "key") {
        frames.pop();
        top = frames[frames.length - 1];
      }
      if (top && top.col === at && top.kind === s.kind) frames.pop();
      frames.push({ col: at, kind: s.kind, line: n, key: s.key });
    }
    const last = shape.starts[shape.starts.length - 1]!;
    opener = shape.opens ? { col: fits + last.offset, kind: last.kind } : undefined;
    skipDeeperThan = shape.blockScalar ? fits + last.offset : undefined;
  }
  const repaired = lines
    .map((line, i) => {
      const s = shifts[i]!;
      return s > 0 ? " ".repeat(s) + line : s < 0 ? line.slice(-s) : line;
    })
    .join("\n");
  return { mistakes, repaired, shifts };
}

/** The indentation of the next line after `n` that holds something, as written, and its kind. */
function nextColumn(
  lines: readonly string[],
  n: number,
): { col: number; item: boolean } | undefined {
  for (let i = n + 1; i < lines.length; i++) {
    const content = lines[i]!.trimStart();
    if (content !== "" && !content.startsWith("#"))
      return { col: lines[i]!.length - content.length, item: /^-(\s|$)/.test(content) };
  }
  return undefined;
}

/** The message for a mistake: what is wrong, by how much, and what to line it up with. */
export function indentMessage(m: IndentMistake): string {
  const spaces = (n: number) => `${n} ${n === 1 ? "space" : "spaces"}`;
  const what = m.item ? "this list item" : "this line";
  const others = m.item
    ? `the other items of this list (line ${m.refLine + 1})`
    : `the other keys of this section (${m.refKey ? `'${m.refKey}' on line ${m.refLine + 1}` : `line ${m.refLine + 1}`})`;
  return `${what} is indented ${spaces(m.found)}, but ${others} are indented ${spaces(m.expected)}; YAML needs them to line up exactly`;
}
