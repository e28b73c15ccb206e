/** Names made from free text: lower case, letters and digits, runs of anything else as one hyphen. */

/** `Staff PCs (2F)` → `staff-pcs-2f`; empty when the text has no letter or digit. */
export function slugOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
