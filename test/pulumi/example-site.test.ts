/**
 * The Pulumi program on the example library: the whole resource tree, and the inputs
 * that matter for each kind of resource.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { mockTemplate, mockUserId, mockVmId, mockGroupId, type MockRun } from "./mocks.ts";
import { SITES, T, providerRef, resource, resourceTable, resources, runSite } from "./helpers.ts";

let run: MockRun;
beforeAll(async () => {
  run = await runSite(SITES.example);
});

describe("given the example site", () => {
  it("when the program runs, then it finishes without error", () => {
    expect(run.error).toBeUndefined();
  });

  it("then it registers exactly the reviewed resource tree", async () => {
    await expect(resourceTable(run)).toMatchFileSnapshot(
      "__snapshots__/example-site.resources.txt",
    );
  });

  it("then every resource uses one of the explicit providers built from stack config", () => {
    const refs = ["vsphere", "azure-native", "azuread"].map((pkg) => providerRef(run, pkg));
    const custom = run.registrations.filter((r) => r.custom && !r.type.startsWith("pulumi:"));
    expect(custom.length).toBeGreaterThan(0);
    for (const r of custom) expect(refs, `${r.type} ${r.name}`).toContain(r.provider);
    expect(resource(run, "pulumi:providers:vsphere", "rbpl-vsphere").inputs).toMatchObject({
      vsphereServer: "vcenter.ad.rbpl.org",
      user: "svc-carrel@vsphere.local",
      allowUnverifiedSsl: "true",
    });
    expect(resource(run, "pulumi:providers:azure-native", "rbpl-azure").inputs).toMatchObject({
      location: "eastus",
      subscriptionId: "00000000-0000-0000-0000-000000000001",
    });
    expect(resource(run, "pulumi:providers:azuread", "rbpl-entra").inputs).toMatchObject({
      tenantId: "00000000-0000-0000-0000-000000000002",
    });
  });
});

describe("given the example site's server VMs", () => {
  it("then a Windows VM is a full clone of its template with static address and domain join", () => {
    const vm = resource(run, T.vm, "rbpl-dc01").inputs;
    expect(vm).toMatchObject({
      name: "rbpl-dc01",
      numCpus: 2,
      memory: 8192,
      folder: "Servers",
      resourcePoolId: "resgroup-9",
      datastoreId: "datastore-12",
      guestId: "windows2019srvNext_64Guest",
      networkInterfaces: [{ networkId: "rbpl-servers-id", adapterType: "vmxnet3" }],
      disks: [
        { label: "disk0", size: 80, unitNumber: 0, thinProvisioned: true, eagerlyScrub: false },
      ],
      tags: ["rbpl-role-domain-controller-id", "rbpl-backup-daily-id"],
    });
    expect(vm.clone).toEqual({
      templateUuid: mockTemplate("tmpl-win2022-std").id,
      linkedClone: false,
      customize: {
        networkInterfaces: [{ ipv4Address: "10.20.10.10", ipv4Netmask: 24 }],
        ipv4Gateway: "10.20.10.1",
        dnsServerLists: ["10.20.10.10", "10.20.10.11"],
        dnsSuffixLists: ["ad.rbpl.org"],
        windowsOptions: {
          computerName: "rbpl-dc01",
          joinDomain: "ad.rbpl.org",
          domainAdminUser: "svc-domainjoin",
          domainAdminPassword: "dj-Secret-41b8e2!",
        },
      },
    });
  });

  it("then a VM gets every disk, system disk first", () => {
    expect(resource(run, T.vm, "rbpl-file01").inputs.disks).toEqual([
      { label: "disk0", size: 80, unitNumber: 0, thinProvisioned: true, eagerlyScrub: false },
      { label: "disk1", size: 1024, unitNumber: 1, thinProvisioned: true, eagerlyScrub: false },
    ]);
  });

  it("then a Linux VM gets host and domain name and the site's time zone", () => {
    const vm = resource(run, T.vm, "rbpl-dhcp01").inputs;
    expect(vm).toMatchObject({ numCpus: 1, memory: 2048, guestId: "ubuntu64Guest" });
    expect(vm.clone).toEqual({
      templateUuid: mockTemplate("tmpl-ubuntu-2404").id,
      linkedClone: false,
      customize: {
        networkInterfaces: [{ ipv4Address: "10.20.10.12", ipv4Netmask: 24 }],
        ipv4Gateway: "10.20.10.1",
        dnsServerLists: ["10.20.10.10", "10.20.10.11"],
        dnsSuffixLists: ["ad.rbpl.org"],
        linuxOptions: {
          hostName: "rbpl-dhcp01",
          domain: "ad.rbpl.org",
          timeZone: "America/New_York",
        },
      },
    });
  });

  it("then a VM without a role gets only its backup tag", () => {
    expect(resource(run, T.vm, "rbpl-prov01").inputs.tags).toEqual([
      "rbpl-role-phone-provisioning-id",
      "rbpl-backup-none-id",
    ]);
  });

  it("then the domain controllers are kept apart by one anti-affinity rule", () => {
    const rules = resources(run, T.antiAffinity);
    expect(rules.map((r) => r.inputs)).toEqual([
      {
        name: "rbpl-domain-controllers",
        computeClusterId: "domain-c8",
        virtualMachineIds: [mockVmId("rbpl-dc01"), mockVmId("rbpl-dc02")],
        enabled: true,
      },
    ]);
  });

  it("then templates, datacenter, cluster, datastore and switch are looked up by name", () => {
    const lookups = run.calls
      .filter((c) => c.token.startsWith("vsphere:"))
      .map((c) => `${c.token.split(":").pop()} ${String(c.inputs.name)}`)
      .sort();
    expect(lookups).toEqual([
      "getComputeCluster Cluster01",
      "getDatacenter RBPL",
      "getDatastore vsanDatastore",
      "getDistributedVirtualSwitch dvs-rbpl",
      "getVirtualMachine tmpl-ubuntu-2404",
      "getVirtualMachine tmpl-win11-public-golden",
      "getVirtualMachine tmpl-win2022-std",
    ]);
  });
});

describe("given the example site's network and inventory layout", () => {
  it("then each portGroups VLAN gets a port group named with the site code and its VLAN id", () => {
    expect(
      resources(run, T.portGroup).map((r) => [
        r.inputs.name,
        r.inputs.vlanId,
        r.inputs.distributedVirtualSwitchUuid,
      ]),
    ).toEqual([
      ["rbpl-management", 40, "50 1d 6e 2a dvs"],
      ["rbpl-public", 30, "50 1d 6e 2a dvs"],
      ["rbpl-servers", 10, "50 1d 6e 2a dvs"],
    ]);
  });

  it("then each folder is a VM folder in the datacenter", () => {
    expect(resources(run, T.folder).map((r) => r.inputs)).toEqual([
      { path: "Servers", type: "vm", datacenterId: "datacenter-3" },
      { path: "VDI", type: "vm", datacenterId: "datacenter-3" },
    ]);
  });

  it("then role and backup tags live in single-cardinality VM categories", () => {
    expect(
      resources(run, T.tagCategory).map((r) => [
        r.name,
        r.inputs.cardinality,
        r.inputs.associableTypes,
      ]),
    ).toEqual([
      ["rbpl-backup", "SINGLE", ["VirtualMachine"]],
      ["rbpl-role", "SINGLE", ["VirtualMachine"]],
    ]);
    expect(
      resources(run, T.tag).map((r) => `${String(r.inputs.categoryId)} ${String(r.inputs.name)}`),
    ).toEqual([
      "rbpl-backup-id daily",
      "rbpl-backup-id none",
      "rbpl-backup-id weekly",
      "rbpl-role-id dhcp",
      "rbpl-role-id domain-controller",
      "rbpl-role-id file-server",
      "rbpl-role-id phone-provisioning",
      "rbpl-role-id print-server",
    ]);
  });
});

describe("given the example site's VDI pools", () => {
  it("then each pool has count desktops named by its pattern", () => {
    const desktops = resources(run, T.vm).filter((r) => r.parent.includes("VdiPool"));
    expect(desktops).toHaveLength(30);
    expect(resource(run, T.vm, "public-pcs-7").inputs.name).toBe("PUB-07");
    expect(resource(run, T.vm, "catalog-kiosks-6").inputs.name).toBe("OPAC-06");
  });

  it("then a desktop is a linked clone on DHCP, joined to the domain, in the pool folder", () => {
    const desktop = resource(run, T.vm, "public-pcs-1").inputs;
    expect(desktop).toMatchObject({
      name: "PUB-01",
      numCpus: 2,
      memory: 4096,
      folder: "VDI",
      networkInterfaces: [{ networkId: "rbpl-public-id", adapterType: "vmxnet3" }],
      disks: [
        { label: "disk0", size: 60, unitNumber: 0, thinProvisioned: true, eagerlyScrub: false },
      ],
    });
    expect(desktop.clone).toEqual({
      templateUuid: mockTemplate("tmpl-win11-public-golden").id,
      linkedClone: true,
      customize: {
        networkInterfaces: [{}],
        dnsSuffixLists: ["ad.rbpl.org"],
        windowsOptions: {
          computerName: "PUB-01",
          joinDomain: "ad.rbpl.org",
          domainAdminUser: "svc-domainjoin",
          domainAdminPassword: "dj-Secret-41b8e2!",
        },
      },
    });
  });
});

describe("given the example site's directory", () => {
  it("then each group is an Entra ID security group", () => {
    expect(resource(run, T.group, "RBPL-Staff").inputs).toEqual({
      displayName: "RBPL-Staff",
      description: "Every library staff member",
      securityEnabled: true,
    });
    expect(resources(run, T.group)).toHaveLength(7);
  });

  it("then nested groups and users become memberships, users looked up by principal name", () => {
    const members = resources(run, T.member).map(
      (r) => `${String(r.inputs.groupObjectId)} <- ${String(r.inputs.memberObjectId)}`,
    );
    expect(members.sort()).toEqual(
      [
        ...["RBPL-Circulation", "RBPL-Reference", "RBPL-Teen-Services", "RBPL-IT-Admins"].map(
          (g) => `${mockGroupId("RBPL-Staff")} <- ${mockGroupId(g)}`,
        ),
        `${mockGroupId("RBPL-IT-Admins")} <- ${mockUserId("jlee@rbpl.org")}`,
        `${mockGroupId("RBPL-IT-Admins")} <- ${mockUserId("sortiz@rbpl.org")}`,
      ].sort(),
    );
    expect(
      run.calls.filter((c) => c.token === "azuread:index/getUser:getUser").map((c) => c.inputs),
    ).toEqual([{ userPrincipalName: "jlee@rbpl.org" }, { userPrincipalName: "sortiz@rbpl.org" }]);
  });
});

describe("given the example site's Azure section", () => {
  it("then the backup storage account is locked down", () => {
    expect(resource(run, T.storage, "strbplbackup").inputs).toMatchObject({
      accountName: "strbplbackup",
      resourceGroupName: "rg-rbpl-prod",
      kind: "StorageV2",
      enableHttpsTrafficOnly: true,
      minimumTlsVersion: "TLS1_2",
      allowBlobPublicAccess: false,
    });
  });

  it("then each container has a time-based immutability policy of immutableDays", () => {
    expect(
      resources(run, T.container).map((r) => [r.inputs.containerName, r.inputs.publicAccess]),
    ).toEqual([
      ["switch-configs", "None"],
      ["vm-backups", "None"],
    ]);
    expect(
      resources(run, T.immutability).map((r) => [
        r.inputs.containerName,
        r.inputs.immutabilityPeriodSinceCreationInDays,
      ]),
    ).toEqual([
      ["switch-configs", 30],
      ["vm-backups", 30],
    ]);
  });

  it("then the lifecycle policy cools after coolAfterDays and deletes after deleteAfterDays", () => {
    const [policy] = resources(run, T.lifecycle);
    expect(policy!.inputs.policy).toEqual({
      rules: [
        {
          name: "cool-then-delete",
          enabled: true,
          type: "Lifecycle",
          definition: {
            filters: { blobTypes: ["blockBlob"] },
            actions: {
              baseBlob: {
                tierToCool: { daysAfterModificationGreaterThan: 30 },
                delete: { daysAfterModificationGreaterThan: 365 },
              },
            },
          },
        },
      ],
    });
  });

  it("then the Log Analytics workspace keeps data for retentionDays", () => {
    expect(resource(run, T.workspace, "rbpl-logs").inputs).toMatchObject({
      retentionInDays: 90,
      sku: { name: "PerGB2018" },
    });
  });

  it("then the VPN reaches the library's non-isolated VLAN subnets by default", () => {
    expect(resource(run, T.vnet, "rbpl-vpn-vnet").inputs.addressSpace).toEqual({
      addressPrefixes: ["10.120.0.0/16"],
    });
    expect(resource(run, T.subnet, "rbpl-vpn-GatewaySubnet").inputs).toMatchObject({
      subnetName: "GatewaySubnet",
      addressPrefix: "10.120.255.0/27",
    });
    expect(resource(run, T.publicIp, "rbpl-vpn-gateway-ip").inputs).toMatchObject({
      publicIPAllocationMethod: "Static",
      sku: { name: "Standard", tier: "Regional" },
    });
    expect(resource(run, T.gateway, "rbpl-vpn-gateway").inputs).toMatchObject({
      gatewayType: "Vpn",
      vpnType: "RouteBased",
      sku: { name: "VpnGw1", tier: "VpnGw1" },
    });
    expect(resource(run, T.localGateway, "rbpl-vpn-library").inputs).toMatchObject({
      gatewayIpAddress: "203.0.113.10",
      localNetworkAddressSpace: {
        addressPrefixes: [
          "10.20.10.0/24",
          "10.20.20.0/23",
          "10.20.40.0/24",
          "10.20.60.0/24",
          "10.20.70.0/24",
        ],
      },
    });
    expect(resource(run, T.connection, "rbpl-vpn-library-ipsec").inputs).toMatchObject({
      connectionType: "IPsec",
      virtualNetworkGateway1: { id: "rbpl-vpn-gateway-id" },
      localNetworkGateway2: { id: "rbpl-vpn-library-id" },
      sharedKey: "psk-Secret-c09d5e!",
    });
  });

  it("then every Azure resource that takes tags is tagged with the site code", () => {
    const untaggable = new Set([T.container, T.immutability, T.lifecycle, T.subnet, T.recordSet]);
    const azure = run.registrations.filter(
      (r) => r.type.startsWith("azure-native:") && !untaggable.has(r.type as never),
    );
    expect(azure.length).toBe(9);
    for (const r of azure)
      expect(r.inputs.tags, r.name).toEqual({ site: "rbpl", "managed-by": "carrel" });
    // record sets take metadata instead of tags
    for (const r of resources(run, T.recordSet))
      expect(r.inputs.metadata, r.name).toEqual({ site: "rbpl", "managed-by": "carrel" });
  });
});

describe("given the example site's public zone (provider: azure)", () => {
  it("then the zone is a public Azure DNS zone in the site's resource group", () => {
    expect(resource(run, T.dnsZone, "rbpl.org").inputs).toMatchObject({
      zoneName: "rbpl.org",
      resourceGroupName: "rg-rbpl-prod",
      location: "global",
      zoneType: "Public",
    });
  });

  it("then each name and type is one record set, named by domain, type and name", () => {
    const sets = resources(run, T.recordSet);
    expect(sets.map((r) => r.name).sort()).toEqual([
      "rbpl.org-A-@",
      "rbpl.org-CNAME-autodiscover",
      "rbpl.org-CNAME-catalog",
      "rbpl.org-CNAME-ils1._domainkey",
      "rbpl.org-CNAME-rooms",
      "rbpl.org-CNAME-selector1._domainkey",
      "rbpl.org-CNAME-selector2._domainkey",
      "rbpl.org-CNAME-www",
      "rbpl.org-MX-@",
      "rbpl.org-TXT-@",
      "rbpl.org-TXT-_dmarc",
    ]);
    for (const r of sets)
      expect(r.inputs, r.name).toMatchObject({
        zoneName: "rbpl.org",
        resourceGroupName: "rg-rbpl-prod",
        ttl: 3600,
      });
  });

  it("then the records are what the zone file holds, written as Azure takes them", () => {
    const inputs = (name: string) => resource(run, T.recordSet, name).inputs;
    expect(inputs("rbpl.org-A-@")).toMatchObject({
      relativeRecordSetName: "@",
      recordType: "A",
      aRecords: [{ ipv4Address: "203.0.113.80" }],
    });
    expect(inputs("rbpl.org-MX-@")).toMatchObject({
      recordType: "MX",
      mxRecords: [{ preference: 0, exchange: "rbpl-org.mail.protection.outlook.com" }],
    });
    expect(inputs("rbpl.org-TXT-@")).toMatchObject({
      recordType: "TXT",
      txtRecords: [
        { value: ["MS=ms48213907"] },
        {
          value: [
            "v=spf1 ip4:203.0.113.25 include:_spf.consortium.example include:spf.protection.outlook.com -all",
          ],
        },
      ],
    });
    expect(inputs("rbpl.org-TXT-_dmarc")).toMatchObject({
      relativeRecordSetName: "_dmarc",
      txtRecords: [
        { value: ["v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@rbpl.org; adkim=r; aspf=r"] },
      ],
    });
    expect(inputs("rbpl.org-CNAME-selector1._domainkey")).toMatchObject({
      relativeRecordSetName: "selector1._domainkey",
      recordType: "CNAME",
      cnameRecord: { cname: "selector1-rbpl-org._domainkey.rbplorg.onmicrosoft.com" },
    });
    expect(Object.keys(inputs("rbpl.org-CNAME-www"))).not.toContain("aRecords");
  });
});

describe("given the example site's stack outputs", () => {
  it("then they hold what a successor needs and nothing secret", () => {
    expect(run.outputs).toEqual({
      vmAddresses: {
        "rbpl-dc01": "10.20.10.10",
        "rbpl-dc02": "10.20.10.11",
        "rbpl-dhcp01": "10.20.10.12",
        "rbpl-file01": "10.20.10.13",
        "rbpl-print01": "10.20.10.14",
        "rbpl-prov01": "10.20.10.20",
      },
      desktopNames: {
        "catalog-kiosks": ["OPAC-01", "OPAC-02", "OPAC-03", "OPAC-04", "OPAC-05", "OPAC-06"],
        "public-pcs": Array.from({ length: 24 }, (_, i) => `PUB-${String(i + 1).padStart(2, "0")}`),
      },
      groupObjectIds: Object.fromEntries(
        [
          "RBPL-Circulation",
          "RBPL-DML-Users",
          "RBPL-IT-Admins",
          "RBPL-Reference",
          "RBPL-Staff",
          "RBPL-Teen-Services",
          "RBPL-VDI-Public",
        ].map((g) => [g, mockGroupId(g)]),
      ),
      storageAccount: {
        name: "strbplbackup",
        id: "strbplbackup-id",
        blobEndpoint: "https://strbplbackup.blob.core.windows.net/",
      },
      vpnGatewayAddress: "198.51.100.24",
      publicDnsNameServers: [1, 2, 3, 4].map((n) => `ns${n}-07.azure-dns.example.`),
    });
  });
});
