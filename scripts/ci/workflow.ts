/**
 * A GitHub workflow file read with the yaml library into what the rehearsal runs: its
 * trigger, env and defaults, and its jobs in the order their `needs` allow, each with its
 * steps. Also decides which steps the rehearsal cannot run here, and why.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parse } from "yaml";

/** One step of a job, as written. */
export interface Step {
  readonly index: number;
  readonly id?: string;
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly shell?: string;
  readonly workingDirectory?: string;
  readonly env?: unknown;
  readonly if?: unknown;
  readonly continueOnError?: unknown;
  readonly timeoutMinutes?: number;
}

/** One job, as written. */
export interface Job {
  readonly id: string;
  readonly name?: string;
  readonly needs: string[];
  readonly if?: unknown;
  readonly runsOn: unknown;
  readonly env?: unknown;
  readonly defaults: { shell?: string; workingDirectory?: string };
  readonly matrix?: unknown;
  readonly outputs?: Record<string, unknown>;
  readonly steps: Step[];
}

/** A workflow file, as written. */
export interface Workflow {
  readonly file: string;
  readonly name: string;
  /** The first trigger under `on:` (pull_request, push, ...). */
  readonly event: string;
  /** The trigger's first named branch, when it names one (`branches: [main]`). */
  readonly branch?: string;
  readonly env?: unknown;
  readonly defaults: { shell?: string; workingDirectory?: string };
  /** Jobs in an order where every job comes after the jobs it needs. */
  readonly jobs: Job[];
}

type Raw = Record<string, unknown>;
const map = (v: unknown): Raw => (v !== null && typeof v === "object" ? (v as Raw) : {});
const text = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.map(String) : typeof v === "string" ? [v] : [];

function defaultsOf(v: unknown): { shell?: string; workingDirectory?: string } {
  const run = map(map(v).run);
  return { shell: text(run.shell), workingDirectory: text(run["working-directory"]) };
}

function stepOf(raw: unknown, index: number): Step {
  const s = map(raw);
  return {
    index,
    id: text(s.id),
    name: text(s.name),
    uses: text(s.uses),
    run: text(s.run),
    shell: text(s.shell),
    workingDirectory: text(s["working-directory"]),
    env: s.env,
    if: s.if,
    continueOnError: s["continue-on-error"],
    timeoutMinutes: typeof s["timeout-minutes"] === "number" ? s["timeout-minutes"] : undefined,
  };
}

/** Orders jobs so that each follows the jobs it needs (file order otherwise). */
function ordered(jobs: Job[], file: string): Job[] {
  const done: Job[] = [];
  const pending = [...jobs];
  while (pending.length > 0) {
    const next = pending.findIndex((j) => j.needs.every((n) => done.some((d) => d.id === n)));
    if (next === -1)
      throw new Error(`${file}: jobs ${pending.map((j) => j.id).join(", ")} need each other`);
    done.push(...pending.splice(next, 1));
  }
  return done;
}

/** Reads a workflow file. */
export function readWorkflow(path: string): Workflow {
  const file = basename(path);
  const doc = map(parse(readFileSync(path, "utf8")));
  const on = doc.on ?? doc.true; // YAML 1.1 readers turn `on` into true; yaml 2 does not.
  const triggers = typeof on === "string" ? { [on]: {} } : Array.isArray(on) ? {} : map(on);
  const event =
    typeof on === "string" ? on : Array.isArray(on) ? String(on[0]) : Object.keys(triggers)[0];
  const branch = list(map(triggers[event ?? ""]).branches).find((b) => !/[*?[!]/.test(b));
  const jobs = Object.entries(map(doc.jobs)).map(([id, raw]): Job => {
    const j = map(raw);
    const strategy = map(j.strategy);
    return {
      id,
      name: text(j.name),
      needs: list(j.needs),
      if: j.if,
      runsOn: j["runs-on"],
      env: j.env,
      defaults: defaultsOf(j.defaults),
      matrix: strategy.matrix,
      outputs: j.outputs === undefined ? undefined : map(j.outputs),
      steps: (Array.isArray(j.steps) ? j.steps : []).map(stepOf),
    };
  });
  return {
    file,
    name: text(doc.name) ?? file,
    event: event ?? "push",
    branch,
    env: doc.env,
    defaults: defaultsOf(doc.defaults),
    jobs: ordered(jobs, file),
  };
}

/** The name GitHub shows for a step. */
export function stepLabel(step: Step): string {
  if (step.name) return step.name;
  if (step.uses) return `Run ${step.uses}`;
  return `Run ${(step.run ?? "").trim().split("\n")[0]}`;
}
