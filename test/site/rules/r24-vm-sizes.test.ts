import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

const DC01_SIZE = "cpus: 2\n      memoryGb: 8\n      disks: [80]                 #";

describe("R24 VM and desktop sizes", () => {
  it("accepts the example's sizes", () => {
    expect(found(check(EXAMPLE), "R24")).toEqual([]);
  });

  it("rejects a VM with no CPUs", () => {
    const e = edit(EXAMPLE, DC01_SIZE, DC01_SIZE.replace("cpus: 2", "cpus: 0"));
    expect(found(check(e.text), "R24")).toEqual([
      `${e.line}:${e.col + 6} vsphere.vms[0].cpus a VM's CPU count must be 1 to 128, not 0`,
    ]);
  });

  it("rejects more memory than vSphere allows", () => {
    const e = edit(EXAMPLE, "memoryGb: 4\n      disks", "memoryGb: 5000\n      disks");
    expect(found(check(e.text), "R24")).toEqual([
      `${e.line}:${e.col + 10} vsphere.vms[4].memoryGb a VM's memory in GB must be 1 to 4096, not 5000`,
    ]);
  });

  it("rejects a disk that is too large, at that disk", () => {
    const e = edit(EXAMPLE, "disks: [80, 1024]", "disks: [80, 70000]");
    expect(found(check(e.text), "R24")).toEqual([
      `${e.line}:${e.col + "disks: [80, ".length} vsphere.vms[3].disks[1] a disk's size in GB must be 1 to 65536, not 70000`,
    ]);
  });

  it("rejects a VM without disks", () => {
    const e = edit(
      EXAMPLE,
      "disks: [20]\n      network: { vlan: servers, ip: 10.20.10.20 }",
      "disks: []\n      network: { vlan: servers, ip: 10.20.10.20 }",
    );
    expect(found(check(e.text), "R24")).toEqual([
      `${e.line}:${e.col + 7} vsphere.vms[5].disks a VM needs at least one disk, the system disk; write its size in GB, like [80]`,
    ]);
  });

  it("checks desktop pools too", () => {
    const e = edit(EXAMPLE, "cpus: 1\n        memoryGb: 2", "cpus: 200\n        memoryGb: 2");
    expect(found(check(e.text), "R24")).toEqual([
      `${e.line}:${e.col + 6} vsphere.vdi.pools[1].cpus a desktop's CPU count must be 1 to 128, not 200`,
    ]);
  });
});
