import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { carrel } from "../helpers/cli.ts";
import { edit, EXAMPLE } from "../helpers/site.ts";

/** A git repository with two commits of the example: the second widens media-lab's range. */
function fixtureRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), "carrel-diff-"));
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", ...args], {
      cwd: dir,
      stdio: "ignore",
    });
  git("init", "-q", "-b", "main");
  writeFileSync(join(dir, "site.yaml"), EXAMPLE);
  cpSync("runbooks", join(dir, "runbooks"), { recursive: true });
  git("add", ".");
  git("commit", "-q", "-m", "first");
  writeFileSync(
    join(dir, "site.yaml"),
    edit(EXAMPLE, "10.20.60.100-10.20.60.200", "10.20.60.100-10.20.60.220").text,
  );
  git("commit", "-q", "-am", "widen the media lab range");
  return dir;
}

describe("carrel diff", () => {
  let repo: string;
  beforeAll(() => {
    repo = fixtureRepo();
  });

  it("shows only the files the change touches, as unified diffs", async () => {
    const run = await carrel("diff", join(repo, "site.yaml"), "--base", "HEAD~1");
    expect(run.code).toBe(0);
    const changed = [...run.out.matchAll(/^\+\+\+ b\/(.+)$/gm)].map((m) => m[1]);
    expect(changed).toContain("dhcp/dhcp01/kea-dhcp4.conf");
    expect(changed.every((p) => p!.startsWith("dhcp/") || p!.startsWith("dns/"))).toBe(true);
    expect(run.out).toMatch(/^-.*10\.20\.60\.200/m);
    expect(run.out).toMatch(/^\+.*10\.20\.60\.220/m);
    expect(run.out.trimEnd().split("\n").at(-1)).toMatch(
      /rendered files? differs? from HEAD~1: .*kea-dhcp4\.conf/,
    );
  });

  it("reports no difference against the same commit, and --exit-code signals differences", async () => {
    const same = await carrel("diff", join(repo, "site.yaml"), "--base", "HEAD");
    expect(same.out).toBe("No rendered file differs from HEAD.\n");
    const differs = await carrel(
      "diff",
      join(repo, "site.yaml"),
      "--base",
      "HEAD~1",
      "--exit-code",
    );
    expect(differs.code).toBe(1);
  });

  it("writes Markdown for a pull-request comment", async () => {
    const run = await carrel("diff", join(repo, "site.yaml"), "--base", "HEAD~1", "--markdown");
    expect(run.out).toMatch(/^\d+ rendered files? changes?:/);
    expect(run.out).toContain(
      "<summary><code>dhcp/dhcp01/kea-dhcp4.conf</code> (changed)</summary>",
    );
    expect(run.out).toContain("```diff");
  });

  it("says clearly when the base is not a commit", async () => {
    const run = await carrel("diff", join(repo, "site.yaml"), "--base", "no-such-branch");
    expect(run.code).toBe(2);
    expect(run.err).toContain("'no-such-branch' is not a commit");
  });
});
