/**
 * The adoption file `carrel import` writes for a stack, `stacks/Pulumi.<stack>.imports.yaml`:
 * every existing resource Pulumi should adopt rather than create, as its type, the
 * program's logical name for it and the provider's ID, with where each was found. The
 * program reads it (`src/pulumi/adoption.ts`) and gives those resources Pulumi's `import`
 * option, so the first `pulumi preview` shows imports, not creates.
 */
import { Document, isMap, isSeq } from "yaml";
import type { GeneratedFile } from "../../output/files.ts";
import { importsFileOf } from "../../pulumi/names.ts";
import type { AdoptionId } from "../fragment.ts";

const HEADER = (stack: string) =>
  [
    ` Resources that already exist, for Pulumi to adopt instead of create (stack ${stack}).`,
    ' Written by `carrel import`; see "Adopting an existing library" in the README.',
    " Each entry is a resource's type, its name in Carrel's program and the ID the provider",
    " finds it by. Remove an entry and Pulumi creates that resource instead; keep the file",
    " after the first `pulumi up` (Pulumi then treats the resources like any other).",
  ].join("\n");

const byTypeThenName = (a: AdoptionId, b: AdoptionId) =>
  a.type < b.type ? -1 : a.type > b.type ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/**
 * The stack's imports file. Entries are sorted (type, then name) and one per resource:
 * when two sources name the same resource, the first one given wins and the others are
 * returned as conflicts for the import report.
 */
export function importsFile(
  stack: string,
  adopt: readonly AdoptionId[],
): { file: GeneratedFile; conflicts: AdoptionId[] } {
  const chosen = new Map<string, AdoptionId>();
  const conflicts: AdoptionId[] = [];
  for (const entry of adopt) {
    const key = `${entry.type}::${entry.name}`;
    const before = chosen.get(key);
    if (!before) chosen.set(key, entry);
    else if (before.id !== entry.id) conflicts.push(entry);
  }
  const entries = [...chosen.values()].sort(byTypeThenName);
  const doc = new Document({
    resources: entries.map((e) => ({ type: e.type, name: e.name, id: e.id })),
  });
  doc.commentBefore = HEADER(stack);
  const list = doc.get("resources", true);
  if (isSeq(list))
    list.items.forEach((node, i) => {
      const origin = entries[i]!.origin;
      if (isMap(node))
        node.commentBefore = ` from ${origin.source}${origin.line ? ` line ${origin.line}` : ""}`;
    });
  return {
    file: { path: importsFileOf(stack), content: doc.toString({ lineWidth: 0 }) },
    conflicts,
  };
}
