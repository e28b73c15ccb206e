/**
 * Carrel as a versioned dependency: the packed tarball installs into a fresh library
 * repository made by `carrel init`, whose own `npm test` passes with Carrel's compiled
 * JavaScript and no Carrel source in it; its Pulumi program registers the same URNs as
 * this repository's; `carrel upgrade` moves it to another release and shows what that
 * release renders differently.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { carrel } from "../helpers/cli.ts";
import { makeConsortium } from "../helpers/consortium.ts";
import { npmOffline, packCarrel, repackWithChange, seedDependencies } from "./library.ts";

let tmp = "";
let tarball = "";
let lib = "";

/** The URNs a project folder's program registers for a site, under mocks. */
function urns(folder: string, site: string): string[] {
  const run = spawnSync(process.execPath, ["test/package/urns.ts", folder, site], {
    encoding: "utf8",
  });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as string[];
}

describe("the packed Carrel in a library's repository", () => {
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), "carrel-package-"));
    tarball = packCarrel(tmp);
    lib = join(tmp, "library");
    const made = await carrel(
      "init",
      lib,
      "--name",
      "Maple Grove Library",
      "--code",
      "mgl",
      "--domain",
      "ad.mgl.org",
      "--carrel",
      `file:${tarball}`,
    );
    expect(made.code, made.err).toBe(0);
    seedDependencies(lib);
    npmOffline(lib, "install");
  }, 300_000);

  it("ships the compiled JavaScript, templates, schema and workflows, and no TypeScript", () => {
    const entries = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n");
    const files = entries.filter(Boolean).map((e) => e.replace(/^package\//, ""));
    expect(files.filter((f) => f.endsWith(".ts"))).toEqual([]);
    expect(files.filter((f) => f.startsWith("src/") || f.startsWith("components/"))).toEqual([]);
    for (const f of [
      "bin/carrel.mjs",
      "bin/pulumi.mjs",
      "dist/cli/main.js",
      "dist/pulumi/index.js",
      "dist/cli/consortium/worker.js",
      "templates/switch/arubaos-switch.cfg.hbs",
      "templates/docs/layout.hbs",
      "schema/site.schema.json",
      ".github/workflows/pull-request.yml",
      // the vSphere provider plugin declaration, for `pulumi preview` to install it
      "node_modules/@carrel/vsphere/package.json",
    ])
      expect(files, f).toContain(f);
  });

  it("holds only the library's own files: site, stacks, runbooks, templates, package.json, Pulumi.yaml", () => {
    const own = readdirSync(lib).filter((e) => e !== "node_modules");
    expect(own.sort()).toEqual(
      [
        ".github",
        ".gitignore",
        ".vscode",
        "Pulumi.yaml",
        "README.md",
        "docs",
        "package-lock.json",
        "package.json",
        "runbooks",
        "site.yaml",
        "stacks",
        "templates",
      ].sort(),
    );
    const pkg = JSON.parse(readFileSync(join(lib, "package.json"), "utf8")) as {
      main: string;
      dependencies: Record<string, string>;
    };
    expect(pkg.dependencies).toEqual({ carrel: `file:${tarball}` });
    expect(pkg.main).toBe("node_modules/carrel/bin/pulumi.mjs");
    expect(existsSync(join(lib, "node_modules", "carrel", "src"))).toBe(false);
  });

  it("passes its own npm test (validate, render, docs --check) with the installed Carrel", () => {
    const test = spawnSync("npm", ["test"], { cwd: lib, encoding: "utf8" });
    expect(test.status, test.stdout + test.stderr).toBe(0);
    expect(test.stdout).toContain(
      "Maple Grove Library: 4 VLANs, 1 switch, 1 VM, 0 desktops, 2 groups; valid",
    );
    expect(test.stdout).toContain("docs is up to date");
  });

  it("registers the same URNs from the library's program as from this repository's", () => {
    // given the example site, as a library moving to the thin layout keeps its site.yaml
    const example = join(tmp, "example");
    cpSync("site.yaml", join(example, "site.yaml"));
    cpSync("runbooks", join(example, "runbooks"), { recursive: true });
    // when each project's own program runs on it under mocks
    const here = urns(".", join(example, "site.yaml"));
    const there = urns(lib, join(example, "site.yaml"));
    // then the URNs are the same, one by one
    expect(here.length).toBeGreaterThan(50);
    expect(there).toEqual(here);
  });

  it("renders a consortium's sites in worker threads from the bundled build", () => {
    // given the consortium fixture, and two threads whatever the machine
    const consortium = makeConsortium();
    // when the installed Carrel renders it at the root
    const run = spawnSync(
      process.execPath,
      [join(lib, "node_modules/carrel/bin/carrel.mjs"), "render", "--out", "out"],
      { cwd: consortium, encoding: "utf8", env: { ...process.env, CARREL_WORKERS: "2" } },
    );
    // then the worker (a bundle entry of its own) rendered its share of the sites
    expect(run.status, run.stderr).toBe(0);
    for (const code of ["rbpl", "mbl", "hcl"])
      expect(existsSync(join(consortium, "out", code, ".carrel-output")), code).toBe(true);
  });

  it("carrel upgrade installs another release and shows what it renders differently", () => {
    // given a later release whose switch template ends with one more line
    const next = repackWithChange(tarball, tmp, "0.99.0", "; upgraded\n");
    // when the library upgrades to it (npm offline: every dependency is already in place)
    const run = spawnSync(
      process.execPath,
      ["node_modules/carrel/bin/carrel.mjs", "upgrade", `file:${next}`],
      { cwd: lib, encoding: "utf8", env: { ...process.env, npm_config_offline: "true" } },
    );
    // then it says which rendered files differ, with their diff, and the new version is in place
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("+; upgraded");
    expect(run.stdout).toMatch(
      /2 rendered files differ: switches\/core-sw1\.cfg, switches\/core-sw1\.ztp\.cfg\n$/,
    );
    expect(run.stderr).toMatch(/Carrel \d+\.\d+\.\d+ → 0\.99\.0: 2 rendered files differ/);
    const installed = JSON.parse(
      readFileSync(join(lib, "node_modules", "carrel", "package.json"), "utf8"),
    ) as { version: string };
    expect(installed.version).toBe("0.99.0");
    const pkg = JSON.parse(readFileSync(join(lib, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    expect(pkg.dependencies.carrel).toBe("file:../carrel-0.99.0.tgz");
  });
  it("carrel upgrade installs only carrel: a bare name is read as a carrel tag", () => {
    // given the library's package.json as it is
    const before = readFileSync(join(lib, "package.json"), "utf8");
    // when asked to upgrade to "yaml" (npm alone would install the package yaml, which its
    // cache holds, since Carrel depends on it)
    const run = spawnSync(
      process.execPath,
      ["node_modules/carrel/bin/carrel.mjs", "upgrade", "yaml"],
      { cwd: lib, encoding: "utf8", env: { ...process.env, npm_config_offline: "true" } },
    );
    // then npm is asked for carrel@yaml, which is no release of carrel, and nothing changes
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain("npm could not install yaml");
    // (npm, offline, says which package it looked for: carrel, not yaml)
    expect(run.stderr).toMatch(/request to \S+\/carrel failed/);
    expect(readFileSync(join(lib, "package.json"), "utf8")).toBe(before);
  });
});
