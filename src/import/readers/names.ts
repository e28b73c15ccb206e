/** Names for imported things: host names from free text, and a file's name without folders. */

/** A file's name without its folders and its last extension: `configs/core-sw1.cfg` → `core-sw1`. */
export function fileStem(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}

/**
 * A host name (letters, digits and hyphens, as rule R3 wants) made from free text:
 * `"Core Switch #1"` → `core-switch-1`. `changed` says whether the text had to change.
 */
export function hostnameFrom(text: string): { name: string; changed: boolean } {
  if (/^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(text))
    return { name: text, changed: false };
  const name =
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 63)
      .replace(/-+$/, "") || "unnamed";
  return { name, changed: true };
}
