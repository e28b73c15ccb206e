/**
 * The audit report as text (one line per finding, `FILE:LINE:COL  path  severity  check
 * message` for site.yaml and `FILE:LINE  switch  severity  check  message` for a running
 * configuration; then what each check that found something means; then a summary) and as
 * JSON for CI.
 */
import { formatPath } from "../site/issue.ts";
import { atOrAbove, check, CHECKS, type AuditSeverity } from "./catalogue.ts";
import { severityCounts, type AuditReport, type Finding } from "./report.ts";

/** Findings in file order: site.yaml by line, then each running file by line. */
export function ordered(findings: readonly Finding[]): Finding[] {
  const key = (f: Finding): [number, string, number, number] =>
    f.site
      ? [0, f.site.file, f.site.line ?? 0, f.site.col ?? 0]
      : [1, f.running!.file, f.running!.line ?? 0, 0];
  return [...findings].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    return ka[0] - kb[0] || ka[1].localeCompare(kb[1]) || ka[2] - kb[2] || ka[3] - kb[3];
  });
}

/** `site.yaml:104:7`, or the file alone when its text was not at hand. */
export function sitePosition(f: Finding): string {
  const s = f.site!;
  return s.line === undefined ? s.file : `${s.file}:${s.line}:${s.col}`;
}

/** Where a finding is: `site.yaml:104:7  network.vlans[2].purpose` or `running/x.cfg:74  x`. */
export function findingPlace(f: Finding): string {
  if (f.site) return `${sitePosition(f)}  ${formatPath(f.site.path)}`;
  const r = f.running!;
  return `${r.file}${r.line !== undefined ? `:${r.line}` : ""}  ${r.device}`;
}

/** The one-line summary. */
export function summary(report: AuditReport, failOn: AuditSeverity): string {
  const counts = severityCounts(report.findings);
  const passed = report.results.filter((r) => r.state === "passed").length;
  const na = report.results.filter((r) => r.state === "not-applicable").length;
  const unchecked = report.results.filter((r) => r.state === "not-checked").length;
  const failing = report.findings.some((f) => atOrAbove(f.severity, failOn));
  const what = [report.site, report.running].filter((x) => x !== undefined).join(" and ");
  return (
    `${what}: ${CHECKS.length} checks${report.date ? ` as of ${report.date}` : ""}; ` +
    `${counts.high} high, ${counts.medium} medium, ${counts.low} low findings; ` +
    `${passed} passed, ${na} not applicable${unchecked ? `, ${unchecked} not checked` : ""}; ` +
    (failing ? `failing: findings at or above ${failOn}` : `nothing at or above ${failOn}`)
  );
}

/** The text report. */
export function formatAudit(report: AuditReport, failOn: AuditSeverity): string {
  const lines = ordered(report.findings).map(
    (f) => `${findingPlace(f)}  ${f.severity}  ${f.check}  ${f.message}`,
  );
  const fired = CHECKS.filter((c) => report.findings.some((f) => f.check === c.id));
  if (fired.length > 0) {
    lines.push("", "What these checks mean:");
    for (const c of fired) lines.push(`  ${c.id} (${c.severity}): ${c.explanation}`);
  }
  const unchecked = report.results.filter((r) => r.state === "not-checked");
  if (unchecked.length > 0) {
    lines.push("", "Not checked:");
    for (const r of unchecked) lines.push(`  ${r.check}: ${r.note ?? ""}`);
  }
  lines.push("", summary(report, failOn));
  return `${lines.join("\n")}\n`;
}

/** The JSON report. */
export function auditJson(report: AuditReport, failOn: AuditSeverity): string {
  return `${JSON.stringify(
    {
      date: report.date ?? null,
      site: report.site ?? null,
      running: report.running ?? null,
      failOn,
      failing: report.findings.some((f) => atOrAbove(f.severity, failOn)),
      checks: report.results.map((r) => {
        const c = check(r.check);
        return {
          id: c.id,
          severity: c.severity,
          title: c.title,
          explanation: c.explanation,
          scope: c.scope,
          state: r.state,
          ...(r.note ? { note: r.note } : {}),
        };
      }),
      findings: ordered(report.findings).map((f) => ({
        check: f.check,
        severity: f.severity,
        message: f.message,
        ...(f.site
          ? {
              file: f.site.file,
              line: f.site.line,
              col: f.site.col,
              path: formatPath(f.site.path),
            }
          : {
              file: f.running!.file,
              line: f.running!.line ?? null,
              device: f.running!.device,
            }),
      })),
      skipped: report.skipped,
    },
    null,
    2,
  )}\n`;
}
