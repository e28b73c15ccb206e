/**
 * A rehearsal of the repository's GitHub workflows: each selected workflow's jobs in the
 * order their `needs` allow (a selected job brings the jobs it needs), each matrix
 * combination in a fresh clone, with `needs.<job>.outputs` and results passed on and
 * job `if:` conditions honoured.
 */
import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Value } from "./expressions.ts";
import {
  type ChangeFacts,
  eventPayload,
  githubContext,
  runnerContext,
  runnerEnv,
} from "./github-context.ts";
import { combinationLabel, expandMatrix } from "./matrix.ts";
import { type JobResult, runJob } from "./run-job.ts";
import type { RunnerAccount } from "./runner-account.ts";
import { condition, interpolate } from "./templates.ts";
import { type Job, type Workflow, readWorkflow } from "./workflow.ts";

/** A job to rehearse: `file` (pull-request.yml) and, optionally, one job id in it. */
export interface Selection {
  readonly file: string;
  readonly job?: string;
}

/** Everything a rehearsal needs. */
export interface RehearsalOptions {
  /** The checkout whose workflows run, cloned afresh for every job. */
  readonly source: string;
  readonly selections: readonly Selection[];
  readonly facts: ChangeFacts;
  readonly account: RunnerAccount;
  readonly baseEnv: Readonly<Record<string, string>>;
  /** An empty folder the account can write in. */
  readonly dir: string;
  readonly log: (line: string) => void;
  /** Where the steps' own output goes; the terminal unless told otherwise. */
  readonly stepOutput?: "inherit" | "ignore";
}

/** What became of one job of one workflow, every combination included. */
export interface RehearsedJob {
  readonly workflow: Workflow;
  readonly job: Job;
  readonly result: "success" | "failure" | "skipped";
  readonly why?: string;
  readonly runs: JobResult[];
}

/** The workflow files in a checkout, by file name. */
export function workflowFiles(source: string): string[] {
  return readdirSync(join(source, ".github", "workflows"))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
}

/** The selected jobs plus every job they need, in the workflow's order. */
function jobsToRun(workflow: Workflow, only: string | undefined): Job[] {
  if (only === undefined) return workflow.jobs;
  if (!workflow.jobs.some((j) => j.id === only))
    throw new Error(
      `${workflow.file} has no job ${only}; its jobs: ${workflow.jobs.map((j) => j.id).join(", ")}`,
    );
  const wanted = new Set([only]);
  for (const job of [...workflow.jobs].reverse())
    if (wanted.has(job.id)) job.needs.forEach((n) => wanted.add(n));
  return workflow.jobs.filter((j) => wanted.has(j.id));
}

/** Runs the selected workflows' jobs and reports each. */
export async function rehearse(options: RehearsalOptions): Promise<RehearsedJob[]> {
  const done: RehearsedJob[] = [];
  const toolCache = join(options.dir, "_tool");
  mkdirSync(toolCache, { recursive: true });
  let counter = 0;
  for (const selection of options.selections) {
    const workflow = readWorkflow(join(options.source, ".github", "workflows", selection.file));
    const needs: Record<string, { result: string; outputs: Record<string, string> }> = {};
    for (const job of jobsToRun(workflow, selection.job)) {
      const needed = job.needs.map((n) => needs[n]);
      const allPassed = needed.every((n) => n?.result === "success");
      const jobNeeds: Record<string, Value> = Object.fromEntries(
        job.needs.map((n) => [n, needs[n] ?? { result: "skipped", outputs: {} }] as const),
      );
      // Job-level expressions see github, runner, needs, vars and secrets (empty here).
      const dirs = { workspace: "", temp: "", toolCache, eventPath: "" };
      const env = runnerEnv(workflow, job.id, dirs, options.facts);
      const ctx = {
        status: allPassed ? ("success" as const) : ("failure" as const),
        contexts: {
          github: githubContext(env, eventPayload(workflow, options.facts)),
          runner: runnerContext(env),
          needs: jobNeeds,
          vars: {},
          secrets: {},
          inputs: {},
        },
      };
      const title = `${workflow.name} › ${job.name ?? job.id}`;
      if (!condition(job.if, ctx)) {
        const why =
          job.if === undefined ? "a job it needs did not succeed" : `if: ${String(job.if)}`;
        options.log(`\n━━ ${title} (${workflow.file}, job ${job.id}): not run (${why})`);
        needs[job.id] = { result: "skipped", outputs: {} };
        done.push({ workflow, job, result: "skipped", why, runs: [] });
        continue;
      }
      const runs: JobResult[] = [];
      for (const combination of expandMatrix(job.matrix, ctx)) {
        const matrixCtx = { ...ctx, contexts: { ...ctx.contexts, matrix: combination } };
        const label = job.name
          ? interpolate(job.name, matrixCtx)
          : combinationLabel(job.id, combination);
        options.log(`\n━━ ${workflow.name} › ${label} (${workflow.file}, job ${job.id})`);
        options.log(`   runs-on: ${interpolate(String(job.runsOn ?? ""), matrixCtx) || "(none)"}`);
        const dir = join(options.dir, `${++counter}-${job.id}`);
        mkdirSync(dir);
        runs.push(
          await runJob({
            workflow,
            job,
            label,
            combination,
            needs: jobNeeds,
            facts: options.facts,
            account: options.account,
            source: options.source,
            dir,
            toolCache,
            baseEnv: options.baseEnv,
            log: options.log,
            stepOutput: options.stepOutput ?? "inherit",
          }),
        );
      }
      const result = runs.every((r) => r.result === "success") ? "success" : "failure";
      needs[job.id] = { result, outputs: Object.assign({}, ...runs.map((r) => r.outputs)) };
      done.push({ workflow, job, result, runs });
    }
  }
  return done;
}
