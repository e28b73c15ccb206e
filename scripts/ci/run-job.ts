/**
 * One job of a workflow, run as GitHub would on a fresh runner: a fresh clone of the
 * repository as the workspace, then each step in order in its shell and working
 * directory with the workflow's, job's and step's env, GITHUB_OUTPUT/ENV/PATH/
 * STEP_SUMMARY honoured between steps, `if:` conditions, continue-on-error and
 * timeouts; steps that need GitHub or the cloud are skipped and listed with why.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, isAbsolute, join } from "node:path";
import { type ExpressionContext, type Value, truthy } from "./expressions.ts";
import { createCommandFiles, readCommandFiles } from "./env-files.ts";
import {
  type ChangeFacts,
  type RunnerDirs,
  baseBranch,
  eventPayload,
  githubContext,
  runnerContext,
  runnerEnv,
} from "./github-context.ts";
import type { Combination } from "./matrix.ts";
import { type RunnerAccount, asAccount, giveTo } from "./runner-account.ts";
import { skipReason } from "./skips.ts";
import { childrenCpuSeconds, execute, shellCommand } from "./step-process.ts";
import { condition, evaluateEnv, evaluateValue, interpolate } from "./templates.ts";
import type { Invocation } from "../lib/privilege.ts";
import { type Job, type Step, type Workflow, stepLabel } from "./workflow.ts";

/** What became of one step. */
export interface StepResult {
  readonly label: string;
  readonly outcome: "success" | "failure" | "skipped";
  readonly seconds: number;
  /** Why it was skipped: a step the rehearsal cannot run, or its `if:`. */
  readonly why?: string;
}

/** What became of one job (one matrix combination). */
export interface JobResult {
  readonly label: string;
  readonly result: "success" | "failure";
  readonly seconds: number;
  /** Processor time of everything the job ran, user and system (figures under load). */
  readonly cpuSeconds: number;
  readonly steps: StepResult[];
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

/** Everything one job run needs. */
export interface JobRun {
  readonly workflow: Workflow;
  readonly job: Job;
  readonly label: string;
  readonly combination: Combination;
  readonly needs: Record<string, Value>;
  readonly facts: ChangeFacts;
  readonly account: RunnerAccount;
  /** The checkout to clone. */
  readonly source: string;
  /** An empty folder for this job's runner (workspace, temp, command files). */
  readonly dir: string;
  readonly toolCache: string;
  readonly baseEnv: Readonly<Record<string, string>>;
  readonly log: (line: string) => void;
  /** Where the steps' own output goes: the terminal, or nowhere (the tests). */
  readonly stepOutput: "inherit" | "ignore";
}

const git = (args: string[], cwd?: string) =>
  execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim();

/** The fresh clone, standing in for actions/checkout (full history, as fetch-depth: 0). */
function cloneWorkspace(run: JobRun, workspace: string): void {
  git(["clone", "-q", "--no-hardlinks", run.source, workspace]);
  git(["checkout", "-q", "--detach", run.facts.sha], workspace);
  // `carrel diff --base origin/<base>` needs the base branch, as a checkout with history has.
  const base = baseBranch(run.workflow);
  const ref = `refs/remotes/origin/${base}`;
  try {
    git(["rev-parse", "--verify", "-q", ref], workspace);
  } catch {
    git(["update-ref", ref, "HEAD"], workspace);
    run.log(`   (the checkout has no branch ${base}: origin/${base} is this commit here)`);
  }
}

/** The command that runs a step's script as the account, and the folder it runs in. */
function stepCommand(
  run: JobRun,
  step: Step,
  workspace: string,
  script: string,
  env: Record<string, string>,
): { invocation: Invocation; cwd: string } {
  const folder =
    step.workingDirectory ??
    run.job.defaults.workingDirectory ??
    run.workflow.defaults.workingDirectory;
  const cwd =
    folder === undefined ? workspace : isAbsolute(folder) ? folder : join(workspace, folder);
  const shell = step.shell ?? run.job.defaults.shell ?? run.workflow.defaults.shell;
  const [file, ...args] = shellCommand(shell, script);
  return { invocation: asAccount(run.account, file!, args, env), cwd };
}

/** Runs one job in a fresh clone and reports what happened. */
export async function runJob(run: JobRun): Promise<JobResult> {
  const started = Date.now();
  const cpuBefore = childrenCpuSeconds();
  const repo = basename(run.facts.repository);
  const dirs: RunnerDirs = {
    workspace: join(run.dir, repo, repo),
    temp: join(run.dir, "_temp"),
    toolCache: run.toolCache,
    eventPath: join(run.dir, "_temp", "_github_workflow", "event.json"),
  };
  mkdirSync(join(run.dir, repo), { recursive: true });
  mkdirSync(join(dirs.temp, "_github_workflow"), { recursive: true });
  cloneWorkspace(run, dirs.workspace);
  const event = eventPayload(run.workflow, run.facts);
  writeFileSync(dirs.eventPath, `${JSON.stringify(event, null, 2)}\n`);
  giveTo(run.account, run.dir);
  run.log(`   fresh clone of ${run.facts.sha.slice(0, 12)} in ${dirs.workspace}`);

  const runner = runnerEnv(run.workflow, run.job.id, dirs, run.facts);
  const steps: Record<string, Value> = {};
  let status: ExpressionContext["status"] = "success";
  const ctx = (env: Record<string, string>): ExpressionContext => ({
    status,
    contexts: {
      github: githubContext(runner, event),
      runner: runnerContext(runner),
      env,
      vars: {},
      secrets: {},
      matrix: run.combination,
      strategy: { "fail-fast": true, "max-parallel": 1 },
      needs: run.needs,
      steps,
      job: { status },
      inputs: {},
    },
  });
  const workflowEnv = evaluateEnv(run.workflow.env, ctx({}));
  const jobEnv = { ...workflowEnv, ...evaluateEnv(run.job.env, ctx(workflowEnv)) };
  const added: Record<string, string> = {};
  const paths: string[] = [];
  const results: StepResult[] = [];
  let summary = "";

  for (const step of run.job.steps) {
    const label = stepLabel(step);
    const n = `[${step.index + 1}/${run.job.steps.length}]`;
    const env = { ...jobEnv, ...added };
    const record = (result: StepResult, outcome: string, conclusion = outcome) => {
      results.push(result);
      if (step.id) steps[step.id] = { ...(steps[step.id] as object), outcome, conclusion };
    };
    const cannot = skipReason(step);
    if (cannot !== undefined) {
      run.log(`⤼ ${n} ${label}: skipped, ${cannot}`);
      if (step.id) steps[step.id] = { outputs: {}, outcome: "skipped", conclusion: "skipped" };
      record({ label, outcome: "skipped", seconds: 0, why: cannot }, "skipped");
      continue;
    }
    if (!condition(step.if, ctx(env))) {
      const why = step.if === undefined ? "an earlier step failed" : `if: ${String(step.if)}`;
      run.log(`⤼ ${n} ${label}: not run (${why})`);
      record({ label, outcome: "skipped", seconds: 0, why }, "skipped");
      continue;
    }
    const files = createCommandFiles(join(dirs.temp, "_runner_file_commands"), step.index, (p) =>
      giveTo(run.account, p),
    );
    const stepEnv = { ...env, ...evaluateEnv(step.env, ctx(env)) };
    const script = join(dirs.temp, `step${step.index + 1}.sh`);
    writeFileSync(script, `${interpolate(step.run ?? "", ctx(stepEnv))}\n`);
    giveTo(run.account, script);
    const environment = {
      ...run.baseEnv,
      PATH: [...paths, run.baseEnv.PATH].join(":"),
      ...runner,
      ...files,
      GITHUB_ACTION: step.id ?? `__run_${step.index + 1}`,
      ...stepEnv,
    };
    const { invocation, cwd } = stepCommand(run, step, dirs.workspace, script, environment);
    run.log(`▶ ${n} ${label}`);
    const t0 = Date.now();
    const code = await execute(
      invocation.file,
      invocation.args,
      cwd,
      step.timeoutMinutes,
      run.stepOutput,
      run.log,
    );
    const seconds = (Date.now() - t0) / 1000;
    const wrote = readCommandFiles(files);
    Object.assign(added, wrote.env);
    paths.unshift(...wrote.path.reverse());
    summary += wrote.summary;
    const outcome = code === 0 ? "success" : "failure";
    const tolerated =
      outcome === "failure" && truthy(evaluateValue(step.continueOnError ?? false, ctx(env)));
    if (step.id) steps[step.id] = { outputs: wrote.outputs };
    record({ label, outcome, seconds }, outcome, tolerated ? "success" : outcome);
    const notes = [`${seconds.toFixed(1)} s`];
    if (code !== 0) notes.push(`exit ${code}`);
    if (tolerated) notes.push("continue-on-error");
    run.log(`${outcome === "success" ? "✓" : "✗"} ${n} ${label} (${notes.join(", ")})`);
    if (outcome === "failure" && !tolerated) status = "failure";
  }

  const outputs = Object.fromEntries(
    Object.entries(run.job.outputs ?? {}).map(
      ([name, v]) => [name, interpolate(String(v), ctx(jobEnv))] as const,
    ),
  );
  return {
    label: run.label,
    result: status,
    seconds: (Date.now() - started) / 1000,
    cpuSeconds: childrenCpuSeconds() - cpuBefore,
    steps: results,
    outputs,
    summary,
  };
}
