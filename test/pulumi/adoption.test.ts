/**
 * Adoption: what `carrel import` finds (PowerCLI, Graph and Azure exports of Harbor City's
 * estate) becomes a stack's imports file whose types and names are exactly the program's
 * own; under mocks, the program registers each of those resources with Pulumi's `import`
 * option and keeps the defaults that would replace them.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readAzureResources } from "../../src/import/adopt/azure-resources.ts";
import type { ExportFile } from "../../src/import/adopt/export-file.ts";
import { importsFile } from "../../src/import/adopt/imports-file.ts";
import { readGraphGroups } from "../../src/import/entra/graph.ts";
import { readPowerCliExports } from "../../src/import/vcenter/powercli.ts";
import { KEEPS, parseAdoptions } from "../../src/pulumi/adoption.ts";
import { ADOPTABLE, type AdoptableType } from "../../src/pulumi/names.ts";
import { draftSite } from "../import/adopt/draft.ts";
import { TODAY } from "../helpers/site.ts";
import { runProgramUnderMocks } from "./mocks.ts";

const fixture = (path: string): ExportFile => ({
  source: path.split("/").at(-1)!,
  text: readFileSync(new URL(`../fixtures/import/${path}`, import.meta.url), "utf8"),
});

const fragments = [
  readPowerCliExports(
    ["vms.json", "templates.json", "portgroups.json", "drs-rules.json"].map((f) =>
      fixture(`powercli/${f}`),
    ),
  ),
  readGraphGroups([fixture("graph/groups-page1.json"), fixture("graph/groups-page2.json")]),
  readAzureResources(fixture("azure/resources.json")),
];
// What the admin fills in that no export says: the retired print server's last address.
const siteText = draftSite("harbor-city-base.yaml", fragments, (site) => {
  const vms = (site.vsphere as { vms: { name: string; network: { ip?: string } }[] }).vms;
  vms.find((vm) => vm.name === "hcl-print-old")!.network.ip = "172.16.20.50";
});
const imports = importsFile(
  "test",
  fragments.flatMap((f) => f.adopt),
).file;

const run = (importsText?: string) =>
  runProgramUnderMocks({
    siteFile: "harbor-city/site.yaml",
    siteText,
    ...(importsText !== undefined ? { importsText } : {}),
    validate: { today: TODAY },
  });

describe("given the imports file written from Harbor City's exports", () => {
  it("then it is the stack's file, sorted, each entry saying where it was found", () => {
    expect(imports.path).toBe("stacks/Pulumi.test.imports.yaml");
    expect(imports.content).toContain(
      "  # from vms.json line 3\n  - type: vsphere:index/virtualMachine:VirtualMachine\n    name: hcl-dc01\n    id: /Harbor City/vm/Infrastructure/Domain/hcl-dc01\n",
    );
    const entries = parseAdoptions(imports.path, imports.content);
    expect(entries.map((e) => `${e.type} ${e.name}`)).toEqual(
      [...entries.map((e) => `${e.type} ${e.name}`)].sort(),
    );
  });

  it("when the program runs, then every entry is a resource it registers, with import set", async () => {
    const result = await run(imports.content);
    expect(result.error).toBeUndefined();
    const entries = parseAdoptions(imports.path, imports.content);
    // 4 VMs, 5 folders, 2 port groups, 2 tag categories and 3 tags, a rule; 4 groups and
    // 5 memberships; the resource group and storage account.
    expect(entries.length).toBe(28);
    for (const entry of entries) {
      const found = result.registrations.filter(
        (r) => r.type === entry.type && r.name === entry.name,
      );
      expect(
        found.map((r) => r.urn),
        `${entry.type} ${entry.name}`,
      ).toEqual([
        expect.stringMatching(
          new RegExp(
            `\\$${entry.type.replace(/[$/]/g, "\\$&")}::${entry.name.replace(/[.*+?()[\]\\/]/g, "\\$&")}$`,
          ),
        ),
      ]);
      expect(found[0]!.importId).toBe(entry.id);
      expect(found[0]!.retainOnDelete).toBe(true);
      expect(found[0]!.ignoreChanges).toEqual(KEEPS[entry.type as AdoptableType]);
    }
    // Nothing else is imported, and nothing listed was left unused.
    expect(result.registrations.filter((r) => r.importId !== "").length).toBe(entries.length);
    expect(result.warnings.filter((w) => w.includes("not adopted"))).toEqual([]);
  });

  it("then an adopted VM is never cloned or customized, while a new one is", async () => {
    const result = await run(imports.content);
    const vms = result.registrations
      .filter((r) => r.type === ADOPTABLE.vm)
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(vms.map((r) => [r.name, "clone" in r.inputs && r.inputs.clone !== undefined])).toEqual([
      ["hcl-dc01", false],
      ["hcl-dc02", false],
      ["hcl-ils-app", false],
      ["hcl-print-old", false],
    ]);
    const fresh = await run("resources: []\n");
    const cloned = fresh.registrations.filter((r) => r.type === ADOPTABLE.vm);
    expect(cloned.every((r) => r.inputs.clone !== undefined && r.importId === "")).toBe(true);
  });

  it("then what site.yaml says still reaches the adopted resources, for preview to show as updates", async () => {
    const result = await run(imports.content);
    const vm = result.registrations.find(
      (r) => r.type === ADOPTABLE.vm && r.name === "hcl-ils-app",
    )!;
    expect(vm.inputs).toMatchObject({ numCpus: 4, memory: 12 * 1024, folder: "ILS" });
    const account = result.registrations.find((r) => r.type === ADOPTABLE.storageAccount)!;
    // The site's security settings are applied (an update), the SKU and kind are kept.
    expect(account.inputs).toMatchObject({
      minimumTlsVersion: "TLS1_2",
      allowBlobPublicAccess: false,
    });
    expect(account.ignoreChanges).toEqual(["location", "kind", "sku", "accessTier"]);
  });
});

describe("given an imports file listing what site.yaml does not have", () => {
  it("when the program runs, then it warns once per entry, on its own line", async () => {
    const text = `${imports.content}  - type: ${ADOPTABLE.vm}\n    name: hcl-gone\n    id: /Harbor City/vm/hcl-gone\n`;
    const result = await run(text);
    expect(result.error).toBeUndefined();
    expect(result.warnings.filter((w) => w.includes("not adopted"))).toEqual([
      "stacks/Pulumi.test.imports.yaml: vsphere:index/virtualMachine:VirtualMachine 'hcl-gone' is listed for adoption, but site.yaml has no such resource; it is not adopted",
    ]);
  });

  it("when an entry is malformed, then the program stops naming the file and entry", async () => {
    const result = await run(
      "resources:\n  - type: aws:s3/bucket:Bucket\n    name: x\n    id: y\n",
    );
    expect((result.error as Error).message).toBe(
      "stacks/Pulumi.test.imports.yaml: resources[0].type 'aws:s3/bucket:Bucket' is not a resource Carrel adopts",
    );
  });
});
