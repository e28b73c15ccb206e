/** What a validation rule is: a pure function from the parsed site to issues. */
import type { Issue } from "../issue.ts";
import type { Site } from "../schema.ts";

/** What rules may know beyond the site itself. */
export interface RuleContext {
  /** Folder of the site file: runbook paths are relative to it. */
  readonly siteDir: string;
  /** Today's date, YYYY-MM-DD, for purchase dates and renewal warnings. */
  readonly today: string;
  /** Whether a regular file exists at an absolute path. */
  readonly fileExists: (path: string) => boolean;
  /** Where a path really leads, links followed; `undefined` when it does not exist. */
  readonly realPath?: (path: string) => string | undefined;
}

/** One of the spec's rules R1-R33. */
export interface Rule {
  /** `R1` … `R33`. */
  readonly id: string;
  /** What the rule checks, in a few words (shown in `--json` and the docs). */
  readonly title: string;
  readonly check: (site: Site, ctx: RuleContext) => Issue[];
}
