/**
 * R28: the backup storage lifecycle is consistent: backups are not deleted while they are
 * still locked against deletion, and they move to cool storage before they are deleted.
 */
import { error, type Issue } from "../issue.ts";
import type { Rule } from "./rule.ts";

export const r28Retention: Rule = {
  id: "R28",
  title: "backup lock, cool and delete days are in order",
  check(site) {
    const backup = site.azure?.backup;
    if (!backup) return [];
    const issues: Issue[] = [];
    const { immutableDays, coolAfterDays, deleteAfterDays } = backup;
    if (immutableDays > deleteAfterDays) {
      issues.push(
        error(
          "R28",
          ["azure", "backup", "immutableDays"],
          `backups are locked for ${immutableDays} days but deleted after ${deleteAfterDays}; immutableDays must be at most deleteAfterDays`,
        ),
      );
    }
    if (coolAfterDays >= deleteAfterDays) {
      issues.push(
        error(
          "R28",
          ["azure", "backup", "coolAfterDays"],
          `backups move to cool storage after ${coolAfterDays} days but are deleted after ${deleteAfterDays}; coolAfterDays must be less than deleteAfterDays`,
        ),
      );
    }
    return issues;
  },
};
