/**
 * What an audit found: each finding with its check, severity, message in plain words and
 * where to fix it (a site.yaml place, or a running configuration's file and line), and each
 * check's state (passed, found something, did not apply, or could not be checked).
 */
import type { Path } from "../site/issue.ts";
import { atOrAbove, CHECKS, type AuditSeverity } from "./catalogue.ts";

/** A place in site.yaml; line and column only when the file's text was at hand. */
export interface SitePlace {
  readonly file: string;
  readonly path: Path;
  readonly line: number | undefined;
  readonly col: number | undefined;
}

/** A place in a running configuration; no line when the setting is missing altogether. */
export interface RunningPlace {
  readonly file: string;
  readonly line: number | undefined;
  /** The switch, as its configuration names itself. */
  readonly device: string;
}

/** One finding. */
export interface Finding {
  readonly check: string;
  readonly severity: AuditSeverity;
  readonly message: string;
  readonly site?: SitePlace;
  readonly running?: RunningPlace;
}

/** Where a check stands after the audit. */
export type CheckState = "passed" | "found" | "not-applicable" | "not-checked";

/** A check's state and why (for not-applicable and not-checked). */
export interface CheckResult {
  readonly check: string;
  readonly state: CheckState;
  readonly note?: string;
}

/** The whole audit. */
export interface AuditReport {
  /** The day the audit judged dates on (YYYY-MM-DD), if known. */
  readonly date: string | undefined;
  /** The site file audited, if any. */
  readonly site: string | undefined;
  /** The folder of running configurations audited, if any. */
  readonly running: string | undefined;
  readonly results: readonly CheckResult[];
  readonly findings: readonly Finding[];
  /** Files in the running folder that were not switch configurations. */
  readonly skipped: readonly { readonly file: string; readonly why: string }[];
}

/** A check's outcome before the states of every part are merged. */
export interface Outcome {
  readonly check: string;
  /** False when the check does not apply to what was audited (no Azure, no VMs...). */
  readonly applies: boolean;
  /** Why not applicable or not checked. */
  readonly note?: string;
  /** True when it could not be judged (no date for expiry checks). */
  readonly unchecked?: boolean;
  readonly findings: readonly Finding[];
}

/** Merges outcomes of several parts (the site, each switch) into one result per check. */
export function checkResults(outcomes: readonly Outcome[]): CheckResult[] {
  return CHECKS.map((c) => {
    const mine = outcomes.filter((o) => o.check === c.id);
    if (mine.some((o) => o.findings.length > 0)) return { check: c.id, state: "found" };
    if (mine.some((o) => o.applies && !o.unchecked)) return { check: c.id, state: "passed" };
    const unchecked = mine.find((o) => o.unchecked);
    if (unchecked)
      return {
        check: c.id,
        state: "not-checked",
        ...(unchecked.note ? { note: unchecked.note } : {}),
      };
    const note =
      mine.find((o) => o.note)?.note ??
      (mine.length === 0
        ? c.scope === "running"
          ? "it reads running configurations (carrel audit --running DIR)"
          : "it reads site.yaml"
        : undefined);
    return { check: c.id, state: "not-applicable", ...(note ? { note } : {}) };
  });
}

/** Findings at or above a severity. */
export function findingsAtOrAbove(report: AuditReport, threshold: AuditSeverity): Finding[] {
  return report.findings.filter((f) => atOrAbove(f.severity, threshold));
}

/** Counts of findings by severity. */
export function severityCounts(findings: readonly Finding[]): Record<AuditSeverity, number> {
  const counts: Record<AuditSeverity, number> = { high: 0, medium: 0, low: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
