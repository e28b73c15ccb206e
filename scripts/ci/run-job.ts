/**
 * One job of a workflow, run as GitHub would on a fresh runner: a fresh clone of the
 * repository as the workspace, then each step in order in its shell and working
 * directory with the workflow's, job's and step's env, GITHUB_OUTPUT/ENV/PATH/
 * STEP_SUMMARY honoured between steps, `if:` conditions, continue-on-error and
 * timeouts; steps that need GitHub or the cloud are skipped and listed with why.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
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
import { condition, evaluateEnv, evaluateValue, interpolate } from "./templates.ts";
import { type Job, type Workflow, stepLabel } from "./workflow.ts";

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

/** The shell command GitHub runs a script file with, for a step's `shell:`. */
function shellCommand(shell: string | undefined, script: string): string[] {
  switch (shell ?? "") {
    case "":
      return ["bash", "-e", script];
    case "bash":
      return ["bash", "--noprofile", "--norc", "-eo", "pipefail", script];
    case "sh":
      return ["sh", "-e", script];
    case "python":
      return ["python3", script];
    default:
      if (!shell!.includes("{0}")) throw new Error(`shell "${shell}" has no {0} for the script`);
      return shell!
        .trim()
        .split(/\s+/)
        .map((part) => part.replace("{0}", script));
  }
}

/** Runs one command, output straight to the terminal; resolves with its exit status. */
function execute(
  file: string,
  args: string[],
  cwd: string,
  timeoutMinutes: number | undefined,
  output: "inherit" | "ignore",
): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(file, args, {
      cwd,
      stdio: ["ignore", output, output],
      detached: true,
    });
    const timer =
      timeoutMinutes === undefined
        ? undefined
        : setTimeout(() => process.kill(-child.pid!, "SIGKILL"), timeoutMinutes * 60_000);
    // Ctrl-C stops the step's whole process group (it has its own), then the rehearsal.
    const interrupted = () => {
      process.kill(-child.pid!, "SIGTERM");
      child.once("exit", () => process.exit(130));
    };
    process.once("SIGINT", interrupted);
    process.once("SIGTERM", interrupted);
    child.on("error", () => resolve(127));
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      process.off("SIGINT", interrupted);
      process.off("SIGTERM", interrupted);
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

const TICKS = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

/** Processor seconds used so far by this process's finished children (Linux /proc). */
function childrenCpuSeconds(): number {
  // Fields after the command name: state is field 3; cutime and cstime are fields 16 and 17.
  const fields = readFileSync("/proc/self/stat", "utf8")
    .replace(/^.*\) /s, "")
    .split(" ");
  return (Number(fields[13]) + Number(fields[14])) / TICKS;
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
    const cwdName =
      step.workingDirectory ??
      run.job.defaults.workingDirectory ??
      run.workflow.defaults.workingDirectory;
    const cwd =
      cwdName === undefined
        ? dirs.workspace
        : isAbsolute(cwdName)
          ? cwdName
          : join(dirs.workspace, cwdName);
    const base = { ...run.baseEnv };
    base.PATH = [...paths, base.PATH].join(":");
    const full = {
      ...base,
      ...runner,
      ...files,
      GITHUB_ACTION: step.id ?? `__run_${step.index + 1}`,
      ...stepEnv,
    };
    const shell = step.shell ?? run.job.defaults.shell ?? run.workflow.defaults.shell;
    const [file, ...args] = shellCommand(shell, script);
    const invocation = asAccount(run.account, file!, args, full);
    run.log(`▶ ${n} ${label}`);
    const t0 = Date.now();
    const code = await execute(
      invocation.file,
      invocation.args,
      cwd,
      step.timeoutMinutes,
      run.stepOutput,
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
    run.log(
      `${outcome === "success" ? "✓" : "✗"} ${n} ${label} (${seconds.toFixed(1)} s${code === 0 ? "" : `, exit ${code}`}${tolerated ? ", continue-on-error" : ""})`,
    );
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
