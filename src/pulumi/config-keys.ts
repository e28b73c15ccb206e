/**
 * The stack config keys the Pulumi program reads, and which of them are secrets. Kept apart
 * from `settings.ts` (which needs the Pulumi SDK) so the docs can name the keys too.
 */

/** The stack config namespace (the project name). */
export const CONFIG_NAMESPACE = "carrel";

/** Stack config keys, without the `carrel:` prefix. */
export const CONFIG_KEYS = {
  site: "site",
  vsphereUser: "vsphereUser",
  vspherePassword: "vspherePassword",
  vsphereAllowUnverifiedSsl: "vsphereAllowUnverifiedSsl",
  domainJoinUser: "domainJoinUser",
  domainJoinPassword: "domainJoinPassword",
  azureSubscriptionId: "azureSubscriptionId",
  azureTenantId: "azureTenantId",
  entraTenantId: "entraTenantId",
  vpnSharedKey: "vpnSharedKey",
  guestNetworkWaitMinutes: "guestNetworkWaitMinutes",
  imports: "imports",
} as const;

/**
 * The keys that must be set with `pulumi config set --secret`, by what in site.yaml needs
 * them: a `vsphere` section (vCenter and domain join), an Azure VPN (`azure.vpn`).
 */
export const SECRET_KEYS_FOR = {
  vsphere: [CONFIG_KEYS.vspherePassword, CONFIG_KEYS.domainJoinPassword],
  azureVpn: [CONFIG_KEYS.vpnSharedKey],
} as const;

/** Every secret key. */
export const SECRET_KEYS = [...SECRET_KEYS_FOR.vsphere, ...SECRET_KEYS_FOR.azureVpn] as const;
