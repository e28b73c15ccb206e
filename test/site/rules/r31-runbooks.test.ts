import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateText } from "../../../src/site/index.ts";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

const RUNBOOK = "runbooks/replace-a-switch.md";

describe("R31 runbooks", () => {
  it("accepts the example's runbooks, which exist next to site.yaml", () => {
    expect(found(check(EXAMPLE), "R31")).toEqual([]);
  });

  it("rejects a runbook that does not exist", () => {
    const e = edit(EXAMPLE, RUNBOOK, "runbooks/replace-a-router.md");
    expect(found(check(e.text), "R31")).toEqual([
      `${e.at} operations.runbooks[1] runbook 'runbooks/replace-a-router.md' does not exist in the folder of the site file; create it or correct the path`,
    ]);
  });

  it("rejects a runbook that is not Markdown", () => {
    const e = edit(EXAMPLE, RUNBOOK, "runbooks/replace-a-switch.docx");
    expect(found(check(e.text), "R31")).toEqual([
      `${e.at} operations.runbooks[1] 'runbooks/replace-a-switch.docx' is not a Markdown file; a runbook is a file ending in .md`,
    ]);
  });

  it("rejects a path that climbs out of the site's folder", () => {
    for (const path of [
      "../replace-a-switch.md",
      "runbooks/../../replace-a-switch.md",
      "..\\x.md",
    ]) {
      const e = edit(EXAMPLE, RUNBOOK, path);
      expect(found(check(e.text), "R31")).toEqual([
        `${e.at} operations.runbooks[1] '${path}' points outside the folder of the site file; keep runbooks in that folder, for example under runbooks/`,
      ]);
    }
  });

  it("rejects an absolute path", () => {
    for (const path of ["/srv/runbooks/replace-a-switch.md", "C:/runbooks/replace-a-switch.md"]) {
      const e = edit(EXAMPLE, RUNBOOK, path);
      expect(found(check(e.text), "R31")).toEqual([
        `${e.at} operations.runbooks[1] '${path}' is an absolute path; write it relative to the folder of the site file, like runbooks/restore-a-vm.md`,
      ]);
    }
  });

  it("rejects a runbook that is a link to a file outside the site's folder", () => {
    // given a site folder whose second runbook links to a file elsewhere
    const dir = mkdtempSync(join(tmpdir(), "carrel-r31-"));
    const outside = join(mkdtempSync(join(tmpdir(), "carrel-r31-out-")), "secret.md");
    writeFileSync(outside, "# not a runbook\n");
    mkdirSync(join(dir, "runbooks"));
    writeFileSync(join(dir, "runbooks", "restore-a-vm.md"), "# Restore\n");
    symlinkSync(outside, join(dir, "runbooks", "replace-a-switch.md"));
    // when validated there
    const result = validateText(join(dir, "site.yaml"), EXAMPLE, { today: "2026-11-23" });
    // then the link is reported
    expect(result.issues.filter((i) => i.rule === "R31").map((i) => i.message)).toEqual([
      "'runbooks/replace-a-switch.md' is a link to a file outside the folder of the site file; copy the runbook into the folder instead",
    ]);
  });
});
