/**
 * What a member site inherits from consortium.yaml's defaults, and where a problem with an
 * inherited value is reported: in consortium.yaml, where it is written.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConsortium } from "../../src/consortium/consortium.ts";
import { validateSiteText } from "../../src/consortium/member.ts";
import { formatIssue } from "../../src/site/index.ts";
import { makeConsortium } from "../helpers/consortium.ts";

let dir = "";
const home = process.cwd();
beforeAll(() => {
  dir = makeConsortium();
  process.chdir(dir);
});
afterAll(() => process.chdir(home));

const text = (code: string) => readFileSync(join("sites", code, "site.yaml"), "utf8");

describe("a member site", () => {
  it("takes the consortium's time zone, contacts, vendors and groups where it has none of its own", () => {
    // given the branch, whose file has no time zone
    expect(text("mbl")).not.toMatch(/timezone:/);
    // when it is validated as a member
    const v = validateSiteText("sites/mbl/site.yaml", text("mbl"));
    // then it is valid, with what it inherits
    expect(v.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(v.site!.site.timezone).toBe("America/New_York");
    expect(v.site!.site.vendors.map((x) => x.name)).toContain("Valley Fiber");
    expect(v.site!.site.contacts.map((c) => c.name)).toContain("RVLC help desk");
    expect(v.site!.directory!.groups.map((g) => g.name)).toEqual(["RVLC-Catalogue-Staff"]);
  });

  it("keeps its own values: its time zone, and its groups before the shared one", () => {
    const v = validateSiteText("sites/hcl/site.yaml", text("hcl"));
    expect(v.site!.site.timezone).toBe("America/Los_Angeles");
    const rbpl = validateSiteText("sites/rbpl/site.yaml", text("rbpl"));
    const groups = rbpl.site!.directory!.groups.map((g) => g.name);
    expect(groups.at(-1)).toBe("RVLC-Catalogue-Staff");
    expect(groups.length).toBe(8);
  });

  it("is told, at its own line, that it may not define a shared group again", () => {
    const own = text("hcl") + "directory:\n  groups:\n    - name: RVLC-Catalogue-Staff\n";
    const line = own.split("\n").length - 1;
    const shared =
      readFileSync("consortium.yaml", "utf8")
        .split("\n")
        .findIndex((l) => l.includes("- name: RVLC-Catalogue-Staff")) + 1;
    const v = validateSiteText("sites/hcl/site.yaml", own);
    expect(v.issues.filter((i) => i.severity === "error").map(formatIssue)).toEqual([
      `sites/hcl/site.yaml:${line}:13  directory.groups[0].name  'RVLC-Catalogue-Staff' is a group every site shares (consortium.yaml:${shared}:15); a site cannot define it again: remove it here, or change it in consortium.yaml for every site`,
    ]);
  });

  it("reports a bad inherited value in consortium.yaml, where it is written", () => {
    const file = "consortium.yaml";
    const good = readFileSync(file, "utf8");
    const bad = good.replace("timezone: America/New_York", "timezone: America/New_Yrok");
    const where = bad.split("\n").findIndex((l) => l.includes("New_Yrok")) + 1;
    try {
      // the consortium file is read again when its text changes
      writeFileSync(file, bad);
      expect(readConsortium(file).ok).toBe(true);
      const v = validateSiteText("sites/mbl/site.yaml", text("mbl"));
      expect(v.issues.filter((i) => i.severity === "error").map(formatIssue)).toEqual([
        `consortium.yaml:${where}:15  defaults.site.timezone  'America/New_Yrok' is not a time zone name; did you mean 'America/New_York'?`,
      ]);
    } finally {
      writeFileSync(file, good);
    }
  });
});
