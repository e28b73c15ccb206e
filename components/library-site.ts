/**
 * `carrel:site:LibrarySite`: the root of a library's infrastructure. It builds one
 * explicit provider per platform from stack config (vCenter address from site.yaml,
 * credentials from secrets; Azure subscription and region; Entra tenant) and the
 * components for the sections site.yaml has: vSphere, directory groups, Azure.
 *
 * The providers come first; every section waits until every vCenter name site.yaml uses
 * has been looked up: `ready` settles when the site is complete, and rejects with a
 * `VsphereNamesError` listing each missing name (nothing but the providers is registered
 * then, in vCenter, Entra ID or Azure).
 */
import * as azureNative from "@pulumi/azure-native/provider.js";
import * as azuread from "@pulumi/azuread/index.js";
import * as pulumi from "@pulumi/pulumi";
import { Adoption } from "../src/pulumi/adoption.ts";
import type { SitePlan } from "../src/pulumi/plan.ts";
import { lookupVsphereNames } from "../src/pulumi/vsphere-names.ts";
import type { StackSettings } from "../src/pulumi/settings.ts";
import * as vsphere from "../src/vsphere/index.ts";
import { AzureSite } from "./azure/azure-site.ts";
import { DirectoryGroups } from "./directory/directory-groups.ts";
import { VsphereSite } from "./vsphere/vsphere-site.ts";

/** A library site: its plan and the stack settings its sections need. */
export interface LibrarySiteArgs {
  /** What to build, derived from a valid site.yaml. */
  readonly plan: SitePlan;
  /** Account settings and secrets from stack config. */
  readonly settings: StackSettings;
  /** What already exists and is adopted (the stack's imports file). @default nothing */
  readonly adoption?: Adoption;
}

/** What a successor needs to know about the deployed site: the stack outputs. */
export interface SiteOutputs {
  /** Server VM name → static address. */
  vmAddresses?: pulumi.Output<Record<string, string>>;
  /** Pool name → desktop names. */
  desktopNames?: pulumi.Output<Record<string, string[]>>;
  /** Directory group name → Entra ID object id. */
  groupObjectIds?: pulumi.Output<Record<string, string>>;
  /** The backup storage account's name, id and blob endpoint. */
  storageAccount?: pulumi.Output<{ name: string; id: string; blobEndpoint: string }>;
  /** The Azure VPN gateway's public address, for the library's firewall. */
  vpnGatewayAddress?: pulumi.Output<string | undefined>;
  /** The public zone's Azure DNS name servers: the registrar delegates the domain to them. */
  publicDnsNameServers?: pulumi.Output<string[]>;
}

/** The whole library. */
export class LibrarySite extends pulumi.ComponentResource {
  /** The stack outputs, one entry per present section (complete once `ready` settles). */
  readonly outputs: SiteOutputs;
  /** Settles when every component is registered; rejects when vCenter lacks a name. */
  readonly ready: Promise<void>;

  constructor(name: string, args: LibrarySiteArgs, opts?: pulumi.ComponentResourceOptions) {
    super("carrel:site:LibrarySite", name, {}, opts);
    const { plan, settings } = args;
    const adoption = args.adoption ?? new Adoption();
    const outputs: SiteOutputs = {};
    const vsphereProvider = plan.vsphere && this.vsphereProvider(name, plan.vsphere, settings);
    const entraProvider =
      plan.groups &&
      new azuread.Provider(
        `${name}-entra`,
        { tenantId: required(settings.entraTenantId, "the Entra tenant id") },
        { parent: this },
      );
    const azureProvider = plan.azure && this.azureProvider(name, plan.azure, settings);

    // Nothing is built anywhere until every vCenter name the site needs is known to exist.
    const names =
      plan.vsphere && vsphereProvider
        ? lookupVsphereNames(plan.vsphere, { provider: vsphereProvider, parent: this })
        : Promise.resolve(undefined);
    this.outputs = outputs;
    this.ready = names.then((found) => {
      if (plan.vsphere && vsphereProvider && found) {
        const site = new VsphereSite(
          `${name}-vsphere`,
          {
            plan: plan.vsphere,
            siteCode: plan.code,
            domain: plan.domain,
            timezone: plan.timezone,
            domainJoin: settings.domainJoin,
            provider: vsphereProvider,
            names: found,
            guestWait: required(settings.vsphere, "vSphere credentials").guestWait,
            adoption,
          },
          { parent: this },
        );
        outputs.vmAddresses = site.vmAddresses;
        outputs.desktopNames = site.desktopNames;
      }
      if (plan.groups && entraProvider) {
        const directory = new DirectoryGroups(
          `${name}-directory`,
          { groups: plan.groups, siteCode: plan.code, provider: entraProvider, adoption },
          { parent: this },
        );
        outputs.groupObjectIds = directory.groupObjectIds;
      }
      if (plan.azure && azureProvider) {
        const azure = new AzureSite(
          `${name}-azure`,
          {
            plan: plan.azure,
            siteCode: plan.code,
            vpnSharedKey: settings.vpnSharedKey,
            provider: azureProvider,
            adoption,
          },
          { parent: this },
        );
        if (azure.storageAccount) outputs.storageAccount = azure.storageAccount;
        if (azure.vpnGatewayAddress) outputs.vpnGatewayAddress = azure.vpnGatewayAddress;
        if (azure.publicDnsNameServers) outputs.publicDnsNameServers = azure.publicDnsNameServers;
      }
      this.registerOutputs({ ...outputs });
    });
    // Whoever builds the site awaits `ready`; this only keeps an unawaited failure quiet.
    this.ready.catch(() => undefined);
  }

  /** The provider for the site's vCenter: address from site.yaml, account from stack config. */
  private vsphereProvider(
    name: string,
    plan: NonNullable<SitePlan["vsphere"]>,
    settings: StackSettings,
  ): vsphere.Provider {
    const creds = required(settings.vsphere, "vSphere credentials");
    return new vsphere.Provider(
      `${name}-vsphere`,
      {
        vsphereServer: plan.server,
        user: creds.user,
        password: creds.password,
        allowUnverifiedSsl: creds.allowUnverifiedSsl,
      },
      { parent: this },
    );
  }

  /** The provider for the library's Azure subscription and region. */
  private azureProvider(
    name: string,
    plan: NonNullable<SitePlan["azure"]>,
    settings: StackSettings,
  ): azureNative.Provider {
    const account = required(settings.azure, "the Azure subscription");
    return new azureNative.Provider(
      `${name}-azure`,
      {
        subscriptionId: account.subscriptionId,
        tenantId: account.tenantId,
        location: plan.location,
      },
      { parent: this },
    );
  }
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} must be set in stack config`);
  return value;
}
