/**
 * `carrel init --consortium` starts a repository for several libraries; `carrel init --site`
 * adds each, with its share of the address plan, its stack and its entry in consortium.yaml.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { carrel } from "../helpers/cli.ts";

const home = process.cwd();
let root = "";
beforeAll(async () => {
  root = join(mkdtempSync(join(tmpdir(), "carrel-init-consortium-")), "mvl");
  const made = await carrel(
    "init",
    root,
    "--consortium",
    "--name",
    "Merrimack Valley Libraries",
    "--code",
    "mvl",
    "--carrel",
    "^0.1.0",
  );
  expect(made.code, made.err).toBe(0);
  process.chdir(root);
});
afterAll(() => process.chdir(home));

describe("carrel init --consortium, then --site", () => {
  it("starts a repository with consortium.yaml, the Pulumi project, workflows and the hub", () => {
    for (const path of [
      "consortium.yaml",
      "package.json",
      "Pulumi.yaml",
      ".github/workflows/main.yml",
      "docs/index.html",
    ])
      expect(existsSync(path), path).toBe(true);
    expect(parse(readFileSync("consortium.yaml", "utf8"))).toMatchObject({
      consortium: { name: "Merrimack Valley Libraries", code: "mvl" },
      sites: [],
      defaults: { site: { timezone: "America/New_York" } },
    });
  });

  it("adds libraries with the next free allocation (or --wan), stacks and inherited time zone", async () => {
    const oak = await carrel(
      "init",
      "--site",
      "oak",
      "--name",
      "Oakdale Library",
      "--domain",
      "ad.oak.org",
    );
    expect(oak.code, oak.err).toBe(0);
    const elm = await carrel(
      "init",
      "--site",
      "elm",
      "--name",
      "Elm Street Library",
      "--domain",
      "ad.elm.org",
      "--sections",
      "none",
      "--wan",
      "10.77.16.0/20",
    );
    expect(elm.code, elm.err).toBe(0);
    expect((parse(readFileSync("consortium.yaml", "utf8")) as { sites: unknown }).sites).toEqual([
      { code: "oak", wan: "10.1.0.0/16" },
      { code: "elm", wan: "10.77.16.0/20" },
    ]);
    const site = readFileSync("sites/oak/site.yaml", "utf8");
    expect(site).not.toMatch(/timezone:/);
    expect(site).toContain("subnet: 10.1.10.0/24");
    expect(readFileSync("sites/elm/site.yaml", "utf8")).toContain("subnet: 10.77.17.0/24");
    expect(parse(readFileSync("stacks/Pulumi.oak.yaml", "utf8"))).toMatchObject({
      config: { "carrel:site": "sites/oak/site.yaml" },
    });
    const validated = await carrel("validate");
    expect(validated.code, validated.out).toBe(0);
    expect(validated.out.trimEnd().split("\n").at(-1)).toBe(
      "Merrimack Valley Libraries: 2 sites; valid",
    );
  });

  it("refuses an allocation that overlaps another library's, and leaves nothing behind", async () => {
    const before = readFileSync("consortium.yaml", "utf8");
    const run = await carrel(
      "init",
      "--site",
      "ash",
      "--name",
      "Ash",
      "--domain",
      "ash.org",
      "--wan",
      "10.1.128.0/17",
    );
    expect(run.code).toBe(2);
    expect(run.err).toContain(
      "  --wan 10.1.128.0/17: 10.1.128.0/17 (the WAN allocation of site 'ash') overlaps 10.1.0.0/16 (the WAN allocation of site 'oak'); each part of the address plan needs its own addresses\n",
    );
    expect(readFileSync("consortium.yaml", "utf8")).toBe(before);
    expect(readdirSync("sites").sort()).toEqual(["elm", "oak"]);
    expect(existsSync("stacks/Pulumi.ash.yaml")).toBe(false);
    const twice = await carrel("init", "--site", "oak", "--name", "Oak", "--domain", "oak.org");
    expect(twice.code).toBe(2);
    expect(twice.err.split("\n")[0]).toBe(
      "carrel init: consortium.yaml already lists a site 'oak'",
    );
  });
});
