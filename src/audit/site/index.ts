/** Every site check, run on one site. */
import type { Outcome } from "../report.ts";
import type { SiteAudit } from "./context.ts";
import { estateChecks } from "./estate.ts";
import { networkChecks } from "./network.ts";
import { switchChecks } from "./switches.ts";

export type { SiteAudit } from "./context.ts";

/** Runs the catalogue's site checks. */
export function auditSite(audit: SiteAudit): Outcome[] {
  return [...networkChecks(audit), ...switchChecks(audit), ...estateChecks(audit)];
}
