/** Audit test support: a site file of the repository audited as `carrel audit` would. */
import { readFileSync } from "node:fs";
import { runAudit } from "../../src/audit/run.ts";
import type { AuditReport, Finding } from "../../src/audit/report.ts";
import { buildModel, formatPath, validateText } from "../../src/site/index.ts";
import { TODAY } from "../helpers/site.ts";

/** The deliberately weak site (source: this repository). */
export const WEAK = readFileSync(
  new URL("../fixtures/sites/weak/site.yaml", import.meta.url),
  "utf8",
);

/** Audits site text as `site.yaml`, dated TODAY unless told, optionally with a running folder. */
export function auditText(
  text: string,
  options: { running?: string; date?: string | null } = {},
): AuditReport {
  const { running } = options;
  const date = options.date === null ? undefined : (options.date ?? TODAY);
  const v = validateText("site.yaml", text, { today: TODAY });
  if (!v.valid || !v.site)
    throw new Error(`not valid: ${v.issues.map((i) => i.message).join("; ")}`);
  return runAudit({
    site: { model: buildModel(v.site), source: v.source, file: "site.yaml" },
    ...(running ? { running } : {}),
    date,
  });
}

/** A site finding as `line:col path check message`. */
export function siteLine(f: Finding): string {
  return `${f.site!.line}:${f.site!.col} ${formatPath(f.site!.path)} ${f.check} ${f.message}`;
}

/** The number of the first line of `text` that starts with `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split("\n").findIndex((l) => l.startsWith(needle));
  if (i < 0) throw new Error(`'${needle}' is not in the text`);
  return i + 1;
}
