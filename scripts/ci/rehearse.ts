/**
 * `npm run ci:rehearse -- [--keep] [WORKFLOW[:JOB]]...`: runs the repository's GitHub
 * workflows on this machine as a hosted runner would (see rehearsal.ts), in fresh clones
 * of the last commit, as an unprivileged user with passwordless sudo, and reports each
 * job and step with its time and every step skipped and why. Exit 0 when every job
 * passed, 1 when one failed, 2 on a usage error.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ChangeFacts } from "./github-context.ts";
import { type RehearsedJob, type Selection, rehearse, workflowFiles } from "./rehearsal.ts";
import { baseEnv, prepareRunnerAccount } from "./runner-account.ts";
import { readWorkflow } from "./workflow.ts";

const USAGE = `usage: npm run ci:rehearse -- [--keep] [WORKFLOW[:JOB]]...
  WORKFLOW  a file in .github/workflows, with or without .yml (pull-request, main.yml)
  JOB       one job id of it (check); the jobs it needs run first
  --keep    keep the clones even when everything passed
Without WORKFLOW, every job of every workflow runs.`;

const root = fileURLToPath(new URL("../..", import.meta.url));
const git = (...args: string[]) =>
  execFileSync("git", args, {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  }).trim();

/** `1 min 5 s` or `4.2 s`. */
function duration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}

/** Reads the command line into selections, or a usage error. */
function selectionsOf(args: string[], files: string[]): Selection[] | string {
  const named = args.filter((a) => !a.startsWith("--"));
  if (named.length === 0) return files.map((file) => ({ file }));
  const selections: Selection[] = [];
  for (const arg of named) {
    const [name = "", job] = arg.split(":");
    const file = files.find((f) => f === name || f.replace(/\.ya?ml$/, "") === name);
    if (!file) return `no workflow ${name}; the workflows: ${files.join(", ")}`;
    const jobs = readWorkflow(join(root, ".github", "workflows", file)).jobs.map((j) => j.id);
    if (job && !jobs.includes(job))
      return `${file} has no job ${job}; its jobs: ${jobs.join(", ")}`;
    selections.push({ file, job: job || undefined });
  }
  return selections;
}

/** Plausible facts about the change: this commit, its branch, a GitHub repository name. */
function changeFacts(): ChangeFacts {
  const branch = git("rev-parse", "--abbrev-ref", "HEAD");
  let repository = "";
  try {
    const origin = git("remote", "get-url", "origin");
    repository = /github\.com[/:]([^/]+\/[^/]+?)(\.git)?$/.exec(origin)?.[1] ?? "";
  } catch {
    // No origin: a name like a library's fork of the template.
  }
  if (!repository) {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name?: string };
    repository = `example-library/${pkg.name ?? basename(root)}`;
  }
  return {
    sha: git("rev-parse", "HEAD"),
    headRef: branch === "HEAD" ? "rehearsal" : branch,
    repository,
    runId: String(Date.now()),
    actor: "library-sysadmin",
  };
}

function report(jobs: RehearsedJob[], seconds: number): string {
  const lines = ["", "━━ Rehearsal summary"];
  for (const { workflow, job, result, why, runs } of jobs) {
    const where = `${workflow.file} ${job.id}`;
    if (runs.length === 0) lines.push(`  - ${where}: not run (${why})`);
    for (const run of runs)
      lines.push(
        `  ${run.result === "success" ? "✓" : "✗"} ${where} "${run.label}": ` +
          `${duration(run.seconds)} (processor time ${duration(run.cpuSeconds)})`,
      );
    if (result === "failure")
      for (const run of runs)
        for (const step of run.steps.filter((s) => s.outcome === "failure"))
          lines.push(`      failed: ${step.label}`);
  }
  const skipped = jobs.flatMap(({ workflow, job, runs }) =>
    runs.flatMap((run) =>
      run.steps
        .filter((s) => s.outcome === "skipped" && s.why !== undefined)
        .map((s) => `  - ${workflow.file} ${job.id}: ${s.label}: ${s.why}`),
    ),
  );
  if (skipped.length > 0) lines.push("", "Steps not run here:", ...[...new Set(skipped)]);
  const summaries = jobs.flatMap((j) => j.runs.filter((r) => r.summary.trim() !== ""));
  for (const run of summaries)
    lines.push("", `Step summary of "${run.label}":`, run.summary.trimEnd());
  const cpu = jobs.flatMap((j) => j.runs).reduce((sum, r) => sum + r.cpuSeconds, 0);
  lines.push("", `Total: ${duration(seconds)} (processor time of the jobs ${duration(cpu)})`);
  return lines.join("\n");
}

async function main(args: string[]): Promise<number> {
  const files = workflowFiles(root);
  const selections = selectionsOf(args, files);
  const unknown = args.filter((a) => a.startsWith("--") && a !== "--keep");
  if (typeof selections === "string" || unknown.length > 0 || args.includes("--help")) {
    if (typeof selections === "string") console.error(selections);
    else if (unknown.length > 0 && !args.includes("--help"))
      console.error(`unknown option ${unknown[0]}`);
    console.error(USAGE);
    return 2;
  }
  const log = (line: string) => console.log(line);
  const started = Date.now();
  const facts = changeFacts();
  if (git("status", "--porcelain") !== "")
    log("Note: uncommitted changes are not rehearsed: each job clones the last commit.");
  const account = prepareRunnerAccount(log);
  const dir = mkdtempSync(join(tmpdir(), "carrel-rehearsal-"));
  chmodSync(dir, 0o755);
  log(
    `Rehearsal of ${selections.map((s) => s.file + (s.job ? `:${s.job}` : "")).join(", ")} at ` +
      `${facts.sha.slice(0, 12)} (${facts.headRef}), as ${account.name} ` +
      `(${account.sudo ? "passwordless sudo" : "no passwordless sudo"}), ` +
      `machine Node ${execFileSync("node", ["--version"], { encoding: "utf8", env: baseEnv(account, process.env) }).trim()} for npm`,
  );
  const jobs = await rehearse({
    source: root,
    selections,
    facts,
    account,
    baseEnv: baseEnv(account, process.env),
    dir,
    log,
  }).catch((error: unknown) => {
    log(`The clones are kept in ${dir}`);
    throw error;
  });
  const passed = jobs.every((j) => j.result !== "failure");
  log(report(jobs, (Date.now() - started) / 1000));
  if (passed && !args.includes("--keep")) {
    log(`Removing the clones in ${dir}`);
    rmSync(dir, { recursive: true, force: true });
  } else log(`The clones are kept in ${dir}`);
  return passed ? 0 : 1;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // A workflow the rehearsal cannot read or a machine it cannot set up: say so plainly.
  console.error(`ci:rehearse: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
