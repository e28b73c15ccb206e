/**
 * The helper for text inside a line comment (`# VLAN 20 {{commentText name}}`), for the
 * formats whose comments run to the end of the line: it cannot end the comment early.
 * PowerShell templates use `psBlockText`, which also keeps `#>` out of `<# ... #>` blocks.
 */
import type { HelperDelegate } from "handlebars";
import { commentText } from "../escape/comment.ts";

/** The line-comment helper, by name. */
export const COMMENT_HELPERS: Record<string, HelperDelegate> = {
  /** `{{commentText name}}`: one line of comment text. */
  commentText: (value: unknown) => commentText(value),
};
