/**
 * Validation of a whole site file: YAML, then the schema, then every rule, with
 * every issue located at its line and column and sorted into file order.
 */
import { existsSync, realpathSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { error, type LocatedIssue } from "./issue.ts";
import { RULES } from "./rules/index.ts";
import type { RuleContext } from "./rules/rule.ts";
import { schemaIssues } from "./schema-issues.ts";
import { siteSchema, type Site } from "./schema.ts";
import { locate, parseSource, type SiteSource } from "./source.ts";

/** The outcome of validating a site file. */
export interface Validation {
  readonly source: SiteSource;
  /** The parsed site, when the schema accepted it (rules may still have found errors). */
  readonly site: Site | undefined;
  /** Errors and warnings, in file order. */
  readonly issues: readonly LocatedIssue[];
  /** True when there are no errors (warnings allowed). */
  readonly valid: boolean;
}

/** Options for a validation run. */
export interface ValidateOptions {
  /** Today's date (YYYY-MM-DD); defaults to the real date. Tests pin it. */
  readonly today?: string;
  /** Treat warnings as errors. */
  readonly strict?: boolean;
}

function pinnedToday(): string | undefined {
  const pinned = process.env.CARREL_TODAY;
  return pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned) ? pinned : undefined;
}

function defaultContext(file: string, today: string | undefined): RuleContext {
  return {
    siteDir: dirname(resolve(file)),
    // CARREL_TODAY pins the date (YYYY-MM-DD) for reproducible runs, such as the tests.
    today: today ?? pinnedToday() ?? new Date().toISOString().slice(0, 10),
    fileExists: (path) => existsSync(path) && statSync(path).isFile(),
    realPath: (path) => (existsSync(path) ? realpathSync(path) : undefined),
  };
}

/** Validates site text already read from `file`. Never throws for bad input. */
export function validateText(
  file: string,
  text: string,
  options: ValidateOptions = {},
): Validation {
  const source = parseSource(file, text);
  let site: Site | undefined;
  let issues: LocatedIssue[] = [...source.issues];
  if (source.value !== undefined) {
    try {
      const parsed = siteSchema.safeParse(source.value, { reportInput: true });
      if (parsed.success) {
        site = parsed.data;
        const ctx = defaultContext(file, options.today);
        issues.push(
          ...locate(
            source,
            RULES.flatMap((rule) => rule.check(parsed.data, ctx)),
          ),
        );
      } else {
        issues.push(...locate(source, schemaIssues(siteSchema, source.value, parsed.error.issues)));
      }
    } catch (err) {
      // The parser's guard keeps nesting shallow; this is the last line of defence, so that
      // a way around it still ends in a plain message rather than a stack overflow.
      if (!(err instanceof RangeError)) throw err;
      site = undefined;
      issues.push(
        ...locate(source, [
          error("yaml", [], "the file nests sections too deeply to be a site definition"),
        ]),
      );
    }
  }
  if (options.strict) issues = issues.map((i) => ({ ...i, severity: "error" as const }));
  issues = dedupe(issues).sort(
    (a, b) =>
      a.offset - b.offset ||
      a.rule.localeCompare(b.rule, "en", { numeric: true }) ||
      a.message.localeCompare(b.message),
  );
  return { source, site, issues, valid: !issues.some((i) => i.severity === "error") };
}

function dedupe(issues: LocatedIssue[]): LocatedIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.offset}\u0000${i.severity}\u0000${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
