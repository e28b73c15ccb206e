/** What the site checks share: the model, where its values are written, and the audit date. */
import type { Path } from "../../site/issue.ts";
import type { SiteModel } from "../../site/model/site-model.ts";
import { offsetOf, type SiteSource } from "../../site/source.ts";
import { check } from "../catalogue.ts";
import type { Finding, Outcome } from "../report.ts";

/** The site being audited. */
export interface SiteAudit {
  readonly model: SiteModel;
  /** The parsed file, for line and column; without it places have line 1. */
  readonly source: SiteSource | undefined;
  readonly file: string;
  /** The day dates are judged on; undefined leaves the date checks not checked. */
  readonly date: string | undefined;
}

/**
 * A finding of `id` at a site.yaml path, or, where the file does not write it, at the key of
 * the nearest section it does write (where the missing setting goes).
 */
export function siteFinding(audit: SiteAudit, id: string, message: string, path: Path): Finding {
  let at = path;
  while (at.length > 1 && !written(audit, at)) at = at.slice(0, -1);
  const source = audit.source;
  // A whole section the file lacks (security:) goes at its end.
  const offset = !source
    ? undefined
    : written(audit, at)
      ? offsetOf(source, at, at.length < path.length)
      : source.text.trimEnd().length;
  const pos =
    source && offset !== undefined
      ? source.lines.linePos(offset)
      : { line: undefined, col: undefined };
  return {
    check: id,
    severity: check(id).severity,
    message,
    site: { file: audit.file, path, line: pos.line, col: pos.col },
  };
}

/** An outcome of a check that applies. */
export function outcome(id: string, findings: readonly Finding[]): Outcome {
  return { check: id, applies: true, findings };
}

/** An outcome of a check that does not apply, and why. */
export function notApplicable(id: string, note: string): Outcome {
  return { check: id, applies: false, note, findings: [] };
}

/** Whether site.yaml itself writes a value at `path` (defaults do not count). */
export function written(audit: SiteAudit, path: Path): boolean {
  let node: unknown = audit.source?.value;
  for (const part of path) {
    if (node === null || typeof node !== "object") return false;
    if (!Object.hasOwn(node, part)) return false;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node !== undefined;
}
