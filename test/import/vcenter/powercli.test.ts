import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  ExportError,
  powerCliKind,
  readPowerCliExports,
  type ExportFile,
} from "../../../src/import/vcenter/powercli.ts";

const fixture = (name: string): ExportFile => ({
  source: name,
  text: readFileSync(new URL(`../../fixtures/import/powercli/${name}`, import.meta.url), "utf8"),
});
const ALL = ["vms.json", "templates.json", "portgroups.json", "drs-rules.json"].map(fixture);
const value = (key: string) =>
  readPowerCliExports(ALL).items.find((i) => i.key.join("/") === key)?.value;

describe("PowerCLI exports", () => {
  it("recognises each export by its content", () => {
    expect(ALL.map((f) => powerCliKind(f.text))).toEqual([
      "vms",
      "templates",
      "portgroups",
      "drs-rules",
    ]);
    expect(powerCliKind('{"value": []}')).toBeUndefined();
    expect(powerCliKind("not json")).toBeUndefined();
  });

  it("reads a VM with PowerShell's scalars, enums and calculated properties", () => {
    expect(value("vsphere/vms/hcl-dc02")).toEqual({
      name: "hcl-dc02",
      template: "ws2022-std",
      cpus: 2,
      memoryGb: 8,
      disks: [80],
      network: { vlan: "servers", ip: "172.16.10.11" },
      folder: "Infrastructure/Domain",
      antiAffinity: "separate-dcs",
      role: "domain-controller",
      backup: "daily",
    });
    expect(value("vsphere/vms/hcl-ils-app")).toMatchObject({ disks: [40, 251], backup: "weekly" });
  });

  it("reads VLANs from port groups, folders from the VMs' paths, templates", () => {
    expect(value("network/vlans/staff")).toEqual({ id: 20, name: "staff" });
    expect(value("vsphere/distributedSwitch")).toBe("HCL-VDS");
    const folders = readPowerCliExports(ALL)
      .items.filter((i) => i.key[1] === "folders")
      .map((i) => i.value);
    expect(folders).toEqual([
      "ILS",
      "Infrastructure",
      "Infrastructure/Domain",
      "Retired",
      "Templates",
    ]);
    expect(value("vsphere/templates/rhel8")).toEqual({ name: "TPL-RHEL8", os: "linux" });
  });

  it("says at which line of which file each VM was read", () => {
    const item = readPowerCliExports(ALL).items.find(
      (i) => i.key.join("/") === "vsphere/vms/hcl-print-old",
    );
    expect(item?.origin).toEqual({ source: "vms.json", line: 77 });
  });

  it("gives adoption IDs as inventory paths", () => {
    const ids = readPowerCliExports(ALL).adopt.map((a) => `${a.name} ${a.id}`);
    expect(ids).toContain("hcl-dc01 /Harbor City/vm/Infrastructure/Domain/hcl-dc01");
    expect(ids).toContain("hcl-staff /Harbor City/network/Staff VLAN 20");
    expect(ids).toContain(
      'hcl-separate-dcs {"compute_cluster_path":"/Harbor City/host/HCL-Cluster","name":"separate-dcs"}',
    );
  });

  it("reports what a sysadmin must fix by hand", () => {
    const notes = readPowerCliExports(ALL).notes.map(
      (n) => `${n.origin.source}:${n.origin.line ?? ""} ${n.message}`,
    );
    expect(notes).toContain(
      "vms.json:77 VM 'hcl-print-old' has 1536 MB of memory; site.yaml counts whole GB, so it says 2",
    );
    expect(notes).toContain(
      "vms.json:52 VM 'hcl-ils-app': Hard disk 2 is 250.50 GB; site.yaml counts whole GB, so it says 251 and the first pulumi up grows the disk to that",
    );
    expect(notes).toContain(
      "vms.json: the export does not say which vCenter it came from; set vsphere.server by hand",
    );
  });

  it("refuses a broken or UTF-16 file, naming it", () => {
    const cut = { source: "vms.json", text: fixture("vms.json").text.slice(0, 400) };
    expect(() => readPowerCliExports([cut])).toThrow(ExportError);
    expect(() => readPowerCliExports([cut])).toThrow(
      /^vms\.json(:\d+)?: not valid JSON \(is the file complete\?\)$/,
    );
    const utf16 = { source: "vms.json", text: "\uFEFF[\u0000{\u0000" };
    expect(() => readPowerCliExports([utf16])).toThrow(
      "vms.json: the file is UTF-16 (Windows PowerShell's default); save it with `Out-File -Encoding utf8` or `Set-Content -Encoding utf8`",
    );
    expect(() => readPowerCliExports([{ source: "x.json", text: '[{"a": 1}]' }])).toThrow(
      "x.json: not a PowerCLI export Carrel reads (VMs, templates, port groups or DRS rules)",
    );
  });
});
