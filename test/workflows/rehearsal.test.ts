/**
 * The workflow rehearsal: what it reads in this repository's workflows and which steps
 * it cannot run here, and a real run of a small workflow (fresh clones, env at three
 * levels, GITHUB_OUTPUT/ENV/PATH/STEP_SUMMARY, working-directory, bash -e, if:,
 * continue-on-error, a matrix from a needed job's output) as the current user. The full
 * rehearsal of the real workflows is `npm run ci:rehearse`, a CI step of its own.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnvFile } from "../../scripts/ci/env-files.ts";
import { combinationLabel, expandMatrix } from "../../scripts/ci/matrix.ts";
import { type RehearsedJob, rehearse, workflowFiles } from "../../scripts/ci/rehearsal.ts";
import { baseEnv, type RunnerAccount } from "../../scripts/ci/runner-account.ts";
import { skipReason } from "../../scripts/ci/skips.ts";
import { readWorkflow, stepLabel } from "../../scripts/ci/workflow.ts";

const workflow = (file: string) => readWorkflow(join(".github", "workflows", file));

/** Every step of a workflow the rehearsal skips, as `job: label: reason`. */
const skipped = (file: string) =>
  workflow(file).jobs.flatMap((job) =>
    job.steps
      .filter((s) => skipReason(s) !== undefined)
      .map((s) => `${job.id}: ${stepLabel(s)}: ${skipReason(s)}`),
  );

describe("this repository's workflows, as the rehearsal reads them", () => {
  it("finds both workflows and orders each one's jobs by their needs", () => {
    expect(workflowFiles(".")).toEqual(["main.yml", "pull-request.yml"]);
    const pr = workflow("pull-request.yml");
    expect(pr).toMatchObject({ event: "pull_request", branch: "main", name: "Pull request" });
    expect(pr.jobs.map((j) => j.id)).toEqual(["check", "preview", "comment"]);
    expect(workflow("main.yml").jobs.map((j) => j.id)).toEqual(["stacks", "apply", "docs"]);
  });

  it("skips only actions and steps that need GitHub or cloud credentials", () => {
    expect(skipped("pull-request.yml")).toEqual([
      "check: Run actions/checkout@v4: checks the repository out on GitHub; the fresh clone stands in for it",
      "check: Run actions/setup-node@v4: installs Node on GitHub; the machine's Node runs npm here, and npm scripts use the project's pinned Node 24",
      "check: Run actions/upload-artifact@v4: stores a file in GitHub's artifact storage",
      "preview: Run actions/checkout@v4: checks the repository out on GitHub; the fresh clone stands in for it",
      "preview: Run actions/setup-node@v4: installs Node on GitHub; the machine's Node runs npm here, and npm scripts use the project's pinned Node 24",
      "preview: Run azure/login@v2: signs in to Azure with OpenID Connect from GitHub (cloud credentials)",
      "preview: Run pulumi/actions@v6: runs Pulumi against the state backend and the cloud (credentials)",
      "preview: Run actions/upload-artifact@v4: stores a file in GitHub's artifact storage",
      "comment: Run actions/download-artifact@v4: fetches files from GitHub's artifact storage",
      "comment: Write one comment with the previews and the rendered diff: calls the GitHub CLI, which needs a GitHub token",
    ]);
    // The test job's own scripts all run.
    const check = workflow("pull-request.yml").jobs[0]!;
    expect(check.steps.filter((s) => s.run && !skipReason(s)).map(stepLabel)).toEqual([
      "Run npm ci",
      "Validate",
      "Tests",
      "Render configurations",
      "Documentation is up to date",
      "Rendered files compared with the base branch",
      "Stacks to preview",
    ]);
    // The merge workflow: its stack list runs here too (carrel stacks), the cloud does not.
    expect(skipped("main.yml")).toEqual([
      "stacks: Run actions/checkout@v4: checks the repository out on GitHub; the fresh clone stands in for it",
      "stacks: Run actions/setup-node@v4: installs Node on GitHub; the machine's Node runs npm here, and npm scripts use the project's pinned Node 24",
      "apply: Run actions/checkout@v4: checks the repository out on GitHub; the fresh clone stands in for it",
      "apply: Run actions/setup-node@v4: installs Node on GitHub; the machine's Node runs npm here, and npm scripts use the project's pinned Node 24",
      "apply: Run azure/login@v2: signs in to Azure with OpenID Connect from GitHub (cloud credentials)",
      "apply: Run pulumi/actions@v6: runs Pulumi against the state backend and the cloud (credentials)",
      "docs: Run actions/checkout@v4: checks the repository out on GitHub; the fresh clone stands in for it",
      "docs: Run actions/setup-node@v4: installs Node on GitHub; the machine's Node runs npm here, and npm scripts use the project's pinned Node 24",
      "docs: Run actions/configure-pages@v5: needs the repository's GitHub Pages settings",
      "docs: Run actions/upload-pages-artifact@v3: uploads the site to GitHub Pages",
      "docs: Run actions/deploy-pages@v4: publishes to GitHub Pages",
    ]);
  });

  it("tells a gh or pulumi command from a word in a string", () => {
    const step = (run: string) => ({ index: 0, run });
    expect(skipReason(step("gh pr view 1"))).toMatch(/GitHub CLI/);
    expect(skipReason(step("x=1 && gh api /user"))).toMatch(/GitHub CLI/);
    expect(skipReason(step("npx pulumi up --yes"))).toMatch(/Pulumi/);
    expect(skipReason(step('echo "see gh docs"; ls -gh'))).toBeUndefined();
    expect(skipReason(step("npx carrel docs --out pulumi-up-notes"))).toBeUndefined();
  });
});

describe("npm run ci:rehearse", () => {
  it.each([
    ["nope", "no workflow nope; the workflows: main.yml, pull-request.yml"],
    ["pull-request:nojob", "pull-request.yml has no job nojob; its jobs: check, preview, comment"],
    ["--bogus", "unknown option --bogus"],
  ])("refuses %s plainly, with the usage and exit 2, before doing anything", (arg, message) => {
    const run = spawnSync(process.execPath, ["scripts/ci/rehearse.ts", arg], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe(message);
    expect(run.stderr).toContain("usage: npm run ci:rehearse -- [--keep] [WORKFLOW[:JOB]]...");
    expect(run.stdout).toBe("");
  });
});

describe("matrix and command files", () => {
  const ctx = { status: "success" as const, contexts: {} };
  it("expands lists, excludes and includes as GitHub does", () => {
    const m = {
      os: ["a", "b"],
      node: [1, 2],
      exclude: [{ os: "b", node: 2 }],
      include: [
        { os: "a", extra: "x" },
        { os: "c", node: 3 },
      ],
    };
    expect(expandMatrix(m, ctx)).toEqual([
      { os: "a", node: 1, extra: "x" },
      { os: "a", node: 2, extra: "x" },
      { os: "b", node: 1 },
      { os: "c", node: 3 },
    ]);
    expect(expandMatrix(undefined, ctx)).toEqual([{}]);
    expect(combinationLabel("apply", { stack: "example" })).toBe("apply (example)");
  });

  it("reads NAME=value lines and NAME<<DELIMITER blocks", () => {
    expect(parseEnvFile("a=1\nb=x=y\n\nlist<<EOF\none\ntwo\nEOF\nc=", "GITHUB_OUTPUT")).toEqual({
      a: "1",
      b: "x=y",
      list: "one\ntwo",
      c: "",
    });
    expect(() => parseEnvFile("x<<END\nnever closed", "GITHUB_ENV")).toThrow(
      "GITHUB_ENV: x has no closing line END",
    );
    expect(() => parseEnvFile("no equals sign", "GITHUB_ENV")).toThrow(
      'cannot read the line "no equals sign"',
    );
  });
});

/** A small workflow exercising what the rehearsal must honour. */
const SAMPLE = `name: Sample
on:
  pull_request:
    branches: [trunk]
env:
  LEVEL: workflow
  FROM_WORKFLOW: w
jobs:
  first:
    runs-on: \${{ vars.CARREL_RUNNER || 'ubuntu-latest' }}
    env:
      LEVEL: job
    outputs:
      list: \${{ steps.make.outputs.list }}
    steps:
      - uses: actions/checkout@v4
      - id: make
        env:
          LEVEL: step
        run: |
          test "$LEVEL" = step && test "$FROM_WORKFLOW" = w
          test "$GITHUB_EVENT_NAME" = pull_request && test "$GITHUB_BASE_REF" = trunk
          test "$GITHUB_REF" = refs/pull/1/merge && test -f "$GITHUB_EVENT_PATH"
          test "$(git rev-parse HEAD)" = "$GITHUB_SHA" && test "$PWD" = "$GITHUB_WORKSPACE"
          git rev-parse --verify -q origin/trunk
          test -z "\${{ secrets.TOKEN }}" && test "\${{ github.event.pull_request.number }}" = 1
          echo 'list=["a","b"]' >> "$GITHUB_OUTPUT"
          printf 'GREETING<<EOF\\nhello\\nthere\\nEOF\\n' >> "$GITHUB_ENV"
          mkdir -p "$RUNNER_TEMP/bin" && printf '#!/bin/sh\\necho tool\\n' > "$RUNNER_TEMP/bin/mytool"
          chmod +x "$RUNNER_TEMP/bin/mytool" && echo "$RUNNER_TEMP/bin" >> "$GITHUB_PATH"
          echo "### made" >> "$GITHUB_STEP_SUMMARY"
      - name: Later steps see GITHUB_ENV and GITHUB_PATH, in a working directory
        working-directory: sub
        run: |
          test "$LEVEL" = job && test "$GREETING" = "$(printf 'hello\\nthere')"
          test "$(mytool)" = tool && test "$(basename "$PWD")" = sub
      - name: bash -e stops at the first failing command
        continue-on-error: true
        run: |
          false
          echo "not reached" > reached
      - name: Nothing ran after false
        run: test ! -e reached
      - name: shell bash adds pipefail
        shell: bash
        continue-on-error: true
        run: false | true
      - name: Stopped by its timeout
        timeout-minutes: 0.02
        continue-on-error: true
        run: sleep 30
      - name: Comment
        run: gh pr comment 1 --body hi
  second:
    needs: first
    strategy:
      matrix:
        item: \${{ fromJSON(needs.first.outputs.list) }}
    name: Second \${{ matrix.item }}
    runs-on: ubuntu-latest
    steps:
      - run: test "\${{ matrix.item }}" = a -o "\${{ matrix.item }}" = b
      - run: exit 3
      - name: Skipped after a failure
        run: "true"
      - name: Runs on failure
        if: failure()
        run: echo "\${{ job.status }}"
  third:
    needs: second
    runs-on: ubuntu-latest
    steps:
      - run: "true"
`;

describe("a rehearsal of a small workflow, as the current user", () => {
  let source: string;
  let dir: string;
  let jobs: RehearsedJob[];
  const lines: string[] = [];

  beforeAll(async () => {
    source = mkdtempSync(join(tmpdir(), "carrel-rehearsal-source-"));
    mkdirSync(join(source, ".github", "workflows"), { recursive: true });
    mkdirSync(join(source, "sub"));
    writeFileSync(join(source, "sub", "keep"), "");
    writeFileSync(join(source, ".github", "workflows", "sample.yml"), SAMPLE);
    const git = (...args: string[]) => execFileSync("git", args, { cwd: source, stdio: "ignore" });
    git("init", "-q", "-b", "feature");
    git("add", ".");
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "sample");
    const sha = execFileSync("git", ["rev-parse", "HEAD"], {
      cwd: source,
      encoding: "utf8",
    }).trim();
    dir = mkdtempSync(join(tmpdir(), "carrel-rehearsal-"));
    const me = userInfo();
    const sudo = spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0;
    const account: RunnerAccount = { name: me.username, home: me.homedir, switches: false, sudo };
    jobs = await rehearse({
      source,
      selections: [{ file: "sample.yml" }],
      facts: {
        sha,
        headRef: "feature",
        repository: "example-library/sample",
        runId: "1",
        actor: "t",
      },
      account,
      baseEnv: baseEnv(account, process.env),
      dir,
      log: (line) => lines.push(line),
      stepOutput: "ignore",
    });
  });

  afterAll(() => {
    for (const d of [source, dir]) if (d) rmSync(d, { recursive: true, force: true });
  });

  it("runs every step it can, in order, and passes outputs, env and PATH on", () => {
    const first = jobs[0]!;
    expect(first.result).toBe("success");
    expect(first.runs[0]!.steps.map((s) => [s.label, s.outcome])).toEqual([
      ["Run actions/checkout@v4", "skipped"],
      ['Run test "$LEVEL" = step && test "$FROM_WORKFLOW" = w', "success"],
      ["Later steps see GITHUB_ENV and GITHUB_PATH, in a working directory", "success"],
      ["bash -e stops at the first failing command", "failure"],
      ["Nothing ran after false", "success"],
      ["shell bash adds pipefail", "failure"],
      ["Stopped by its timeout", "failure"],
      ["Comment", "skipped"],
    ]);
    expect(first.runs[0]!.outputs).toEqual({ list: '["a","b"]' });
    expect(first.runs[0]!.summary).toBe("### made\n");
    expect(lines).toContain("   runs-on: ubuntu-latest");
    expect(lines).toContain("   (the step ran past its timeout-minutes: 0.02; stopping it)");
  });

  it("runs a matrix job once per value of a needed job's output, skipping after a failure", () => {
    const second = jobs[1]!;
    expect(second.result).toBe("failure");
    expect(second.runs.map((r) => r.label)).toEqual(["Second a", "Second b"]);
    expect(second.runs[0]!.steps.map((s) => s.outcome)).toEqual([
      "success",
      "failure",
      "skipped",
      "success",
    ]);
    expect(second.runs[0]!.steps[2]!.why).toBe("an earlier step failed");
  });

  it("does not run a job whose needed job failed", () => {
    expect(jobs[2]).toMatchObject({ result: "skipped", why: "a job it needs did not succeed" });
  });
});
