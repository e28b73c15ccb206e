/** General text helpers for templates. */
import type { HelperDelegate } from "handlebars";

export const TEXT_HELPERS: Record<string, HelperDelegate> = {
  /** `{{join list ", "}}` */
  join: (list: unknown[], sep: unknown) =>
    Array.isArray(list) ? list.join(typeof sep === "string" ? sep : ",") : "",
  /** `{{eq a b}}` for `{{#if (eq a b)}}` */
  eq: (a: unknown, b: unknown) => a === b,
  /** `{{json value}}`: a JSON literal (strings quoted and escaped). */
  json: (value: unknown) => JSON.stringify(value),
};
