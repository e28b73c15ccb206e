/**
 * The Pulumi program on sites with sections left out: a library without vSphere and
 * one without Azure get only what their sections ask for, and need only the stack
 * config those sections need.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { MOCK_CONFIG, mockGroupId, mockTemplate, mockUserId, type MockRun } from "./mocks.ts";
import { CONFIG_KEYS } from "../../src/pulumi/settings.ts";
import { SITES, T, resource, resourceTable, resources, runSite } from "./helpers.ts";

/** MOCK_CONFIG without the given keys. */
function configWithout(...keys: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(MOCK_CONFIG).filter(([k]) => !keys.includes(k)));
}

describe("given a site without vSphere", () => {
  const config = configWithout(
    CONFIG_KEYS.vsphereUser,
    CONFIG_KEYS.vspherePassword,
    CONFIG_KEYS.vsphereAllowUnverifiedSsl,
    CONFIG_KEYS.domainJoinUser,
    CONFIG_KEYS.domainJoinPassword,
  );
  let run: MockRun;
  beforeAll(async () => {
    run = await runSite(SITES.noVsphere, { config });
  });

  it("when the program runs without any vSphere config, then it registers the reviewed tree", async () => {
    expect(run.error).toBeUndefined();
    await expect(resourceTable(run)).toMatchFileSnapshot("__snapshots__/no-vsphere.resources.txt");
    expect(run.registrations.some((r) => r.type.startsWith("vsphere"))).toBe(false);
    expect(run.registrations.some((r) => r.type.includes(":vsphere"))).toBe(false);
    expect(run.calls.some((c) => c.token.startsWith("vsphere:"))).toBe(false);
    expect(Object.keys(run.outputs ?? {}).sort()).toEqual([
      "groupObjectIds",
      "storageAccount",
      "vpnGatewayAddress",
    ]);
  });

  it("then the VPN uses the address spaces site.yaml gives, sorted, and its SKU", async () => {
    expect(resource(run, T.localGateway, "mbbl-vpn-library").inputs).toMatchObject({
      gatewayIpAddress: "198.51.100.77",
      localNetworkAddressSpace: { addressPrefixes: ["10.40.10.0/24", "10.40.30.0/25"] },
    });
    expect(resource(run, T.gateway, "mbbl-vpn-gateway").inputs.sku).toEqual({
      name: "VpnGw2",
      tier: "VpnGw2",
    });
    expect(resources(run, T.workspace)).toEqual([]);
    expect(
      resources(run, T.immutability).map((r) => r.inputs.immutabilityPeriodSinceCreationInDays),
    ).toEqual([14]);
  });

  it("then a user in two groups is looked up once and added to both", async () => {
    const members = resources(run, T.member).map(
      (r) => `${String(r.inputs.groupObjectId)} <- ${String(r.inputs.memberObjectId)}`,
    );
    expect(members.sort()).toEqual(
      [
        `${mockGroupId("MBBL-Staff")} <- ${mockGroupId("MBBL-Admins")}`,
        `${mockGroupId("MBBL-Staff")} <- ${mockUserId("pat@mbbl.org")}`,
        `${mockGroupId("MBBL-Admins")} <- ${mockUserId("pat@mbbl.org")}`,
        `${mockGroupId("MBBL-Admins")} <- ${mockUserId("ali@mbbl.org")}`,
      ].sort(),
    );
    const lookups = run.calls.filter((c) => c.token === "azuread:index/getUser:getUser");
    expect(lookups.map((c) => c.inputs.userPrincipalName)).toEqual([
      "ali@mbbl.org",
      "pat@mbbl.org",
    ]);
  });
});

describe("given a site without Azure", () => {
  const config = configWithout(
    CONFIG_KEYS.azureSubscriptionId,
    CONFIG_KEYS.azureTenantId,
    CONFIG_KEYS.vpnSharedKey,
  );
  let run: MockRun;
  beforeAll(async () => {
    run = await runSite(SITES.noAzure, { config });
  });

  it("when the program runs without any Azure config, then it registers the reviewed tree", async () => {
    expect(run.error).toBeUndefined();
    await expect(resourceTable(run)).toMatchFileSnapshot("__snapshots__/no-azure.resources.txt");
    expect(run.registrations.some((r) => r.type.includes("azure-native"))).toBe(false);
    expect(Object.keys(run.outputs ?? {}).sort()).toEqual([
      "desktopNames",
      "groupObjectIds",
      "vmAddresses",
    ]);
  });

  it("then a Linux pool's desktops are full clones named by the pattern with Linux host names", async () => {
    const desktop = resource(run, T.vm, "lab-linux-3").inputs;
    expect(desktop).toMatchObject({
      name: "oak-lab-3",
      numCpus: 2,
      memory: 8192,
      folder: "Lab Desktops",
      networkInterfaces: [{ networkId: "oakpl-lab-id", adapterType: "vmxnet3" }],
      disks: [
        { label: "disk0", size: 64, unitNumber: 0, thinProvisioned: true, eagerlyScrub: false },
      ],
    });
    expect(desktop.clone).toEqual({
      templateUuid: mockTemplate("tmpl-debian-13").id,
      linkedClone: false,
      customize: {
        networkInterfaces: [{}],
        dnsSuffixLists: ["corp.oakpl.org"],
        linuxOptions: {
          hostName: "oak-lab-3",
          domain: "corp.oakpl.org",
          timeZone: "America/Denver",
        },
      },
    });
  });

  it("then VMs get their VLAN's gateway, prefix and DNS, and every disk", async () => {
    const vm = resource(run, T.vm, "oak-dc1").inputs;
    expect(vm).toMatchObject({ numCpus: 4, memory: 16384 });
    expect((vm.disks as unknown[]).length).toBe(2);
    expect(vm.clone).toMatchObject({
      customize: {
        networkInterfaces: [{ ipv4Address: "10.60.10.10", ipv4Netmask: 24 }],
        ipv4Gateway: "10.60.10.1",
        dnsServerLists: ["10.60.10.10"],
        windowsOptions: { computerName: "oak-dc1", joinDomain: "corp.oakpl.org" },
      },
    });
    expect(resource(run, T.vm, "oak-mon").inputs.tags).toEqual(["oakpl-backup-none-id"]);
    expect(resources(run, T.portGroup).map((r) => [r.inputs.name, r.inputs.vlanId])).toEqual([
      ["oakpl-lab", 30],
      ["oakpl-servers", 10],
    ]);
    expect(resources(run, T.folder).map((r) => r.inputs.path)).toEqual(["Infra", "Lab Desktops"]);
  });
});
