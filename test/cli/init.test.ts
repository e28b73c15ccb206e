import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { initFiles, type InitAnswers } from "../../src/cli/commands/init.ts";
import { createEngine } from "../../src/render/engine.ts";
import { initSiteYaml } from "../../src/cli/init/site-yaml.ts";
import { validateText } from "../../src/site/index.ts";
import { carrel } from "../helpers/cli.ts";

const fresh = () => join(mkdtempSync(join(tmpdir(), "carrel-init-")), "library");

/** One line of text without control characters or surrounding spaces: what --name accepts. */
const oneLine = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 40 })
  .filter((s) => s === s.trim() && s.length > 0 && !/[\p{Cc}\u2028\u2029]/u.test(s));

describe("carrel init", () => {
  it("creates a thin repository that validates, renders and documents (Carrel is a dependency)", async () => {
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
      "--carrel",
      "github:example/carrel#v1.2.3",
    );
    expect(run.code).toBe(0);
    // then it holds the library's files and nothing of Carrel's own
    for (const path of [
      "site.yaml",
      "stacks/Pulumi.mgl.yaml",
      "runbooks/getting-started.md",
      "templates/README.md",
      "README.md",
      "Pulumi.yaml",
      "package.json",
      ".github/workflows/pull-request.yml",
      ".github/workflows/main.yml",
      "docs/index.html",
    ]) {
      expect(existsSync(join(dir, path)), path).toBe(true);
    }
    for (const path of ["src", "bin", "components", "tsconfig.json", "schema"])
      expect(existsSync(join(dir, path)), path).toBe(false);
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
      main: string;
      scripts: Record<string, string>;
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(pkg.dependencies).toEqual({ carrel: "github:example/carrel#v1.2.3" });
    expect(Object.keys(pkg.devDependencies)).toEqual(["node"]);
    expect(pkg.main).toBe("node_modules/carrel/bin/pulumi.mjs");
    expect(pkg.scripts.test).toBe("carrel validate && carrel render && carrel docs --check");
    expect(parse(readFileSync(join(dir, "Pulumi.yaml"), "utf8"))).toMatchObject({
      name: "carrel",
      runtime: { name: "nodejs", options: { typescript: false } },
      stackConfigDir: "stacks",
    });
    // the workflows are Carrel's own
    expect(readFileSync(join(dir, ".github/workflows/main.yml"), "utf8")).toBe(
      readFileSync(".github/workflows/main.yml", "utf8"),
    );
    // and the site is valid, with its template overrides folder
    const site = readFileSync(join(dir, "site.yaml"), "utf8");
    expect(site).toContain("storageAccount: stmglbackup");
    expect(site).toMatch(/^templates: templates /m);
    const validated = await carrel("validate", join(dir, "site.yaml"));
    expect(validated.out).toContain(
      "Maple Grove Library: 4 VLANs, 1 switch, 1 VM, 0 desktops, 2 groups; valid",
    );
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

describe("carrel init with odd names and failures", () => {
  /** A folder with the runbook the new site lists, so the site validates in memory. */
  const siteDir = (() => {
    const dir = mkdtempSync(join(tmpdir(), "carrel-init-site-"));
    mkdirSync(join(dir, "runbooks"));
    writeFileSync(join(dir, "runbooks", "getting-started.md"), "# Getting started\n");
    return dir;
  })();
  const answers = (name: string): InitAnswers => ({
    name,
    code: "mgl",
    domain: "ad.mgl.org",
    timezone: "America/New_York",
    sections: ["vsphere", "directory", "azure"],
  });

  it("writes the name into the README and runbook as text, never as Markdown or HTML", () => {
    const files = initFiles(answers("A *B* & <i>C</i> [d](e) &lt; Library"), "carrel@1.0.0");
    const readme = files.find((f) => f.path === "README.md")!.content;
    expect(readme.split("\n")[0]).toBe(
      "# A \\*B\\* \\& \\<i\\>C\\</i\\> \\[d\\](e) \\&lt; Library: technology estate",
    );
    expect(readme).toContain("`pulumi stack init mgl`");
    const consortium = createEngine().render("init/consortium-README.md", { name: "A <b>" });
    expect(consortium.split("\n")[0]).toBe(
      "# A \\<b\\>: technology estate of every member library",
    );
    const runbook = files.find((f) => f.path === "runbooks/getting-started.md")!.content;
    expect(runbook).toContain("holds A \\*B\\* \\& \\<i\\>C\\</i\\> \\[d\\](e) \\&lt; Library's");
  });

  it("writes any one-line name so that it reads back exactly, in a valid site", () => {
    const odd = [
      'O\'Brien & "Friends" #1: Library',
      "- dash",
      "* star",
      "&anchor !tag %percent @at `tick`",
      "yes",
      "null",
      "123",
      "{ braces } [ brackets ]",
      "key: value # comment",
      "Bibliothèque Šibenik 図書館 📚",
      "\u202eright-to-left",
    ];
    const names = [...odd, ...fc.sample(oneLine, { numRuns: 200, seed: 9 })];
    for (const name of names) {
      const text = initSiteYaml(answers(name));
      expect((parse(text) as { site: { name: string } }).site.name, name).toBe(name);
      const result = validateText(join(siteDir, "site.yaml"), text, { today: "2026-11-23" });
      // the schema may refuse a name (too long, say), but only ever at the name
      const elsewhere = result.issues.filter((i) => i.path.join(".") !== "site.name");
      expect(
        elsewhere.map((i) => i.message),
        name,
      ).toEqual([]);
    }
  });

  it("refuses a name with a line break before writing anything", async () => {
    const dir = fresh();
    const run = await carrel(
      "init",
      dir,
      "--name",
      "Two\nlines",
      "--code",
      "xy",
      "--domain",
      "x.org",
    );
    expect(run.code).toBe(2);
    expect(run.err.split("\n")[0]).toBe(
      "carrel init: --name must be one line of text, without line breaks or control characters",
    );
    expect(existsSync(dir)).toBe(false);
  });

  it("prints why the answers make no valid site, and leaves no folder, not even parents", async () => {
    const parent = mkdtempSync(join(tmpdir(), "carrel-init-"));
    const dir = join(parent, "a", "b", "library");
    const run = await carrel(
      "init",
      dir,
      "--name",
      "X",
      "--code",
      "xy",
      "--domain",
      "x.org",
      "--timezone",
      "Mars/Olympus",
    );
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      "carrel init: these answers do not make a valid site, so nothing was created:\n" +
        "  site.yaml:18:13  site.timezone  'Mars/Olympus' is not a time zone name; use a name like America/New_York (from --timezone)\n",
    );
    expect(readdirSync(parent)).toEqual([]);
  });

  it("fills an existing empty folder in place (it may be the shell's current folder)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "carrel-init-"));
    const before = statSync(dir).ino;
    const run = await carrel(
      "init",
      dir,
      "--name",
      "Small",
      "--code",
      "sm",
      "--domain",
      "sm.org",
      "--sections",
      "none",
    );
    expect(run.code).toBe(0);
    expect(statSync(dir).ino).toBe(before);
    expect(readdirSync(dir)).toContain("site.yaml");
    expect(readdirSync(dir).filter((e) => e.includes("carrel-init"))).toEqual([]);
  });
});
