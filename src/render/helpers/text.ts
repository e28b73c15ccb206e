/**
 * Helpers that print nothing of their own (`eq`), or that belong to no config format
 * (`json`, used by the templates of `carrel init`). Config templates print values through
 * the helpers of their own format instead.
 */
import type { HelperDelegate } from "handlebars";

/** The format-free helpers, by name. */
export const TEXT_HELPERS: Record<string, HelperDelegate> = {
  /** `{{eq a b}}` for `{{#if (eq a b)}}` */
  eq: (a: unknown, b: unknown) => a === b,
  /** `{{json value}}`: a JSON literal (strings quoted and escaped). */
  json: (value: unknown) => JSON.stringify(value),
};
