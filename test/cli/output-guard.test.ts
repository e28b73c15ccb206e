import { cpSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { carrel } from "../helpers/cli.ts";
import { EXAMPLE } from "../helpers/site.ts";

/** A project folder: the example site, its runbooks, and a file of the user's own. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), "carrel-guard-"));
  writeFileSync(join(dir, "site.yaml"), EXAMPLE);
  cpSync("runbooks", join(dir, "runbooks"), { recursive: true });
  writeFileSync(join(dir, "notes.txt"), "mine\n");
  return dir;
}

describe("output folders", () => {
  it.each(["render", "docs"])("%s --out . refuses to replace the project, exit 2", async (cmd) => {
    const dir = project();
    const run = await carrel(cmd, join(dir, "site.yaml"), "--out", dir);
    expect(run.code).toBe(2);
    expect(run.err).toContain("holds");
    expect(readdirSync(dir).sort()).toEqual(["notes.txt", "runbooks", "site.yaml"]);
  });

  it("refuses a folder of the user's own files, such as runbooks/", async () => {
    const dir = project();
    const run = await carrel("render", join(dir, "site.yaml"), "--out", join(dir, "runbooks"));
    expect(run.code).toBe(2);
    expect(run.err).toContain("already holds files Carrel did not write");
    expect(existsSync(join(dir, "runbooks", "restore-a-vm.md"))).toBe(true);
  });
});
