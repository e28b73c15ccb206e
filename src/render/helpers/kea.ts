/** Helpers for Kea's JSON configuration. */
import type { HelperDelegate } from "handlebars";
import { keaComment, keaOptionData, keaPool, keaString } from "../escape/kea.ts";

/** The Kea helpers, by name. */
export const KEA_HELPERS: Record<string, HelperDelegate> = {
  /** `{{keaString name}}`: a JSON string Kea reads back exactly. */
  keaString: (value: unknown) => keaString(value),
  /** `{{keaOptionData values text}}`: an option's data; text escaped for Kea's option data. */
  keaOptionData: (values: unknown, text: unknown) => keaOptionData(values, text),
  /** `{{keaPool rangeStart rangeEnd}}`: `"first - last"`. */
  keaPool: (first: unknown, last: unknown) => keaPool(first, last),
  /** `{{keaComment lines}}`: `#` comment lines. */
  keaComment: (lines: unknown) => keaComment(lines),
};
