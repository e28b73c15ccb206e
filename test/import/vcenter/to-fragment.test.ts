import { describe, expect, it } from "vitest";
import type { Inventory, VirtualMachine } from "../../../src/import/vcenter/inventory.ts";
import { inventoryToFragment } from "../../../src/import/vcenter/to-fragment.ts";

const vm = (
  name: string,
  datacenter: string,
  extra: Partial<VirtualMachine> = {},
): VirtualMachine => ({
  id: `vm-${name}`,
  name,
  datacenter,
  path: `/${datacenter}/vm/Servers/${name}`,
  template: false,
  guestId: "ubuntu64Guest",
  guestFullName: "Ubuntu Linux (64-bit)",
  annotation: "",
  cpus: 2,
  memoryMb: 4096,
  disks: [{ label: "Hard disk 1", sizeKb: 40 * 1024 * 1024 }],
  networks: ["pg-1"],
  folderPath: "Servers",
  computeResource: "c-1",
  datastores: ["ds-1"],
  powerState: "poweredOn",
  ip: "10.1.10.20",
  ...extra,
});

const inventory: Inventory = {
  datacenters: [
    { id: "dc-1", name: "Main", datacenter: "dc-1", path: "/Main" },
    { id: "dc-2", name: "Branch", datacenter: "dc-2", path: "/Branch" },
  ],
  clusters: [
    {
      id: "c-1",
      name: "Cluster",
      datacenter: "dc-1",
      path: "/Main/host/Cluster",
      antiAffinity: [],
    },
  ],
  datastores: [{ id: "ds-1", name: "ssd", datacenter: "dc-1", path: "/Main/datastore/ssd" }],
  switches: [
    { id: "dvs-1", name: "dvs", datacenter: "dc-1", path: "/Main/network/dvs", uuid: "u" },
  ],
  portGroups: [
    {
      id: "pg-1",
      name: "Servers",
      datacenter: "dc-1",
      path: "/Main/network/Servers",
      key: "k1",
      switchId: "dvs-1",
      vlan: 10,
      uplink: false,
    },
    {
      id: "pg-2",
      name: "Servers-old",
      datacenter: "dc-1",
      path: "/Main/network/Servers-old",
      key: "k2",
      switchId: "dvs-1",
      vlan: 10,
      uplink: false,
    },
  ],
  folders: [
    {
      id: "f-1",
      name: "Servers",
      datacenter: "dc-1",
      path: "/Main/vm/Servers",
      folderPath: "Servers",
    },
  ],
  vms: [
    vm("lib-app1", "dc-1"),
    vm("lib-app2", "dc-1", { networks: ["pg-2"], memoryMb: 3000 }),
    vm("br-app1", "dc-2"),
    vm("tmpl-ubuntu", "dc-1", { template: true }),
  ],
};

const fragment = inventoryToFragment({
  inventory,
  tags: [],
  server: "vc.lib.example",
  siteCode: "lib",
  origin: { source: "https://vc.lib.example/sdk" },
});

describe("mapping an inventory with two datacenters", () => {
  it("takes the datacenter with most VMs and names the other", () => {
    expect(fragment.items.find((i) => i.key.join(".") === "vsphere.datacenter")?.value).toBe(
      "Main",
    );
    expect(fragment.notes.map((n) => n.message)).toContain(
      "vCenter also has datacenter 'Branch'; site.yaml describes one, 'Main'",
    );
    const vms = fragment.items.filter((i) => i.key[1] === "vms").map((i) => i.key[2]);
    expect(vms).toEqual(["lib-app1", "lib-app2"]);
  });

  it("imports one port group per VLAN and puts VMs of the other on the same VLAN", () => {
    expect(fragment.notes.map((n) => n.message)).toContain(
      "port groups 'Servers' and 'Servers-old' both carry VLAN 10; only 'Servers' is imported",
    );
    const app2 = fragment.items.find((i) => i.key[2] === "lib-app2")?.value as {
      network: object;
      memoryGb: number;
    };
    expect(app2.network).toEqual({ vlan: "servers", ip: "10.1.10.20" });
    expect(app2.memoryGb).toBe(3);
  });
});
