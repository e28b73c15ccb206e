/**
 * `docs --since REF` and `diff --base REF` load the site at a git ref through one module:
 * the same refusals, the same exit code for an unknown ref, and the site's own template
 * folder as it was at the ref.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkRef, loadSiteAtRef } from "../../src/cli/site-at-ref.ts";
import { carrel } from "../helpers/cli.ts";
import { EXAMPLE } from "../helpers/site.ts";

const ZONE = readFileSync("templates/dns/zone.hbs", "utf8");

/**
 * A repository whose site lives in a subfolder and has its own zone template; the first
 * commit's template adds one comment line, the working tree's another.
 */
function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), "carrel-refs-"));
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=T", "-c", "user.email=t@example.org", ...args], {
      cwd: dir,
      stdio: "ignore",
    });
  const lib = join(dir, "library");
  mkdirSync(join(lib, "my-templates", "dns"), { recursive: true });
  cpSync("runbooks", join(lib, "runbooks"), { recursive: true });
  writeFileSync(join(lib, "site.yaml"), `${EXAMPLE}\ntemplates: my-templates\n`);
  writeFileSync(join(lib, "my-templates", "dns", "zone.hbs"), `${ZONE}; as committed\n`);
  git("init", "-q", "-b", "main");
  git("add", ".");
  git("commit", "-q", "-m", "first");
  writeFileSync(join(lib, "my-templates", "dns", "zone.hbs"), `${ZONE}; in the working tree\n`);
  return dir;
}

describe("a site at a git ref", () => {
  let repo: string;
  let site: string;
  beforeAll(() => {
    repo = repository();
    site = join(repo, "library", "site.yaml");
  });

  it("refuses a ref that starts with '-', for both commands, before running git", async () => {
    for (const [args, flag] of [
      [["diff", site, "--base=--output=/tmp/x"], "--base"],
      [["docs", site, "--out", join(repo, "docs"), "--since=-p"], "--since"],
    ] as const) {
      const run = await carrel(...args);
      expect(run.code).toBe(2);
      const ref = args.at(-1)!.split("=").slice(1).join("=");
      expect(run.err.split("\n")[0]).toBe(
        `carrel ${args[0]}: ${flag} '${ref}' is not a git ref: a ref cannot start with '-'`,
      );
    }
    expect(() => checkRef("main\nx", "--base")).toThrow("holds a control character");
  });

  it("gives exit code 2 for an unknown ref, for both commands alike", async () => {
    const diff = await carrel("diff", site, "--base", "no-such-ref");
    const docs = await carrel("docs", site, "--out", join(repo, "docs"), "--since", "no-such-ref");
    for (const [run, flag, name] of [
      [diff, "--base", "diff"],
      [docs, "--since", "docs"],
    ] as const) {
      expect(run.code).toBe(2);
      expect(run.err.split("\n")[0]).toBe(
        `carrel ${name}: ${flag} 'no-such-ref' is not a commit, branch or tag of the git repository holding ${site}`,
      );
    }
  });

  it("reads the site and its template folder as they were committed", () => {
    const at = loadSiteAtRef(site, "main", "--base");
    try {
      expect(at.path).toBe("library/site.yaml");
      expect(at.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(at.model?.site.site.code).toBe("rbpl");
      const [folder] = at.templateFolders();
      expect(readFileSync(join(folder!, "dns", "zone.hbs"), "utf8")).toMatch(/; as committed\n$/);
    } finally {
      at.dispose();
    }
  });

  it("diff compares with the ref's own templates: only the template change shows", async () => {
    const run = await carrel("diff", site, "--base", "main");
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^-; as committed$/m);
    expect(run.out).toMatch(/^\+; in the working tree$/m);
    // every changed line is the template's comment; no other line of any file changes
    expect(run.out).not.toMatch(/^(?!--- |\+\+\+ )[-+](?!; ).*$/m);
  });

  it("docs --since reads the same site at the ref", async () => {
    const run = await carrel("docs", site, "--out", join(repo, "docs"), "--since", "main");
    expect(run.code).toBe(0);
    expect(run.out).toContain("0 changes since main");
  });
});
