import { findForbidden } from "../../../src/site/text.ts";

/** Text that tries to break out of its place in a config file: the escaping tests' inputs. */
export const HOSTILE = [
  "line\nbreak",
  "carriage\rreturn",
  "crlf\r\nhere",
  "line\u2028separator",
  'double "quote"',
  "single 'quote'",
  "semi;colon",
  "hash # mark",
  "block #> end",
  "{ brace }",
  "$(whoami)",
  "back`tick",
  "back\\slash",
  "com,ma",
  "Children\u2019s \u2018Room\u2019",
  "caf\u00e9 \u0451 \u{1F600}",
  "x".repeat(300),
];

/** The same, without control characters and line breaks (what validation lets through). */
export const PRINTABLE = HOSTILE.filter((t) => findForbidden(t) === undefined);
