/**
 * `carrel import` reading what a library runs beyond its closet, through the command: a live
 * vCenter (the simulator), PowerCLI, Microsoft Graph and Azure exports; the draft gets the
 * vSphere and directory sections, and the stack's imports file is written beside it.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseAdoptions } from "../../src/pulumi/adoption.ts";
import { carrel } from "../helpers/cli.ts";
import { startVcsim, type Vcsim } from "../helpers/vcsim.ts";
import { fixturePath } from "../import/fixtures.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "carrel-import-estate-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

type Draft = {
  vsphere?: { vms: { name: string }[]; portGroups: string[] };
  directory?: { groups: { name: string }[] };
};

describe("given PowerCLI, Graph and Azure exports", () => {
  const exports = [
    "powercli/vms.json",
    "powercli/templates.json",
    "powercli/portgroups.json",
    "powercli/drs-rules.json",
    "graph/groups-page1.json",
    "graph/groups-page2.json",
    "azure/resources.json",
  ].map(fixturePath);

  it("when imported, then the draft has VMs and groups and the stack's imports file lists them", async () => {
    const out = join(dir, "site.yaml");
    const run = await carrel("import", ...exports, "--out", out, "--code", "hcl");
    expect(run.err).toBe("");
    const draft = parse(readFileSync(out, "utf8")) as Draft;
    expect(draft.vsphere!.vms.map((v) => v.name)).toContain("hcl-dc01");
    expect(draft.directory!.groups.length).toBeGreaterThan(0);
    const importsPath = join(dir, "stacks", "Pulumi.hcl.imports.yaml");
    expect(run.out).toContain(`Wrote ${importsPath}`);
    const entries = parseAdoptions(importsPath, readFileSync(importsPath, "utf8"));
    const types = new Set(entries.map((e) => e.type));
    expect([...types].sort()).toEqual(
      expect.arrayContaining([
        "azuread:index/group:Group",
        "azure-native:resources:ResourceGroup",
        "vsphere:index/virtualMachine:VirtualMachine",
      ]),
    );
    expect(entries.find((e) => e.name === "hcl-dc01")?.id).toMatch(/hcl-dc01$/);
  });

  it("when --stack names the stack, then the imports file is that stack's", async () => {
    const out = join(dir, "site.yaml");
    await carrel("import", ...exports, "--out", out, "--code", "hcl", "--stack", "prod");
    expect(readdirSync(join(dir, "stacks"))).toEqual(["Pulumi.prod.imports.yaml"]);
  });

  it("when --stack is not a stack name, then it is refused before anything is read", async () => {
    const out = join(dir, "site.yaml");
    const run = await carrel("import", ...exports, "--out", out, "--stack", "../../escaped");
    expect(run.code).toBe(2);
    expect(run.err).toContain("--stack '../../escaped' is not a stack name");
    expect(existsSync(join(dir, "stacks"))).toBe(false);
  });

  it("when an export is broken, then nothing is written and the file and line are named", async () => {
    const out = join(dir, "site.yaml");
    const broken = join(dir, "vms.json");
    const text = readFileSync(fixturePath("powercli/vms.json"), "utf8");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(broken, text.slice(0, Math.floor(text.length / 2)));
    const run = await carrel("import", broken, "--out", out);
    expect(run.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(run.err).toContain("nothing was written");
  });
});

describe("given a vCenter (the simulator)", () => {
  let sim: Vcsim;
  const saved = { ...process.env };
  beforeAll(async () => {
    sim = await startVcsim({ library: true });
  });
  afterAll(async () => {
    await sim.stop();
  });
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  });

  it("when imported with the account in the environment, then its VMs and port groups are in the draft", async () => {
    Object.assign(process.env, sim.env);
    const out = join(dir, "site.yaml");
    const run = await carrel("import", "--vcenter", sim.url, "--out", out, "--code", "lib");
    expect(run.err).toBe("");
    const draft = parse(readFileSync(out, "utf8")) as Draft;
    expect(draft.vsphere!.vms.length).toBeGreaterThan(0);
    expect(draft.vsphere!.portGroups.length).toBeGreaterThan(0);
    const importsPath = join(dir, "stacks", "Pulumi.lib.imports.yaml");
    const entries = parseAdoptions(importsPath, readFileSync(importsPath, "utf8"));
    expect(entries.some((e) => e.type === "vsphere:index/virtualMachine:VirtualMachine")).toBe(
      true,
    );
  });

  it("when the account is not in the environment, then it says which variables, and writes nothing", async () => {
    for (const key of Object.keys(sim.env)) delete process.env[key];
    const out = join(dir, "site.yaml");
    const run = await carrel("import", "--vcenter", sim.url, "--out", out);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/set CARREL_VCENTER_USER and CARREL_VCENTER_PASSWORD/);
    expect(existsSync(out)).toBe(false);
  });

  it("when vCenter cannot be reached, then it names the address, and writes nothing", async () => {
    Object.assign(process.env, sim.env);
    const out = join(dir, "site.yaml");
    const run = await carrel("import", "--vcenter", "https://127.0.0.1:9/sdk", "--out", out);
    expect(run.code).toBe(2);
    expect(run.err).toContain("127.0.0.1:9");
    expect(existsSync(out)).toBe(false);
  });
});
