/**
 * `carrel audit [site.yaml] [--running DIR] [--json] [--fail-on LEVEL] [--date YYYY-MM-DD]`:
 * runs the security checks on site.yaml, on the switch running configurations of a folder, or
 * on both (a site named together with `--running` also tells the running checks what each
 * VLAN is for). Exit 0 when nothing is at or above `--fail-on` (default high), 1 when
 * something is, 2 on bad input (an invalid site, a folder that cannot be used).
 */
import { existsSync, statSync } from "node:fs";
import { auditJson, formatAudit } from "../../audit/format.ts";
import { findingsAtOrAbove } from "../../audit/report.ts";
import { AuditInputError, runAudit, type AuditInput } from "../../audit/run.ts";
import { SEVERITIES, type AuditSeverity } from "../../audit/catalogue.ts";
import type { Command } from "../command.ts";
import { EXIT, UsageError } from "../io.ts";
import { loadSite } from "../load-site.ts";
import { isCalendarDate } from "../site-date.ts";
import { checkDate } from "./drift.ts";

function failOn(value: unknown): AuditSeverity {
  if (value === undefined) return "high";
  const level = String(value).toLowerCase();
  if ((SEVERITIES as readonly string[]).includes(level)) return level as AuditSeverity;
  throw new UsageError(`--fail-on '${String(value)}' is not a level; use high, medium or low`);
}

export const auditCommand: Command = {
  name: "audit",
  summary: "run the security checks on site.yaml and on running switch configurations",
  usage: "[site.yaml] [--running DIR] [--json] [--fail-on high|medium|low] [--date YYYY-MM-DD]",
  maxPositionals: 1,
  options: {
    running: { type: "string" },
    json: { type: "boolean" },
    "fail-on": { type: "string" },
    date: { type: "string" },
  },
  run({ values, positionals }, io) {
    const threshold = failOn(values["fail-on"]);
    const date = typeof values.date === "string" ? values.date : checkDate();
    if (!isCalendarDate(date))
      throw new UsageError(
        `--date '${date}' is not a real date written YYYY-MM-DD (like 2026-11-23)`,
      );
    const running = typeof values.running === "string" ? values.running : undefined;
    if (running !== undefined && (!existsSync(running) || !statSync(running).isDirectory()))
      throw new UsageError(`--running ${running} is not a folder`);
    // With --running alone, only the running configurations are audited; a site file named
    // as well is audited too and tells what each VLAN is for.
    const file = positionals[0] ?? (running === undefined ? "site.yaml" : undefined);
    let site: AuditInput["site"];
    if (file !== undefined) {
      const loaded = loadSite(file, { json: values.json === true }, io);
      if (!loaded.ok) return EXIT.usage;
      site = { model: loaded.model, source: loaded.validation.source, file };
    }
    let report;
    try {
      report = runAudit({ ...(site ? { site } : {}), ...(running ? { running } : {}), date });
    } catch (err) {
      if (!(err instanceof AuditInputError)) throw err;
      io.err(`${err.message}\ncarrel audit: the running configurations cannot be audited\n`);
      return EXIT.usage;
    }
    io.out(values.json ? auditJson(report, threshold) : formatAudit(report, threshold));
    return findingsAtOrAbove(report, threshold).length > 0 ? EXIT.invalid : EXIT.ok;
  },
};
