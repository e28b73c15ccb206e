/**
 * Writes a merged draft as site.yaml text with the yaml library's Document API, so that the
 * comments the merge attached (where each item came from, what was guessed, what to fill in)
 * land next to their values. Lists of plain values are written inline (`tagged: [staff, voip]`)
 * as the example site writes them; MAC addresses are quoted.
 */
import { Document, isMap, isPair, isScalar, isSeq, type Node, type Pair } from "yaml";
import type { DraftComments } from "./merge/comments.ts";
import type { Draft } from "./merge/merge.ts";
import { isTree } from "./merge/place.ts";

const MAC = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i;

const lines = (texts: readonly string[]) =>
  texts
    .flatMap((t) => t.split("\n"))
    .map((t) => ` ${t}`)
    .join("\n");

function apply(value: unknown, node: Node | null | undefined, comments: DraftComments): void {
  if (!node) return;
  if (Array.isArray(value) && isSeq(node)) {
    if (value.every((v) => !isTree(v) && !Array.isArray(v))) node.flow = true;
    value.forEach((v, i) => {
      const item = node.items[i] as Node | undefined;
      const before = isTree(v) ? comments.get(v)?.before : undefined;
      if (item && before && before.length > 0) item.commentBefore = lines(before);
      apply(v, item, comments);
    });
    return;
  }
  if (isTree(value) && isMap(node)) {
    const c = comments.get(value);
    for (const pair of node.items as Pair<Node, Node | null>[]) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const v = value[key];
      const texts = c?.keys.get(key) ?? [];
      const inner = isTree(v) ? comments.get(v)?.before : undefined;
      if (pair.value && isScalar(pair.value)) {
        if (typeof v === "string" && MAC.test(v)) pair.value.type = "QUOTE_DOUBLE";
        if (texts.length > 0) pair.value.comment = ` ${texts.join("; ")}`;
      } else if (
        pair.value &&
        isSeq(pair.value) &&
        pair.value.flow !== false &&
        Array.isArray(v) &&
        v.every((x) => !isTree(x))
      ) {
        if (texts.length > 0) pair.value.comment = ` ${texts.join("; ")}`;
      } else if (texts.length > 0) {
        pair.key.commentBefore = lines(texts);
      }
      if (inner && inner.length > 0)
        pair.key.commentBefore = lines([
          ...(texts.length > 0 && !isScalar(pair.value) ? texts : []),
          ...inner,
        ]);
      apply(v, pair.value, comments);
    }
  }
}

/** The draft as site.yaml text, with `header` lines as the file's first comment. */
export function draftText(draft: Draft, header: readonly string[]): string {
  const doc = new Document(draft.value);
  apply(draft.value, doc.contents as Node, draft.comments);
  doc.commentBefore = lines(header);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
