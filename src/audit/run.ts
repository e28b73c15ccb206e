/**
 * One audit: the catalogue's site checks on site.yaml, its running checks on the switch
 * configurations of a folder (read with the same parser as import and drift), or both.
 */
import { collectRunning } from "../drift/collect.ts";
import type { SiteModel } from "../site/model/site-model.ts";
import type { SiteSource } from "../site/source.ts";
import { checkResults, type AuditReport, type Outcome } from "./report.ts";
import { auditRunning } from "./running/index.ts";
import { auditSite } from "./site/index.ts";

/** The audit cannot be made: configurations that cannot be used, or nothing to audit. */
export class AuditInputError extends Error {
  override readonly name = "AuditInputError";
}

/** What to audit. */
export interface AuditInput {
  /** The site, its file and parsed source (for line and column), when one is audited. */
  readonly site?: {
    readonly model: SiteModel;
    readonly source: SiteSource | undefined;
    readonly file: string;
  };
  /** A folder of running configurations. */
  readonly running?: string;
  /** The day dates are judged on (YYYY-MM-DD). */
  readonly date: string | undefined;
}

/** Runs the audit. Throws {@link AuditInputError} when the running folder cannot be used. */
export function runAudit(input: AuditInput): AuditReport {
  const outcomes: Outcome[] = [];
  if (input.site)
    outcomes.push(
      ...auditSite({
        model: input.site.model,
        source: input.site.source,
        file: input.site.file,
        date: input.date,
      }),
    );
  let skipped: { file: string; why: string }[] = [];
  if (input.running !== undefined) {
    const collection = collectRunning(input.running, "carrel audit");
    if (collection.problems.length > 0)
      throw new AuditInputError(
        collection.problems
          .map((p) => `${p.file}${p.line !== undefined ? `:${p.line}` : ""}  ${p.message}`)
          .join("\n"),
      );
    const switches = collection.configs.filter((c) => c.kind === "switch");
    if (switches.length === 0)
      throw new AuditInputError(
        `${input.running} holds no switch running configuration (${collection.configs.length + collection.skipped.length} other files)`,
      );
    outcomes.push(...auditRunning(switches, input.site?.model));
    skipped = [
      ...collection.skipped,
      ...collection.configs
        .filter((c) => c.kind === "dhcp")
        .map((c) => ({ file: c.file, why: "a DHCP configuration: the audit reads switches" })),
    ];
  }
  return {
    date: input.date,
    site: input.site?.file,
    running: input.running,
    results: checkResults(outcomes),
    findings: outcomes.flatMap((o) => o.findings),
    skipped,
  };
}
