import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { carrel } from "../helpers/cli.ts";

const fresh = () => join(mkdtempSync(join(tmpdir(), "carrel-init-")), "library");

describe("carrel init", () => {
  it("creates a repository whose own tests pass: validate, render, docs --check", async () => {
    // given a new folder and answers on the command line
    const dir = fresh();
    const run = await carrel(
      "init",
      dir,
      "--name",
      "Maple Grove Library",
      "--code",
      "mgl",
      "--domain",
      "ad.mgl.org",
    );
    expect(run.code).toBe(0);
    for (const path of [
      "site.yaml",
      "stacks/Pulumi.mgl.yaml",
      "README.md",
      ".github/workflows/pull-request.yml",
      "docs/index.html",
    ]) {
      expect(existsSync(join(dir, path)), path).toBe(true);
    }
    // when the generated repository runs its own test script (with this project's packages)
    symlinkSync(resolve("node_modules"), join(dir, "node_modules"));
    const test = spawnSync("npm", ["test"], { cwd: dir, encoding: "utf8" });
    // then it passes
    expect(test.status, test.stdout + test.stderr).toBe(0);
    expect(test.stdout).toContain(
      "Maple Grove Library: 4 VLANs, 1 switch, 1 VM, 0 desktops, 2 groups; valid",
    );
    expect(readFileSync(join(dir, "site.yaml"), "utf8")).toContain("storageAccount: stmglbackup");
  });

  it("leaves out the sections not asked for", async () => {
    const dir = fresh();
    const run = await carrel(
      "init",
      dir,
      "--name",
      "Small Branch",
      "--code",
      "sb",
      "--domain",
      "sb.org",
      "--sections",
      "none",
    );
    expect(run.code).toBe(0);
    const site = readFileSync(join(dir, "site.yaml"), "utf8");
    expect(site).not.toMatch(/^(vsphere|azure|directory):/m);
    expect((await carrel("validate", join(dir, "site.yaml"))).code).toBe(0);
  });

  it("refuses a bad code, an unknown section and a folder that is not empty", async () => {
    const bad = await carrel("init", fresh(), "--name", "X", "--code", "X Y", "--domain", "x.org");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--code 'X Y' must be 2-16 characters");
    const section = await carrel(
      "init",
      fresh(),
      "--name",
      "X",
      "--code",
      "xy",
      "--domain",
      "x.org",
      "--sections",
      "vspere",
    );
    expect(section.err).toContain(
      "unknown section 'vspere' in --sections; did you mean 'vsphere'?",
    );
    const used = mkdtempSync(join(tmpdir(), "carrel-init-"));
    writeFileSync(join(used, "keep.txt"), "mine");
    const notEmpty = await carrel("init", used, "--name", "X", "--code", "xy", "--domain", "x.org");
    expect(notEmpty.code).toBe(2);
    expect(readFileSync(join(used, "keep.txt"), "utf8")).toBe("mine");
  });
});
