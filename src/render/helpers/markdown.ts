/** Helpers for the Markdown files Carrel writes (the switches' delivery runbooks). */
import type { HelperDelegate } from "handlebars";
import { mdCode, mdComment, mdText } from "../escape/markdown.ts";

/** The Markdown helpers, by name. */
export const MARKDOWN_HELPERS: Record<string, HelperDelegate> = {
  /** `{{mdText text}}`: site text in a line of Markdown prose, markup escaped. */
  mdText: (text: unknown) => mdText(text),
  /** `{{mdCode name}}`: a name, address or file name shown as code. */
  mdCode: (value: unknown) => mdCode(value),
  /** `{{mdComment text}}`: text inside an HTML comment. */
  mdComment: (value: unknown) => mdComment(value),
};
