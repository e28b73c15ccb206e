/**
 * The drift report for people (a block per device: compliant or not, then each difference
 * with the site.yaml place to change and the running line involved) and as JSON for CI.
 */
import { formatPath } from "../site/issue.ts";
import { allCompliant, compliant, type Difference, type DriftReport } from "./report.ts";
import { terminalSafe } from "../site/format.ts";

/** `site.yaml:41:15  network.vlans[1].subnet`. */
export function sitePlaceText(site: string, d: Difference): string | undefined {
  if (!d.site) return undefined;
  const where = d.site.line !== undefined ? `${site}:${d.site.line}:${d.site.col}` : site;
  return `${where}  ${formatPath(d.site.path)}`;
}

/** `core-sw1.cfg:45  untagged 1-4`. */
export function runningPlaceText(d: Difference): string | undefined {
  if (!d.running) return undefined;
  return `${d.running.file}:${d.running.line}${d.running.text !== undefined ? `  ${d.running.text}` : ""}`;
}

/** The report as text. */
export function formatDrift(report: DriftReport): string {
  const out: string[] = [`Drift check of ${report.running} against ${report.site}, ${report.date}`];
  for (const d of report.devices) {
    const n = d.differences.length;
    out.push(
      "",
      `${d.name} (${d.kind === "switch" ? "switch" : "DHCP server"}, running config ${d.file}): ${compliant(d) ? "compliant" : `not compliant, ${n} ${n === 1 ? "difference" : "differences"}`}`,
    );
    for (const diff of d.differences) {
      out.push(`  - ${diff.message}`);
      const site = sitePlaceText(report.site, diff);
      const running = runningPlaceText(diff);
      if (site) out.push(`      ${site}`);
      if (running) out.push(`      ${running}`);
    }
    for (const n of d.notCompared) out.push(`  (not compared: ${n})`);
  }
  for (const u of report.unknown)
    out.push(
      "",
      `${u.file}: the running config of ${u.kind === "switch" ? "switch" : "DHCP server"} '${u.name}', which site.yaml does not describe: not compliant`,
    );
  if (report.missing.length > 0)
    out.push(
      "",
      `Not checked (no running config in ${report.running}): ${report.missing.map((m) => m.name).join(", ")}`,
    );
  if (report.skipped.length > 0) {
    const reasons = new Map<string, string[]>();
    for (const s of report.skipped) reasons.set(s.why, [...(reasons.get(s.why) ?? []), s.file]);
    out.push(
      "",
      `Skipped ${report.skipped.length} ${report.skipped.length === 1 ? "file" : "files"}:`,
    );
    for (const [why, list] of reasons)
      out.push(
        `  ${list.length} ${why} (${list.slice(0, 3).join(", ")}${list.length > 3 ? ", ..." : ""})`,
      );
  }
  const bad = report.devices.filter((d) => !compliant(d)).length + report.unknown.length;
  out.push(
    "",
    allCompliant(report)
      ? `${report.devices.length} ${report.devices.length === 1 ? "device" : "devices"} checked: all compliant`
      : `${report.devices.length + report.unknown.length} checked: ${bad} not compliant`,
  );
  // Device text is shown as written, but a control character (an escape sequence in a
  // banner) shows as its name instead of acting on the terminal or a CI log.
  return `${out.map(terminalSafe).join("\n")}\n`;
}

/** The report as JSON. */
export function driftJson(report: DriftReport): string {
  const place = (d: Difference) => ({
    message: d.message,
    site: d.site
      ? { path: formatPath(d.site.path), line: d.site.line ?? null, column: d.site.col ?? null }
      : null,
    running: d.running
      ? { file: d.running.file, line: d.running.line, text: d.running.text ?? null }
      : null,
  });
  return `${JSON.stringify(
    {
      date: report.date,
      site: report.site,
      running: report.running,
      compliant: allCompliant(report),
      devices: report.devices.map((d) => ({
        name: d.name,
        kind: d.kind,
        file: d.file,
        compliant: compliant(d),
        differences: d.differences.map(place),
        notCompared: d.notCompared,
      })),
      unknown: report.unknown,
      notChecked: report.missing,
      skipped: report.skipped,
    },
    null,
    2,
  )}\n`;
}
