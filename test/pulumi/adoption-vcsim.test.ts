/**
 * From the vCenter simulator to Pulumi: `carrel import --vcenter` reads the simulator's
 * library estate, its adoption IDs become the stack's imports file, and the program run
 * on the resulting site registers exactly those resources with Pulumi's `import` option.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ImportFragment } from "../../src/import/fragment.ts";
import { importsFile } from "../../src/import/adopt/imports-file.ts";
import { readVcenter } from "../../src/import/vcenter/read.ts";
import { parseAdoptions } from "../../src/pulumi/adoption.ts";
import { draftSite } from "../import/adopt/draft.ts";
import { TODAY } from "../helpers/site.ts";
import { startVcsim, type Vcsim } from "../helpers/vcsim.ts";
import { runProgramUnderMocks, type MockRun } from "./mocks.ts";

describe("given the simulator's library estate, imported", () => {
  let sim: Vcsim;
  let fragment: ImportFragment;
  let imports: string;
  let run: MockRun;
  beforeAll(async () => {
    sim = await startVcsim({ library: true });
    fragment = await readVcenter(sim.url, { env: sim.env });
    // The simulator's own default VMs sit outside any folder; the admin drops them, and
    // gives the powered-off one its last address.
    const siteText = draftSite("vcsim-base.yaml", [fragment], (site) => {
      const vsphere = site.vsphere as {
        vms: { name: string; folder?: string; network: { ip?: string } }[];
      };
      vsphere.vms = vsphere.vms.filter((vm) => vm.folder !== undefined);
      vsphere.vms.find((vm) => vm.name === "old-opac")!.network.ip = "10.20.30.20";
    });
    const adopt = fragment.adopt.filter((a) => !a.name.startsWith("DC0_"));
    imports = importsFile("test", adopt).file.content;
    run = await runProgramUnderMocks({
      siteFile: "vcsim/site.yaml",
      siteText,
      importsText: imports,
      validate: { today: TODAY },
    });
  });
  afterAll(() => sim.stop());

  it("when the program runs, then every imports entry is adopted, and nothing else is", () => {
    expect(run.error).toBeUndefined();
    const entries = parseAdoptions("imports.yaml", imports);
    const adopted = run.registrations
      .filter((r) => r.importId !== "")
      .map((r) => `${r.type} ${r.name} ${r.importId}`)
      .sort();
    expect(adopted).toEqual(entries.map((e) => `${e.type} ${e.name} ${e.id}`).sort());
    expect(run.warnings.filter((w) => w.includes("not adopted"))).toEqual([]);
  });

  it("then the port groups keep their vCenter names and the VMs are not cloned", () => {
    const pg = run.registrations.find((r) => r.name === "rbpl-servers")!;
    expect(pg.importId).toBe("/DC0/network/VLAN10-Servers");
    expect(pg.ignoreChanges).toContain("name");
    const vm = run.registrations.find((r) => r.name === "rbpl-dc01" && r.custom)!;
    expect(vm.importId).toBe("/DC0/vm/Servers/rbpl-dc01");
    expect(vm.inputs.clone).toBeUndefined();
  });

  it("then only what the site adds anew is created: the backup tag for VMs with none", () => {
    const created = run.registrations
      .filter((r) => r.custom && r.importId === "" && r.type.startsWith("vsphere:index/"))
      .map((r) => `${r.type.split(":").at(-1)} ${r.name}`);
    expect(created).toEqual(["Tag rbpl-backup-none"]);
  });
});
