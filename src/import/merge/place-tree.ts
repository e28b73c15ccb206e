/** The draft as plain data while it is built. */

/** A section of the draft. */
export type Tree = Record<string, unknown>;

/** Whether a value is a plain object (a section or list entry, not a list or scalar). */
export function isTree(value: unknown): value is Tree {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
