/**
 * Stack configuration the program reads besides the site file: account settings as
 * plain config, credentials only as secrets. Only what the site's sections need is
 * required, so a library without Azure never has to set Azure keys.
 */
import * as pulumi from "@pulumi/pulumi";
import { CONFIG_KEYS, CONFIG_NAMESPACE } from "./config-keys.ts";
import type { SitePlan } from "./plan.ts";

export { CONFIG_KEYS, CONFIG_NAMESPACE, SECRET_KEYS } from "./config-keys.ts";

/** vCenter credentials. */
export interface VsphereSettings {
  readonly user: string;
  readonly password: pulumi.Output<string>;
  readonly allowUnverifiedSsl: boolean;
  readonly guestWait: GuestWait;
}

/**
 * How long `pulumi up` waits, per VM or desktop, for the guest to report its network
 * (VMware Tools). Carrel sets every address itself and reads none back, and a failed
 * guest customization is caught by its own timeout, so by default it does not wait; a
 * library that wants `pulumi up` to confirm each guest came up on the network sets
 * `carrel:guestNetworkWaitMinutes` (e.g. 5).
 */
export interface GuestWait {
  /** Minutes to wait for a routable address (`waitForGuestNetTimeout`); 0 does not wait. */
  readonly netMinutes: number;
  /** Minutes to wait for any address (`waitForGuestIpTimeout`); 0 does not wait. */
  readonly ipMinutes: number;
}

/** The default: do not wait (see `GuestWait`). */
export const DEFAULT_GUEST_WAIT_MINUTES = 0;

/** The account that joins Windows VMs and desktops to the domain. */
export interface DomainJoinSettings {
  readonly user: string;
  readonly password: pulumi.Output<string>;
}

/** Azure subscription and tenant. */
export interface AzureSettings {
  readonly subscriptionId: string;
  readonly tenantId: string | undefined;
}

/** Everything read from stack config, per section. */
export interface StackSettings {
  readonly vsphere: VsphereSettings | undefined;
  readonly domainJoin: DomainJoinSettings | undefined;
  readonly azure: AzureSettings | undefined;
  readonly vpnSharedKey: pulumi.Output<string> | undefined;
  readonly entraTenantId: string | undefined;
}

/** Reads the settings the plan's sections need; a missing key stops the program. */
export function readStackSettings(
  plan: SitePlan,
  config: pulumi.Config = new pulumi.Config(CONFIG_NAMESPACE),
): StackSettings {
  const k = CONFIG_KEYS;
  return {
    vsphere: plan.vsphere
      ? {
          user: config.require(k.vsphereUser),
          password: config.requireSecret(k.vspherePassword),
          allowUnverifiedSsl: config.getBoolean(k.vsphereAllowUnverifiedSsl) ?? false,
          guestWait: guestWait(config),
        }
      : undefined,
    domainJoin: plan.vsphere?.joinsDomain
      ? {
          user: config.require(k.domainJoinUser),
          password: config.requireSecret(k.domainJoinPassword),
        }
      : undefined,
    azure: plan.azure
      ? {
          subscriptionId: config.require(k.azureSubscriptionId),
          tenantId: config.get(k.azureTenantId),
        }
      : undefined,
    vpnSharedKey: plan.azure?.vpn ? config.requireSecret(k.vpnSharedKey) : undefined,
    entraTenantId: plan.groups ? config.require(k.entraTenantId) : undefined,
  };
}

function guestWait(config: pulumi.Config): GuestWait {
  const minutes =
    config.getNumber(CONFIG_KEYS.guestNetworkWaitMinutes, { min: 0, max: 120 }) ??
    DEFAULT_GUEST_WAIT_MINUTES;
  return { netMinutes: Math.round(minutes), ipMinutes: 0 };
}
