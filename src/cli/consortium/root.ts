/**
 * Commands at a consortium's root: `carrel validate|render|docs|drift|diff` with no site file
 * in a folder that holds consortium.yaml (or given consortium.yaml, or `--site CODE`) act on
 * every member site, or on those `--site` names. The sites are processed in parallel in
 * worker threads; consortium.yaml's own problems and the cross-site ones are found once,
 * here; then each command finishes its own way (render writes `out/<code>/`, docs writes the
 * hub and `docs/<code>/`). Output comes in consortium.yaml's order of sites, whatever order
 * the workers finish in.
 */
import { readConsortium, type Consortium, type MemberSite } from "../../consortium/consortium.ts";
import { crossSiteIssues, type CrossSiteIssue } from "../../consortium/cross-site.ts";
import { siteFacts, type SiteFacts } from "../../consortium/facts.ts";
import { formatIssue, parseSource, readSiteFile, type LocatedIssue } from "../../site/index.ts";
import { didYouMean } from "../../site/suggest.ts";
import type { CommandArgs } from "../command.ts";
import { EXIT, UsageError, type Io } from "../io.ts";
import { runTasks } from "./pool.ts";
import type { RootRun } from "./root-run.ts";
import type { SiteResult, SiteTask, SiteTaskKind } from "./tasks.ts";

/** The members a run acts on, in consortium.yaml's order. */
export function selectedMembers(consortium: Consortium, only?: readonly string[]): MemberSite[] {
  if (!only) return [...consortium.members];
  const codes = consortium.members.map((m) => m.code);
  for (const code of only)
    if (!codes.includes(code))
      throw new UsageError(
        `--site '${code}' is not a site of ${consortium.file}${didYouMean(code, codes) || `; its sites: ${codes.join(", ")}`}`,
      );
  return consortium.members.filter((m) => only.includes(m.code));
}

/** What a root run found before its command finishes: the results and the consortium-wide problems. */
export interface RootResults {
  readonly consortium: Consortium;
  readonly members: readonly MemberSite[];
  readonly results: readonly SiteResult[];
  /** consortium.yaml's own problems and the cross-site ones that concern the sites run. */
  readonly issues: readonly LocatedIssue[];
  /** Sites a cross-site error concerns: not to be written. */
  readonly blocked: ReadonlySet<string>;
  /** The exit code so far. */
  readonly exit: number;
}

/** The facts of members not run this time: known already, or read from their files. */
function otherFacts(
  members: readonly MemberSite[],
  known: ReadonlyMap<string, SiteFacts>,
): SiteFacts[] {
  return members.flatMap((m) => {
    const facts = known.get(m.code);
    if (facts) return [facts];
    const read = readSiteFile(m.file);
    return read.ok ? [siteFacts(m.code, parseSource(m.file, read.text))] : [];
  });
}

/**
 * Reads consortium.yaml, runs one job per site (from `task`), and checks the consortium as a
 * whole, with `known` facts for sites not run (from an earlier render). Prints
 * consortium.yaml's own problems at once (on `report`) when they stop everything, and
 * returns an exit code instead of results.
 */
export async function runSites(
  kind: SiteTaskKind,
  run: RootRun,
  values: CommandArgs["values"],
  io: Io,
  report: (text: string) => void,
  task: (member: MemberSite) => SiteTask | undefined = (m) => ({
    kind,
    code: m.code,
    file: m.file,
    values,
  }),
  known: ReadonlyMap<string, SiteFacts> = new Map(),
): Promise<RootResults | number> {
  const read = readConsortium(run.file);
  if (!read.ok) {
    io.err(`carrel ${kind}: ${read.message}\n`);
    return EXIT.usage;
  }
  const { consortium } = read;
  const strict = values.strict === true;
  const own = consortium.issues.map((i) => (strict ? { ...i, severity: "error" as const } : i));
  if (!consortium.data) {
    if (values.json !== true) for (const i of own) report(`${formatIssue(i)}\n`);
    report(`${consortium.file}: not valid, so no site can be processed until it is\n`);
    return EXIT.invalid;
  }
  const members = selectedMembers(consortium, run.only);
  const jobs = members.map((m) => ({ member: m, job: task(m) }));
  const results = await runTasks(jobs.flatMap((j) => (j.job ? [j.job] : [])));
  const ran = new Set(results.map((r) => r.code));
  const facts = [
    ...results.flatMap((r) => (r.facts ? [r.facts] : [])),
    ...otherFacts(
      consortium.members.filter((m) => !ran.has(m.code)),
      known,
    ),
  ];
  const selected = new Set(members.map((m) => m.code));
  const cross: CrossSiteIssue[] = crossSiteIssues(consortium, facts).filter((i) =>
    i.sites.some((code) => selected.has(code)),
  );
  const blocked = new Set(cross.flatMap((i) => i.sites.filter((c) => selected.has(c))));
  const issues = [...own, ...cross.map(({ sites: _, ...i }) => i)];
  const failed = issues.some((i) => i.severity === "error");
  const exit = Math.max(failed ? EXIT.invalid : EXIT.ok, ...results.map((r) => r.exit));
  return { consortium, members, results, issues, blocked, exit };
}

/** Prints each site's output in consortium.yaml's order. */
export function printResults(io: Io, results: readonly SiteResult[]): void {
  for (const r of results) {
    if (r.out) io.out(r.out);
    if (r.err) io.err(r.err);
  }
}

/** Prints the consortium-wide problems, errors first. */
export function printIssues(report: (text: string) => void, issues: readonly LocatedIssue[]): void {
  const ordered = [
    ...issues.filter((i) => i.severity === "error"),
    ...issues.filter((i) => i.severity !== "error"),
  ];
  for (const i of ordered) report(`${formatIssue(i)}\n`);
}

/** The last line: how many sites, how many fine, what the consortium-wide checks found. */
export function summary(found: RootResults, done: string): string {
  const name = found.consortium.data?.consortium.name ?? found.consortium.file;
  const n = found.results.length;
  const bad = found.results.filter((r) => r.exit !== EXIT.ok).map((r) => r.code);
  const errors = found.issues.filter((i) => i.severity === "error").length;
  const parts = [`${n} ${n === 1 ? "site" : "sites"}`];
  parts.push(bad.length === 0 ? done : `${n - bad.length} ${done}, not ${bad.join(", ")}`);
  if (errors > 0) parts.push(`${errors} consortium-wide ${errors === 1 ? "error" : "errors"}`);
  return `${name}: ${parts.join("; ")}\n`;
}
