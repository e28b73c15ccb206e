/**
 * The seam other readers plug into: a file reader recognised by content (a JSON export) and a
 * live-source reader behind `--vcenter`, writing the short path form (`["vsphere", "vms",
 * name]`, a VLAN placed by name), joined with the switches' view and adoption IDs passed on.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { ImportFragment } from "../../src/import/fragment.ts";
import {
  FILE_READERS,
  type AdoptionWriter,
  type FileReader,
  type SourceReader,
} from "../../src/import/registry.ts";
import { runImport } from "../../src/import/run.ts";
import { fixturePath } from "./fixtures.ts";

/** A vCenter-like fragment in the short path form, as the vCenter readers write it. */
function inventory(source: string): ImportFragment {
  const origin = { source };
  return {
    kind: "test inventory",
    origin,
    items: [
      {
        key: ["network", "vlans", "srv-net"],
        value: { id: 20, name: "srv-net" },
        origin,
        guessed: "VLAN name taken from a port group",
      },
      { key: ["vsphere", "portGroups", "srv-net"], value: "srv-net", origin },
      { key: ["vsphere", "server"], value: "vc01.mgpl.local", origin },
      {
        key: ["vsphere", "vms", "ils01"],
        value: { name: "ils01", cpus: 2, network: { vlan: "srv-net", ip: "10.40.20.30" } },
        origin,
      },
      { key: ["site", "code"], value: "mgp", origin },
    ],
    notes: [{ level: "info", origin, message: "VM 'ils01': powered on" }],
    adopt: [
      {
        type: "vsphere:index/virtualMachine:VirtualMachine",
        name: "ils01",
        id: "/MGPL/vm/ils01",
        origin,
      },
    ],
  };
}

const jsonReader: FileReader = {
  id: "test-json",
  format: "test inventory export",
  recognise: (file) => (file.text.includes('"testInventory"') ? 1 : undefined),
  read: (file) => inventory(file.path),
};

const liveReader: SourceReader = {
  option: "vcenter",
  format: "test vCenter",
  valueHelp: "URL",
  read: (url) => Promise.resolve(inventory(url)),
};

const writer: AdoptionWriter = {
  describe: "test imports file",
  files: (adopt, renames) => [
    {
      path: "stacks/imports.json",
      content: JSON.stringify({ adopt, vlans: [...renames.vlans], code: renames.siteCode }),
    },
  ],
};

describe("readers registered beside the built-in ones", () => {
  it("recognises a JSON export by content and merges its VLAN with the switches' by id", async () => {
    const result = await runImport({
      files: [fixturePath("legacy/mgpl-core-5406.cfg"), fixturePath("legacy/mgpl.local.dns")],
      sources: [{ option: "vcenter", url: "https://vc01.mgpl.local/sdk" }],
      out: "site.yaml",
      env: {},
      options: { code: "mgpl" },
      readers: [...FILE_READERS, jsonReader],
      sourceReaders: [liveReader],
      adoptionWriters: [writer],
    });
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
    const draft = parse(result.text) as {
      network: { vlans: { id: number; name: string }[] };
      vsphere: { portGroups: string[]; vms: { network: { vlan: string } }[]; server: string };
    };
    // The switch names VLAN 20 STAFF and wins; the port group and the VM follow the name.
    expect(draft.network.vlans.filter((v) => v.id === 20).map((v) => v.name)).toEqual(["STAFF"]);
    expect(draft.vsphere.portGroups).toEqual(["STAFF"]);
    expect(draft.vsphere.vms[0]!.network.vlan).toBe("STAFF");
    expect(result.text).toContain("server: vc01.mgpl.local # from https://vc01.mgpl.local/sdk");
    expect(result.draft.notes.some((n) => n.message === "VM 'ils01': powered on")).toBe(true);
    expect(JSON.parse(result.adoption[0]!.content)).toEqual({
      adopt: [
        {
          type: "vsphere:index/virtualMachine:VirtualMachine",
          name: "ils01",
          id: "/MGPL/vm/ils01",
          origin: { source: "https://vc01.mgpl.local/sdk" },
        },
      ],
      vlans: [["srv-net", "STAFF"]],
      code: { from: "mgp", to: "mgpl" },
    });
  });

  it("reads a file through a registered file reader", async () => {
    const result = await runImport({
      files: [fixturePath("legacy/mgpl-core-5406.cfg"), fixturePath("seam/inventory.json")],
      sources: [],
      out: "site.yaml",
      env: {},
      options: {},
      readers: [...FILE_READERS, jsonReader],
      adoptionWriters: [],
    });
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
    expect(result.inputs.map((i) => i.format)).toEqual([
      "ArubaOS-Switch running-config",
      "test inventory",
    ]);
    expect(readFileSync(fixturePath("seam/inventory.json"), "utf8")).toContain("testInventory");
    // No adoption writer given here, and the registry has none yet: the report says so.
    expect(result.draft.notes.some((n) => /could be adopted by Pulumi/.test(n.message))).toBe(true);
  });
});

describe("a reader that reads its files together", () => {
  it("gets every file of its format in one call", async () => {
    const seen: string[][] = [];
    const together: FileReader = {
      ...jsonReader,
      readAll: (files) => {
        seen.push(files.map((f) => f.path.split("/").pop()!));
        return inventory(files.map((f) => f.path).join(", "));
      },
    };
    const result = await runImport({
      files: [
        fixturePath("seam/inventory.json"),
        fixturePath("legacy/mgpl-core-5406.cfg"),
        fixturePath("seam/templates.json"),
      ],
      sources: [],
      out: "site.yaml",
      env: {},
      options: {},
      readers: [...FILE_READERS, together],
      adoptionWriters: [],
    });
    expect(result.ok).toBe(true);
    expect(seen).toEqual([["inventory.json", "templates.json"]]);
  });
});
