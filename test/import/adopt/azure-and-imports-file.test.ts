import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  isAzureResourceList,
  readAzureResources,
} from "../../../src/import/adopt/azure-resources.ts";
import { importsFile } from "../../../src/import/adopt/imports-file.ts";
import type { AdoptionId } from "../../../src/import/fragment.ts";
import { parseAdoptions } from "../../../src/pulumi/adoption.ts";
import { ADOPTABLE } from "../../../src/pulumi/names.ts";

const file = {
  source: "resources.json",
  text: readFileSync(
    new URL("../../fixtures/import/azure/resources.json", import.meta.url),
    "utf8",
  ),
};

describe("an `az resource list` export", () => {
  it("is recognised by its content", () => {
    expect(isAzureResourceList(file.text)).toBe(true);
    expect(isAzureResourceList('[{"Name": "vm1", "NumCpu": 2}]')).toBe(false);
  });

  it("gives the resource group, region and backup storage account, with their Azure IDs", () => {
    const fragment = readAzureResources(file);
    expect(fragment.items.map((i) => [i.key.join("."), i.value])).toEqual([
      ["azure.resourceGroup", "rg-hcl-prod"],
      ["azure.location", "eastus2"],
      ["azure.backup.storageAccount", "sthclbackup"],
    ]);
    expect(fragment.adopt.map((a) => [a.type, a.name, a.id])).toEqual([
      [
        ADOPTABLE.resourceGroup,
        "rg-hcl-prod",
        "/subscriptions/7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f/resourceGroups/rg-hcl-prod",
      ],
      [
        ADOPTABLE.storageAccount,
        "sthclbackup",
        "/subscriptions/7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f/resourceGroups/rg-hcl-prod/providers/Microsoft.Storage/storageAccounts/sthclbackup",
      ],
    ]);
    expect(fragment.notes.map((n) => `${n.origin.line} ${n.message}`)).toEqual([
      "33 Microsoft.Network/virtualNetworks 'vnet-hcl' is not adopted: Carrel creates its own VPN and Log Analytics resources when site.yaml asks for them",
    ]);
  });
});

describe("the stack's imports file", () => {
  const origin = { source: "https://vc01/sdk" };
  const a: AdoptionId = { type: ADOPTABLE.vm, name: "rbpl-dc01", id: "/DC/vm/rbpl-dc01", origin };

  it("keeps one entry per resource and reports a second source that disagrees", () => {
    const other = { ...a, id: "/DC/vm/Old/rbpl-dc01", origin: { source: "vms.json", line: 3 } };
    const { file: out, conflicts } = importsFile("prod", [a, a, other]);
    expect(out.path).toBe("stacks/Pulumi.prod.imports.yaml");
    expect(parseAdoptions(out.path, out.content)).toEqual([
      { type: ADOPTABLE.vm, name: "rbpl-dc01", id: "/DC/vm/rbpl-dc01" },
    ]);
    expect(conflicts).toEqual([other]);
  });

  it("reads back exactly what it wrote, with comments saying where each came from", () => {
    const { file: out } = importsFile("prod", [a]);
    expect(out.content).toBe(
      [
        "# Resources that already exist, for Pulumi to adopt instead of create (stack prod).",
        '# Written by `carrel import`; see "Adopting an existing library" in the README.',
        "# Each entry is a resource's type, its name in Carrel's program and the ID the provider",
        "# finds it by. Remove an entry and Pulumi creates that resource instead; keep the file",
        "# after the first `pulumi up` (Pulumi then treats the resources like any other).",
        "",
        "resources:",
        "  # from https://vc01/sdk",
        "  - type: vsphere:index/virtualMachine:VirtualMachine",
        "    name: rbpl-dc01",
        "    id: /DC/vm/rbpl-dc01",
        "",
      ].join("\n"),
    );
  });
});
