/** Helpers for DNS zone file templates. */
import type { HelperDelegate } from "handlebars";

export const DNS_HELPERS: Record<string, HelperDelegate> = {
  /** `{{pad name 12}}`: the text followed by spaces up to the width, to line up columns. */
  pad: (value: unknown, width: unknown) =>
    String(value).padEnd(typeof width === "number" ? width : 0),
};
