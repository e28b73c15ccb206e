/** How validation results are shown: text lines for people, JSON for tools. */
import { formatPath, type LocatedIssue } from "./issue.ts";
import type { Site } from "./schema.ts";
import { codePointName, describeForbidden } from "./text.ts";
import type { Validation } from "./validate.ts";

/**
 * Text as a terminal may show it: messages quote values from the file, and a control
 * character (an escape sequence, a line break) must show as its name, not act.
 */
export function terminalSafe(text: string): string {
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    out += describeForbidden(cp) === undefined ? ch : `<${codePointName(cp)}>`;
  }
  return out;
}

/** `FILE:LINE:COL  path  message`, with `warning: ` before a warning's message. */
export function formatIssue(issue: LocatedIssue): string {
  const prefix = issue.severity === "warning" ? "warning: " : "";
  return terminalSafe(
    `${issue.file}:${issue.line}:${issue.col}  ${formatPath(issue.path)}  ${prefix}${issue.message}`,
  );
}

const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

/** Counts of what the site holds: "7 VLANs, 2 switches, 6 VMs, 30 desktops, 7 groups". */
export function describeSite(site: Site): string {
  const pools = site.vsphere?.vdi.pools ?? [];
  return [
    plural(site.network.vlans.length, "VLAN"),
    plural(site.network.switches.length, "switch", "switches"),
    plural(site.vsphere?.vms.length ?? 0, "VM"),
    plural(
      pools.reduce((n, p) => n + p.count, 0),
      "desktop",
    ),
    plural(site.directory?.groups.length ?? 0, "group"),
  ].join(", ");
}

/** The one-line summary printed last. */
export function summaryLine(result: Validation): string {
  const errors = result.issues.filter((i) => i.severity === "error").length;
  const warnings = result.issues.length - errors;
  const counts = errors > 0 ? `${plural(errors, "error")}, ${plural(warnings, "warning")}` : "";
  if (result.site && errors === 0) {
    const tail = warnings > 0 ? `valid, ${plural(warnings, "warning")}` : "valid";
    return `${result.site.site.name}: ${describeSite(result.site)}; ${tail}`;
  }
  return `${result.source.file}: ${counts}; not valid`;
}

/** Errors, then warnings, then the summary, one per line. */
export function formatText(result: Validation): string {
  const errors = result.issues.filter((i) => i.severity === "error");
  const warnings = result.issues.filter((i) => i.severity === "warning");
  return [...errors, ...warnings].map(formatIssue).concat(summaryLine(result)).join("\n") + "\n";
}

/** The same results as JSON, for editors and CI. */
export function formatJson(result: Validation): string {
  const issue = (i: LocatedIssue) => ({
    file: i.file,
    line: i.line,
    column: i.col,
    path: formatPath(i.path),
    severity: i.severity,
    rule: i.rule,
    message: i.message,
  });
  return (
    JSON.stringify(
      {
        file: result.source.file,
        valid: result.valid,
        summary: summaryLine(result),
        errors: result.issues.filter((i) => i.severity === "error").map(issue),
        warnings: result.issues.filter((i) => i.severity === "warning").map(issue),
      },
      null,
      2,
    ) + "\n"
  );
}
