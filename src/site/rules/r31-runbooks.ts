/**
 * R31: runbooks are Markdown files inside the site file's folder, so the docs site can publish
 * them and the folder can be handed over whole.
 */
import { isAbsolute, relative, resolve, sep } from "node:path";
import { error, type Issue } from "../issue.ts";
import type { Rule } from "./rule.ts";

export const r31Runbooks: Rule = {
  id: "R31",
  title: "runbooks are Markdown files in the site's folder",
  check(site, ctx) {
    const issues: Issue[] = [];
    site.operations?.runbooks.forEach((runbook, r) => {
      const path = ["operations", "runbooks", r];
      // Backslashes are folder separators on Windows; treat them so on every system.
      const written = runbook.replace(/\\/g, "/");
      if (isAbsolute(written) || /^[A-Za-z]:/.test(written)) {
        issues.push(
          error(
            "R31",
            path,
            `'${runbook}' is an absolute path; write it relative to the folder of the site file, like runbooks/restore-a-vm.md`,
          ),
        );
        return;
      }
      const full = resolve(ctx.siteDir, written);
      const inside = relative(ctx.siteDir, full);
      if (inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
        issues.push(
          error(
            "R31",
            path,
            `'${runbook}' points outside the folder of the site file; keep runbooks in that folder, for example under runbooks/`,
          ),
        );
        return;
      }
      if (!/\.md$/i.test(written)) {
        issues.push(
          error(
            "R31",
            path,
            `'${runbook}' is not a Markdown file; a runbook is a file ending in .md`,
          ),
        );
        return;
      }
      if (!ctx.fileExists(full)) {
        issues.push(
          error(
            "R31",
            path,
            `runbook '${runbook}' does not exist in the folder of the site file; create it or correct the path`,
          ),
        );
        return;
      }
      // A link inside the folder may still lead outside it; the docs would publish that file.
      const realFile = ctx.realPath?.(full);
      const realDir = ctx.realPath?.(ctx.siteDir);
      if (realFile && realDir && relative(realDir, realFile).startsWith("..")) {
        issues.push(
          error(
            "R31",
            path,
            `'${runbook}' is a link to a file outside the folder of the site file; copy the runbook into the folder instead`,
          ),
        );
      }
    });
    return issues;
  },
};
