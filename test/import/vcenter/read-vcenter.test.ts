import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ImportFragment } from "../../../src/import/fragment.ts";
import { readVcenter } from "../../../src/import/vcenter/read.ts";
import { startVcsim, type Vcsim } from "../../helpers/vcsim.ts";

const itemValue = (f: ImportFragment, ...key: string[]) =>
  f.items.find((i) => i.key.join("/") === key.join("/"))?.value;

describe("reading the simulator's library estate", () => {
  let sim: Vcsim;
  let fragment: ImportFragment;
  beforeAll(async () => {
    sim = await startVcsim({ library: true });
    fragment = await readVcenter(sim.url, { env: sim.env });
  });
  afterAll(() => sim.stop());

  it("names the datacenter, cluster, datastore and distributed switch", () => {
    expect(itemValue(fragment, "vsphere", "server")).toBe("127.0.0.1");
    expect(itemValue(fragment, "vsphere", "datacenter")).toBe("DC0");
    expect(itemValue(fragment, "vsphere", "cluster")).toBe("DC0_C0");
    expect(itemValue(fragment, "vsphere", "datastore")).toBe("LocalDS_0");
    expect(itemValue(fragment, "vsphere", "distributedSwitch")).toBe("DVS0");
  });

  it("turns each single-VLAN port group into a VLAN and a port group entry", () => {
    const vlans = fragment.items.filter((i) => i.key[0] === "network");
    expect(vlans.map((i) => [i.value, i.guessed])).toEqual([
      [{ id: 40, name: "mgmt" }, "VLAN name taken from port group 'Mgmt (40)'"],
      [{ id: 10, name: "servers" }, "VLAN name taken from port group 'VLAN10-Servers'"],
      [{ id: 30, name: "public" }, "VLAN name taken from port group 'rbpl-public'"],
    ]);
    const messages = fragment.notes.map((n) => `${n.level}: ${n.message}`);
    expect(messages).toContain(
      "warning: port group 'DC0_DVPG0' carries no VLAN id; Carrel's port groups carry one VLAN each, so it is not imported",
    );
  });

  it("reads folders and templates", () => {
    const folders = fragment.items.filter((i) => i.key[1] === "folders").map((i) => i.value);
    expect(folders).toEqual(["Servers", "Templates", "VDI"]);
    expect(itemValue(fragment, "vsphere", "templates", "ubuntu-2404")).toEqual({
      name: "tmpl-ubuntu-2404",
      os: "linux",
    });
    expect(itemValue(fragment, "vsphere", "templates", "win2022-std")).toEqual({
      name: "tmpl-win2022-std",
      os: "windows",
    });
  });

  it("reads a VM's size, disks, network, address, folder, tags and anti-affinity rule", () => {
    expect(itemValue(fragment, "vsphere", "vms", "rbpl-file01")).toEqual({
      name: "rbpl-file01",
      template: "win2022-std",
      cpus: 4,
      memoryGb: 16,
      disks: [80, 1024],
      network: { vlan: "servers", ip: "10.20.10.13" },
      folder: "Servers",
      role: "file-server",
      backup: "weekly",
    });
    expect(itemValue(fragment, "vsphere", "vms", "rbpl-dc02")).toMatchObject({
      antiAffinity: "domain-controllers",
      role: "domain-controller",
      backup: "daily",
    });
  });

  it("reports power state and guest OS, and what it could not read", () => {
    const messages = fragment.notes.map((n) => `${n.level}: ${n.message}`);
    expect(messages).toContain(
      "info: VM 'rbpl-dc01': powered on, windows2019srvNext_64Guest, address 10.20.10.10",
    );
    expect(messages).toContain(
      "warning: VM 'old-opac' is not powered on; Pulumi adopts it as it is (remove it from site.yaml if it is retired)",
    );
    expect(messages).toContain(
      "warning: VM 'old-opac' reports no address (powered off, or no VMware Tools); set network.ip by hand",
    );
  });

  it("gives the adoption IDs of VMs, folders, port groups, tags and the rule", () => {
    const ids = Object.fromEntries(fragment.adopt.map((a) => [`${a.type} ${a.name}`, a.id]));
    expect(ids).toMatchObject({
      "vsphere:index/virtualMachine:VirtualMachine rbpl-dc01": "/DC0/vm/Servers/rbpl-dc01",
      "vsphere:index/folder:Folder rbpl-folder-Servers": "/DC0/vm/Servers",
      "vsphere:index/distributedPortGroup:DistributedPortGroup rbpl-servers":
        "/DC0/network/VLAN10-Servers",
      "vsphere:index/tagCategory:TagCategory rbpl-backup": "Backup",
      "vsphere:index/tag:Tag rbpl-backup-daily": '{"category_name":"Backup","tag_name":"Daily"}',
      "vsphere:index/computeClusterVmAntiAffinityRule:ComputeClusterVmAntiAffinityRule rbpl-domain-controllers":
        '{"compute_cluster_path":"/DC0/host/DC0_C0","name":"domain-controllers"}',
    });
    expect(fragment.adopt.filter((a) => a.type.endsWith("VirtualMachine")).length).toBe(9);
  });
});

describe("reading the inventory page by page", () => {
  it("gives the same fragment with pages of 7 objects as with one page", async () => {
    const sim = await startVcsim({ library: true });
    try {
      const whole = await readVcenter(sim.url, { env: sim.env });
      const paged = await readVcenter(sim.url, { env: sim.env, pageSize: 7 });
      expect(paged).toEqual(whole);
    } finally {
      await sim.stop();
    }
  });
});

describe("reading the simulator's default inventory", () => {
  it("finds DC0, its cluster, DVS0 and the four default VMs", async () => {
    const sim = await startVcsim();
    try {
      const fragment = await readVcenter(sim.url, { env: sim.env, siteCode: "lib" });
      expect(itemValue(fragment, "vsphere", "distributedSwitch")).toBe("DVS0");
      const vms = fragment.items.filter((i) => i.key[1] === "vms").map((i) => i.key[2]);
      expect(vms).toEqual(["DC0_C0_RP0_VM0", "DC0_C0_RP0_VM1", "DC0_H0_VM0", "DC0_H0_VM1"]);
      expect(fragment.items.some((i) => i.key[0] === "site")).toBe(false);
    } finally {
      await sim.stop();
    }
  });
});
