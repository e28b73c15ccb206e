/**
 * What the grid writes into each field in turn: the payloads (line breaks of every
 * kind, quotes, comment and block markers, braces, a subexpression, a backtick, 300
 * characters) and a few more that formats treat specially.
 */
export const PAYLOADS: readonly { readonly name: string; readonly text: string }[] = [
  { name: "LF", text: "a\nb" },
  { name: "CR", text: "a\rb" },
  { name: "CRLF", text: "a\r\nb" },
  { name: "U+2028", text: "a\u2028b" },
  { name: "double quote", text: '"' },
  { name: "single quote", text: "'" },
  { name: "semicolon", text: ";" },
  { name: "hash", text: "#" },
  { name: "#>", text: "#>" },
  { name: "{", text: "{" },
  { name: "}", text: "}" },
  { name: "$(...)", text: "$(whoami)" },
  { name: "backtick", text: "`" },
  { name: "300 characters", text: "x".repeat(300) },
  { name: "backslash", text: "\\" },
  { name: "comma", text: "," },
  { name: "typographic quote", text: "\u2019" },
];

/**
 * The payloads validation alone must judge, whatever the field feeds: line breaks (refused
 * in one-line text) and length. A field that reaches no rendered file gets only these; the
 * others are plain printable text, which only an output format can mishandle.
 */
export const VALIDATION_PAYLOADS: ReadonlySet<string> = new Set([
  "LF",
  "CR",
  "CRLF",
  "U+2028",
  "300 characters",
]);

/**
 * The value every field gets for the render the payload's render is compared with: plain
 * lower-case letters, which every free-text and name field accepts and no output escapes.
 */
export const MARKER = "zqxmarker";
