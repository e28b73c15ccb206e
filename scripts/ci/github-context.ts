/**
 * Plausible GitHub values for a rehearsal: the GITHUB_* and RUNNER_* variables a hosted
 * runner sets, the `github` and `runner` expression contexts, and the event payload,
 * for a pull request into the workflow's branch or a push to it. Secrets are empty.
 */
import type { Value } from "./expressions.ts";
import type { Workflow } from "./workflow.ts";

/** Facts about the change being rehearsed, the same for every job. */
export interface ChangeFacts {
  /** The commit checked out. */
  readonly sha: string;
  /** The branch the change is on (a pull request's head). */
  readonly headRef: string;
  /** `owner/name`. */
  readonly repository: string;
  readonly runId: string;
  readonly actor: string;
}

/** Folders of one job's runner. */
export interface RunnerDirs {
  readonly workspace: string;
  readonly temp: string;
  readonly toolCache: string;
  readonly eventPath: string;
}

/** The pull request number every rehearsal pretends to be. */
export const PULL_REQUEST = 1;

/** The branch a pull request targets or a push lands on: the workflow's, else main. */
export const baseBranch = (workflow: Workflow): string => workflow.branch ?? "main";

/** The event payload GitHub would write to GITHUB_EVENT_PATH. */
export function eventPayload(workflow: Workflow, facts: ChangeFacts): Record<string, Value> {
  const [owner = "", name = ""] = facts.repository.split("/");
  const repository = { full_name: facts.repository, name, owner: { login: owner } };
  const base = baseBranch(workflow);
  switch (workflow.event) {
    case "pull_request":
    case "pull_request_target":
      return {
        action: "synchronize",
        number: PULL_REQUEST,
        pull_request: {
          number: PULL_REQUEST,
          title: `Rehearsal of ${facts.headRef}`,
          head: { ref: facts.headRef, sha: facts.sha },
          base: { ref: base },
        },
        repository,
        sender: { login: facts.actor },
      };
    default:
      return {
        ref: `refs/heads/${base}`,
        after: facts.sha,
        repository,
        sender: { login: facts.actor },
        inputs: {},
      };
  }
}

/** The GITHUB_* and RUNNER_* variables of a job (command files are added per step). */
export function runnerEnv(
  workflow: Workflow,
  jobId: string,
  dirs: RunnerDirs,
  facts: ChangeFacts,
): Record<string, string> {
  const pullRequest = workflow.event.startsWith("pull_request");
  const base = baseBranch(workflow);
  const ref = pullRequest ? `refs/pull/${PULL_REQUEST}/merge` : `refs/heads/${base}`;
  const owner = facts.repository.split("/")[0] ?? "";
  return {
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKFLOW: workflow.name,
    GITHUB_WORKFLOW_REF: `${facts.repository}/.github/workflows/${workflow.file}@${ref}`,
    GITHUB_RUN_ID: facts.runId,
    GITHUB_RUN_NUMBER: "1",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_JOB: jobId,
    GITHUB_ACTOR: facts.actor,
    GITHUB_TRIGGERING_ACTOR: facts.actor,
    GITHUB_REPOSITORY: facts.repository,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_EVENT_NAME: workflow.event,
    GITHUB_EVENT_PATH: dirs.eventPath,
    GITHUB_SHA: facts.sha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: pullRequest ? `${PULL_REQUEST}/merge` : base,
    GITHUB_REF_TYPE: "branch",
    GITHUB_HEAD_REF: pullRequest ? facts.headRef : "",
    GITHUB_BASE_REF: pullRequest ? base : "",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_API_URL: "https://api.github.com",
    GITHUB_GRAPHQL_URL: "https://api.github.com/graphql",
    GITHUB_WORKSPACE: dirs.workspace,
    GITHUB_RETENTION_DAYS: "90",
    RUNNER_OS: "Linux",
    RUNNER_ARCH: process.arch === "arm64" ? "ARM64" : "X64",
    RUNNER_NAME: "Carrel rehearsal",
    RUNNER_ENVIRONMENT: "github-hosted",
    RUNNER_TEMP: dirs.temp,
    RUNNER_TOOL_CACHE: dirs.toolCache,
    RUNNER_WORKSPACE: dirs.workspace.replace(/\/[^/]+$/, ""),
  };
}

/** The `github` context of expressions, from a job's variables and the event payload. */
export function githubContext(
  env: Readonly<Record<string, string>>,
  event: Record<string, Value>,
): Record<string, Value> {
  return {
    action: "__run",
    actor: env.GITHUB_ACTOR ?? "",
    api_url: env.GITHUB_API_URL ?? "",
    base_ref: env.GITHUB_BASE_REF ?? "",
    event,
    event_name: env.GITHUB_EVENT_NAME ?? "",
    event_path: env.GITHUB_EVENT_PATH ?? "",
    head_ref: env.GITHUB_HEAD_REF ?? "",
    job: env.GITHUB_JOB ?? "",
    ref: env.GITHUB_REF ?? "",
    ref_name: env.GITHUB_REF_NAME ?? "",
    ref_type: env.GITHUB_REF_TYPE ?? "",
    repository: env.GITHUB_REPOSITORY ?? "",
    repository_owner: env.GITHUB_REPOSITORY_OWNER ?? "",
    run_attempt: env.GITHUB_RUN_ATTEMPT ?? "",
    run_id: env.GITHUB_RUN_ID ?? "",
    run_number: env.GITHUB_RUN_NUMBER ?? "",
    server_url: env.GITHUB_SERVER_URL ?? "",
    sha: env.GITHUB_SHA ?? "",
    // A secret: a rehearsal has no token.
    token: "",
    workflow: env.GITHUB_WORKFLOW ?? "",
    workspace: env.GITHUB_WORKSPACE ?? "",
  };
}

/** The `runner` context of expressions. */
export function runnerContext(env: Readonly<Record<string, string>>): Record<string, Value> {
  return {
    arch: env.RUNNER_ARCH ?? "",
    environment: env.RUNNER_ENVIRONMENT ?? "",
    name: env.RUNNER_NAME ?? "",
    os: env.RUNNER_OS ?? "",
    temp: env.RUNNER_TEMP ?? "",
    tool_cache: env.RUNNER_TOOL_CACHE ?? "",
  };
}
