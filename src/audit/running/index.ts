/** The running checks on every switch configuration of a folder. */
import type { Collected } from "../../drift/collect.ts";
import type { SiteModel } from "../../site/model/site-model.ts";
import type { Outcome } from "../report.ts";
import { runningChecks } from "./checks.ts";
import { runningAudit } from "./context.ts";

/** Runs the catalogue's running checks on each switch configuration collected. */
export function auditRunning(
  configs: readonly Collected[],
  model: SiteModel | undefined,
): Outcome[] {
  return configs.flatMap((c) =>
    c.kind === "switch" ? runningChecks(runningAudit(c.file, c.text, c.config, model)) : [],
  );
}
