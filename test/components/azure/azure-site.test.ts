/** `carrel:azure:AzureSite`, `BackupStorage` and `SiteVpn`: only the parts the plan has. */
import * as pulumi from "@pulumi/pulumi";
import { Provider } from "@pulumi/azure-native/provider.js";
import { describe, expect, it } from "vitest";
import { AzureSite } from "../../../components/azure/azure-site.ts";
import { runUnderMocks } from "../../pulumi/mocks.ts";
import type { AzurePlan } from "../../../src/pulumi/plan.ts";
import { ofType } from "../helpers.ts";

const base: AzurePlan = {
  location: "westeurope",
  resourceGroup: "rg-lib",
  backup: undefined,
  logAnalytics: undefined,
  vpn: undefined,
};

function build(plan: AzurePlan, sharedKey?: string) {
  return runUnderMocks(async () => {
    const provider = new Provider("azure", { location: plan.location });
    const site = new AzureSite("lib-azure", {
      plan,
      siteCode: "lib",
      vpnSharedKey: sharedKey === undefined ? undefined : pulumi.secret(sharedKey),
      provider,
    });
    return { storage: site.storageAccount, vpn: site.vpnGatewayAddress };
  });
}

describe("given an Azure section with only a resource group", () => {
  it("when built, then only the tagged resource group is registered", async () => {
    const run = await build(base);
    const custom = run.registrations.filter((r) => r.type.startsWith("azure-native:"));
    expect(custom.map((r) => [r.type, r.name, r.inputs.tags])).toEqual([
      ["azure-native:resources:ResourceGroup", "rg-lib", { site: "lib", "managed-by": "carrel" }],
    ]);
  });
});

describe("given backup storage with no containers", () => {
  it("when built, then the account and lifecycle policy exist but no immutability policy", async () => {
    const run = await build({
      ...base,
      backup: {
        storageAccount: "stlib",
        containers: [],
        immutableDays: 7,
        coolAfterDays: 1,
        deleteAfterDays: 30,
      },
    });
    expect(ofType(run, "azure-native:storage:StorageAccount")).toHaveLength(1);
    expect(ofType(run, "azure-native:storage:BlobContainerImmutabilityPolicy")).toEqual([]);
    expect(ofType(run, "azure-native:storage:ManagementPolicy")[0]!.inputs).toMatchObject({
      accountName: "stlib",
      managementPolicyName: "default",
    });
  });
});

describe("given a VPN without a shared key", () => {
  it("when built, then it refuses", async () => {
    const run = await build({
      ...base,
      vpn: {
        addressSpace: "10.9.0.0/16",
        gatewaySubnet: "10.9.255.0/27",
        sku: "VpnGw1",
        onPremisesIp: "198.51.100.1",
        onPremisesAddressSpaces: ["10.1.0.0/16"],
      },
    });
    expect((run.error as Error).message).toBe("the VPN needs a shared key");
  });
});
