/**
 * `carrel:azure:AzureSite`: the library's Azure resources in one resource group:
 * backup storage, a Log Analytics workspace, the site-to-site VPN and the public DNS zone,
 * each present when site.yaml asks for it. Every taggable resource carries the site code.
 */
import * as pulumi from "@pulumi/pulumi";
import * as operationalinsights from "@pulumi/azure-native/operationalinsights/index.js";
import type { Provider } from "@pulumi/azure-native/provider.js";
import * as resources from "@pulumi/azure-native/resources/index.js";
import { Adoption } from "../../src/pulumi/adoption.ts";
import { ADOPTABLE, resourceGroupResourceName } from "../../src/pulumi/names.ts";
import type { AzurePlan } from "../../src/pulumi/plan.ts";
import { BackupStorage } from "./backup-storage.ts";
import { PublicDns } from "./public-dns.ts";
import { SiteVpn } from "./site-vpn.ts";

/** The Azure section of the site. */
export interface AzureSiteArgs {
  /** The Azure part of the site plan. */
  readonly plan: AzurePlan;
  /** The site code: tags every resource and prefixes names. */
  readonly siteCode: string;
  /** The VPN's pre-shared key (a secret); required when the plan has a VPN. */
  readonly vpnSharedKey: pulumi.Input<string> | undefined;
  /** The azure-native provider for the library's subscription. */
  readonly provider: Provider;
  /** The resource group, storage account and DNS zone when they already exist. @default nothing */
  readonly adoption?: Adoption;
}

/** The tags every Azure resource gets. */
export function siteTags(siteCode: string): Record<string, string> {
  return { site: siteCode, "managed-by": "carrel" };
}

/** The library's Azure estate. */
export class AzureSite extends pulumi.ComponentResource {
  /** The backup storage account's name, id and blob endpoint, when there is one. */
  readonly storageAccount:
    pulumi.Output<{ name: string; id: string; blobEndpoint: string }> | undefined;
  /** The VPN gateway's public address, when there is a VPN. */
  readonly vpnGatewayAddress: pulumi.Output<string | undefined> | undefined;
  /** The public zone's name servers in Azure DNS, when site.yaml puts the zone there. */
  readonly publicDnsNameServers: pulumi.Output<string[]> | undefined;

  constructor(name: string, args: AzureSiteArgs, opts?: pulumi.ComponentResourceOptions) {
    super("carrel:azure:AzureSite", name, {}, opts);
    const { plan, siteCode, provider } = args;
    const tags = siteTags(siteCode);
    const child = { parent: this, provider };
    const adoption = args.adoption ?? new Adoption();
    const groupName = resourceGroupResourceName(plan.resourceGroup);
    const group = new resources.ResourceGroup(
      groupName,
      { resourceGroupName: plan.resourceGroup, location: plan.location, tags },
      { ...child, ...adoption.options(ADOPTABLE.resourceGroup, groupName) },
    );
    const common = { resourceGroupName: group.name, location: plan.location, tags, provider };

    if (plan.backup) {
      const backup = new BackupStorage(
        plan.backup.storageAccount,
        { backup: plan.backup, ...common, adoption },
        { parent: this },
      );
      this.storageAccount = pulumi
        .all([backup.accountName, backup.accountId, backup.blobEndpoint])
        .apply(([accountName, id, blobEndpoint]) => ({ name: accountName, id, blobEndpoint }));
    }
    if (plan.logAnalytics) {
      new operationalinsights.Workspace(
        `${siteCode}-logs`,
        {
          workspaceName: `${siteCode}-logs`,
          resourceGroupName: group.name,
          location: plan.location,
          sku: { name: "PerGB2018" },
          retentionInDays: plan.logAnalytics.retentionDays,
          tags,
        },
        child,
      );
    }
    if (plan.vpn) {
      if (args.vpnSharedKey === undefined) throw new Error("the VPN needs a shared key");
      const vpn = new SiteVpn(
        `${siteCode}-vpn`,
        { vpn: plan.vpn, siteCode, sharedKey: args.vpnSharedKey, ...common },
        { parent: this },
      );
      this.vpnGatewayAddress = vpn.gatewayAddress;
    }
    if (plan.publicDns) {
      const zone = new PublicDns(
        `${siteCode}-public-dns`,
        { plan: plan.publicDns, resourceGroupName: group.name, tags, provider, adoption },
        { parent: this },
      );
      this.publicDnsNameServers = zone.nameServers;
    }
    this.registerOutputs({
      storageAccount: this.storageAccount,
      vpnGatewayAddress: this.vpnGatewayAddress,
      publicDnsNameServers: this.publicDnsNameServers,
    });
  }
}
