/**
 * The characters and lengths site.yaml text may hold: one text type for every free-text
 * field of the schema.
 *
 * No field holds control characters (C0, DEL, C1), NUL, unusual line breaks (CR, U+2028,
 * U+2029, U+0085), invisible text-direction controls or other invisible formatting
 * characters that can make text read differently from what it holds. One-line fields also
 * refuse line breaks and tabs; only fields documented as multi-line (notes and descriptions
 * that reach nothing but the docs) hold them. Every field has a length limit that fits where
 * its text goes. Text that goes to a switch is plain ASCII without the characters its quoting
 * cannot carry. Each finding is a plain sentence at the value's line and column.
 */
import { z } from "zod";

/** A character some text may not hold, and where. */
export interface CharacterFinding {
  /** Index in UTF-16 code units. */
  readonly index: number;
  readonly codePoint: number;
  /** The character in words: "a line break", "a control character U+0007". */
  readonly words: string;
  /** True for line breaks and tabs, which multi-line fields accept. */
  readonly lineBreakOrTab: boolean;
}

/** `U+0007`. */
export function codePointName(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
}

const LINE_BREAKS: Record<number, string> = {
  0x0a: "a line break",
  0x0d: "a carriage return (a line break, U+000D)",
  0x85: "a next-line character (a line break, U+0085)",
  0x2028: "a line separator (a line break, U+2028)",
  0x2029: "a paragraph separator (a line break, U+2029)",
};

/** Invisible characters that can hide or reorder what text shows (names for messages). */
function invisibleWords(cp: number): string | undefined {
  const at = () => codePointName(cp);
  if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069))
    return `an invisible text-direction control (${at()})`;
  if (cp === 0x200b || (cp >= 0x2060 && cp <= 0x2064) || cp === 0xfeff)
    return `an invisible zero-width character (${at()})`;
  if (cp >= 0xfff9 && cp <= 0xfffb) return `an invisible annotation character (${at()})`;
  if (cp >= 0xe0000 && cp <= 0xe007f) return `an invisible tag character (${at()})`;
  return undefined;
}

/**
 * Describes a character no text field may hold (multi-line ones excepted for line feeds
 * and tabs), or returns undefined for an ordinary character.
 */
export function describeForbidden(cp: number): string | undefined {
  // Nearly every character of a site is printable ASCII: answer it before any lookup.
  if (cp >= 0x20 && cp < 0x7f) return undefined;
  if (LINE_BREAKS[cp]) return LINE_BREAKS[cp];
  if (cp === 0x09) return "a tab";
  if (cp === 0x00) return "a NUL character (U+0000)";
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return `a control character ${codePointName(cp)}`;
  if (cp >= 0xd800 && cp <= 0xdfff)
    return `a broken character (an unpaired surrogate ${codePointName(cp)})`;
  if ((cp & 0xfffe) === 0xfffe || (cp >= 0xfdd0 && cp <= 0xfdef))
    return `a noncharacter ${codePointName(cp)}`;
  return invisibleWords(cp);
}

/** The first forbidden character of `text`; line feeds and tabs pass when `multiline`. */
export function findForbidden(text: string, multiline = false): CharacterFinding | undefined {
  // Printable ASCII, most of a site, holds nothing forbidden.
  if (PRINTABLE_ASCII.test(text)) return undefined;
  let index = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const words = describeForbidden(cp);
    const lineBreakOrTab = cp === 0x0a || cp === 0x09;
    if (words !== undefined && !(multiline && lineBreakOrTab))
      return { index, codePoint: cp, words, lineBreakOrTab };
    index += ch.length;
  }
  return undefined;
}

/** Length in characters (code points), as a person counts them. */
export function characterCount(text: string): number {
  return Array.from(text).length;
}

/** Length in bytes once written as UTF-8. */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** Printable ASCII: space to tilde. */
export const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** How a text field is limited. */
export interface TextLimits {
  /** Most characters (or bytes, with `unit: "bytes"`). */
  readonly max: number;
  /** Fewest characters; 1 refuses an empty value ("must not be empty"). @default 0 */
  readonly min?: number;
  /** @default "characters" */
  readonly unit?: "characters" | "bytes";
  /** Accepts line breaks and tabs: only for text that reaches nothing but the docs. */
  readonly multiline?: boolean;
  /** What the value is, for messages: "a VLAN name". @default "this field" */
  readonly what?: string;
  /** Why the limit, for messages: "the switch's limit". */
  readonly why?: string;
  /** Plain ASCII only, with the reason: for text a device stores as ASCII. */
  readonly ascii?: string;
  /** Characters refused beyond the controls, with the reason. */
  readonly refuse?: { readonly chars: string; readonly why: string };
  /**
   * The field's own form (a DNS name, a file name), checked once the characters and length
   * pass: a sentence saying what is wrong, or undefined.
   */
  readonly form?: (value: string) => string | undefined;
}

/** Shows one printable character in a message: "a space", "'_'". */
export function shown(ch: string): string {
  if (ch === " ") return "a space";
  if (ch === '"') return 'a double quote (")';
  if (ch === "'") return "an apostrophe (')";
  if (ch === "\\") return "a backslash (\\)";
  return `'${ch}'`;
}

/** Everything wrong with `value` for a field with these limits, as plain sentences. */
export function textProblems(value: string, limits: TextLimits): string[] {
  const what = limits.what ?? "this field";
  const found = findForbidden(value, limits.multiline ?? false);
  if (found) {
    if (found.codePoint === 0x09)
      return [`holds a tab, but ${what} is one line of text; use spaces`];
    if (found.codePoint in LINE_BREAKS)
      return [
        limits.multiline
          ? `holds ${found.words}; write line breaks as plain new lines`
          : `holds ${found.words}, but ${what} is one line of text`,
      ];
    return [
      invisibleWords(found.codePoint) === undefined
        ? `holds ${found.words}, which no configuration or document can carry; remove it`
        : `holds ${found.words}, which can hide what the text really says; remove it`,
    ];
  }
  const problems: string[] = [];
  if (limits.ascii !== undefined) {
    const other = [...value].find((ch) => !PRINTABLE_ASCII.test(ch));
    if (other !== undefined)
      problems.push(
        `holds ${shown(other)}, but ${what} takes only plain ASCII letters, digits, spaces and punctuation (${limits.ascii})`,
      );
  }
  if (limits.refuse) {
    const bad = [...value].find((ch) => limits.refuse!.chars.includes(ch));
    if (bad !== undefined) problems.push(`holds ${shown(bad)}, which ${limits.refuse.why}`);
  }
  const bytes = limits.unit === "bytes";
  const length = bytes ? utf8Length(value) : characterCount(value);
  if (length > limits.max) {
    const unit = bytes ? "bytes" : "characters";
    const measured = bytes && length !== characterCount(value) ? `${unit} in UTF-8` : unit;
    problems.push(
      `is ${length} ${measured} long, but ${what} takes at most ${limits.max}${bytes ? " bytes" : ""}${limits.why ? ` (${limits.why})` : ""}`,
    );
  }
  const form = problems.length === 0 ? limits.form?.(value) : undefined;
  return form === undefined ? problems : [form];
}

/** A value as a message quotes it: in quotes, long ones cut with an ellipsis. */
export function quoteValue(value: string): string {
  const chars = [...value];
  return `'${chars.length > 40 ? `${chars.slice(0, 40).join("")}…` : value}'`;
}

/**
 * The schema type of a free-text field. The JSON Schema gets the length limit, so editors
 * warn as the user types; the rest is checked here with plain-words messages.
 */
export function text(limits: TextLimits) {
  const base = limits.min ? z.string().min(limits.min) : z.string();
  return base
    .superRefine((value, ctx) => {
      for (const message of textProblems(value, limits))
        ctx.addIssue({ code: "custom", message, input: value });
    })
    .meta({ maxLength: limits.max });
}

/** One line of free text: names, roles, addresses, labels. */
export function line(max: number, limits: Omit<TextLimits, "max"> = {}) {
  return text({ ...limits, max });
}

/** Multi-line free text, for notes and descriptions that reach only the docs. */
export function multiline(max: number, limits: Omit<TextLimits, "max" | "multiline"> = {}) {
  return text({ ...limits, max, multiline: true });
}
