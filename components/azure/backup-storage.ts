/**
 * `carrel:azure:BackupStorage`: the storage account backups go to, locked down (HTTPS
 * only, TLS 1.2, no public blob access), with its containers, a time-based immutability
 * policy on each container and a lifecycle policy that cools and then deletes old blobs.
 */
import * as pulumi from "@pulumi/pulumi";
import * as storage from "@pulumi/azure-native/storage/index.js";
import type { Provider } from "@pulumi/azure-native/provider.js";
import { Adoption } from "../../src/pulumi/adoption.ts";
import { ADOPTABLE, storageAccountResourceName } from "../../src/pulumi/names.ts";
import type { AzurePlan } from "../../src/pulumi/plan.ts";

/** The backup storage settings. */
export interface BackupStorageArgs {
  /** The backup section of the Azure plan. */
  readonly backup: NonNullable<AzurePlan["backup"]>;
  /** The resource group's name. */
  readonly resourceGroupName: pulumi.Input<string>;
  /** The Azure region. */
  readonly location: string;
  /** Tags for every taggable resource (the site code). */
  readonly tags: Record<string, string>;
  /** The azure-native provider. */
  readonly provider: Provider;
  /** The storage account when it already exists. @default nothing */
  readonly adoption?: Adoption;
}

/** The backup storage account and its policies. */
export class BackupStorage extends pulumi.ComponentResource {
  readonly accountName: pulumi.Output<string>;
  readonly accountId: pulumi.Output<string>;
  readonly blobEndpoint: pulumi.Output<string>;

  constructor(name: string, args: BackupStorageArgs, opts?: pulumi.ComponentResourceOptions) {
    super("carrel:azure:BackupStorage", name, {}, opts);
    const { backup, resourceGroupName, provider } = args;
    const child = { parent: this, provider };
    const accountName = storageAccountResourceName(backup.storageAccount);
    const account = new storage.StorageAccount(
      accountName,
      {
        accountName: backup.storageAccount,
        resourceGroupName,
        location: args.location,
        kind: "StorageV2",
        sku: { name: "Standard_GRS" },
        accessTier: "Hot",
        enableHttpsTrafficOnly: true,
        minimumTlsVersion: "TLS1_2",
        allowBlobPublicAccess: false,
        tags: args.tags,
      },
      {
        ...child,
        ...(args.adoption ?? new Adoption()).options(ADOPTABLE.storageAccount, accountName),
      },
    );
    for (const containerName of backup.containers) {
      const container = new storage.BlobContainer(
        `${backup.storageAccount}-${containerName}`,
        {
          accountName: account.name,
          resourceGroupName,
          containerName,
          publicAccess: "None",
        },
        child,
      );
      new storage.BlobContainerImmutabilityPolicy(
        `${backup.storageAccount}-${containerName}`,
        {
          accountName: account.name,
          resourceGroupName,
          containerName: container.name,
          immutabilityPolicyName: "default",
          immutabilityPeriodSinceCreationInDays: backup.immutableDays,
          allowProtectedAppendWrites: false,
        },
        child,
      );
    }
    new storage.ManagementPolicy(
      `${backup.storageAccount}-lifecycle`,
      {
        accountName: account.name,
        resourceGroupName,
        managementPolicyName: "default",
        policy: {
          rules: [
            {
              name: "cool-then-delete",
              enabled: true,
              type: "Lifecycle",
              definition: {
                filters: { blobTypes: ["blockBlob"] },
                actions: {
                  baseBlob: {
                    tierToCool: { daysAfterModificationGreaterThan: backup.coolAfterDays },
                    delete: { daysAfterModificationGreaterThan: backup.deleteAfterDays },
                  },
                },
              },
            },
          ],
        },
      },
      child,
    );
    this.accountName = account.name;
    this.accountId = account.id;
    this.blobEndpoint = account.primaryEndpoints.blob;
    this.registerOutputs({
      accountName: this.accountName,
      accountId: this.accountId,
      blobEndpoint: this.blobEndpoint,
    });
  }
}
