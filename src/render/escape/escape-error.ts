/**
 * A value that no escaping can write in an output format. The validator refuses such
 * values first, so meeting one while rendering means a template was handed something the
 * schema never checked (a template of the site's own, or a new field); the render stops
 * instead of writing a file that would say something else.
 */
import { commentText } from "./comment.ts";

/** A value no escaping can write in the format at hand; the message names it. */
export class EscapeError extends Error {
  override readonly name = "EscapeError";
}

/** A value as an escape error shows it: quoted, cut short, control characters named. */
export function shownValue(value: string): string {
  const chars = [...value];
  return `'${commentText(chars.length > 40 ? `${chars.slice(0, 40).join("")}…` : value)}'`;
}
