/**
 * The date the docs describe the site at: given with `--date`, or the day of the site
 * file's last commit. Never the wall clock, so the same site gives the same pages.
 */
import { execFileSync } from "node:child_process";
import { basename, dirname, resolve } from "node:path";
import type { DocsDate } from "../docs/index.ts";
import { UsageError } from "./io.ts";

/** Whether `text` is a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The day (in the committer's own time zone) of the last commit that changed `file`. */
export function lastCommitDay(file: string): string | undefined {
  try {
    const out = execFileSync("git", ["log", "-1", "--format=%cI", "--", basename(file)], {
      cwd: dirname(resolve(file)),
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    return isCalendarDate(out.slice(0, 10)) ? out.slice(0, 10) : undefined;
  } catch {
    // Not a git repository, or git is not installed: the docs go without a date.
    return undefined;
  }
}

/** The docs' date from `--date`, else from git; undefined when neither gives one. */
export function docsDate(file: string, option: string | undefined): DocsDate | undefined {
  if (option !== undefined) {
    if (!isCalendarDate(option))
      throw new UsageError(
        `--date '${option}' is not a real date written YYYY-MM-DD (like 2026-11-23)`,
      );
    return { date: option, source: "given with --date" };
  }
  const day = lastCommitDay(file);
  return day ? { date: day, source: `the last commit of ${basename(file)}` } : undefined;
}
