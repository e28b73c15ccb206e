/**
 * Validation of a whole site file: YAML, then the schema, then every rule, with
 * every issue located at its line and column and sorted into file order.
 */
import { existsSync, realpathSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { error, type Issue, type LocatedIssue, type Path } from "./issue.ts";
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
  /** Values the site takes from elsewhere: a consortium's shared defaults. */
  readonly inherit?: Inheritance;
}

/**
 * Values a site inherits from another file (a consortium's shared defaults): merged into
 * the site before the schema and the rules see it, and every issue about an inherited
 * value is reported where that value is written.
 */
export interface Inheritance {
  merge(value: Record<string, unknown>): Inherited;
}

/** A site's value with what it inherits merged in. */
export interface Inherited {
  readonly value: Record<string, unknown>;
  /** Where the value at `path` of the merged site is written, when not in the site file. */
  origin(path: Path): { readonly source: SiteSource; readonly path: Path } | undefined;
  /** Problems found while merging (a shared name defined again), at paths of the site. */
  readonly issues: readonly Issue[];
}

/** Locates issues of a merged site in the file each value is written in. */
function locateMerged(source: SiteSource, issues: readonly Issue[], merged?: Inherited) {
  if (!merged) return locate(source, issues);
  return issues.map((issue) => {
    const from = merged.origin(issue.path);
    return from
      ? locate(from.source, [{ ...issue, path: from.path }])[0]!
      : locate(source, [issue])[0]!;
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

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
  const merged =
    options.inherit && isRecord(source.value) ? options.inherit.merge(source.value) : undefined;
  const value = merged ? merged.value : source.value;
  if (merged) issues.push(...locateMerged(source, merged.issues, merged));
  if (value !== undefined) {
    try {
      const parsed = siteSchema.safeParse(value, { reportInput: true });
      if (parsed.success) {
        site = parsed.data;
        const ctx = defaultContext(file, options.today);
        issues.push(
          ...locateMerged(
            source,
            RULES.flatMap((rule) => rule.check(parsed.data, ctx)),
            merged,
          ),
        );
      } else {
        issues.push(
          ...locateMerged(source, schemaIssues(siteSchema, value, parsed.error.issues), merged),
        );
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
  // The site file's own issues first, then those of files it inherits from.
  const elsewhere = (i: LocatedIssue) => (i.file === file ? 0 : 1);
  issues = dedupe(issues).sort(
    (a, b) =>
      elsewhere(a) - elsewhere(b) ||
      // Issues nearly always share their file: no collation (its first use loads ICU data).
      (a.file === b.file ? 0 : a.file.localeCompare(b.file)) ||
      a.offset - b.offset ||
      a.rule.localeCompare(b.rule, "en", { numeric: true }) ||
      a.message.localeCompare(b.message),
  );
  return { source, site, issues, valid: !issues.some((i) => i.severity === "error") };
}

function dedupe(issues: LocatedIssue[]): LocatedIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.file}\u0000${i.offset}\u0000${i.severity}\u0000${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
