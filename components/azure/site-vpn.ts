/**
 * `carrel:azure:SiteVpn`: the site-to-site VPN between Azure and the library: a
 * virtual network with its `GatewaySubnet`, a static public IP, a route-based VPN
 * gateway, a local network gateway for the library's firewall and networks, and the
 * IPsec connection with the shared key from stack config.
 */
import * as pulumi from "@pulumi/pulumi";
import * as network from "@pulumi/azure-native/network/index.js";
import type { Provider } from "@pulumi/azure-native/provider.js";
import type { VpnPlan } from "../../src/pulumi/plan.ts";

/** The VPN settings. */
export interface SiteVpnArgs {
  /** The VPN part of the Azure plan. */
  readonly vpn: VpnPlan;
  /** The site code: prefixes Azure resource names. */
  readonly siteCode: string;
  /** The resource group's name. */
  readonly resourceGroupName: pulumi.Input<string>;
  /** The Azure region. */
  readonly location: string;
  /** Tags for every taggable resource (the site code). */
  readonly tags: Record<string, string>;
  /** The IPsec pre-shared key: a secret from stack config. */
  readonly sharedKey: pulumi.Input<string>;
  /** The azure-native provider. */
  readonly provider: Provider;
}

/** The Azure end of the library's site-to-site VPN. */
export class SiteVpn extends pulumi.ComponentResource {
  /** The VPN gateway's public address, for the library's firewall. */
  readonly gatewayAddress: pulumi.Output<string | undefined>;

  constructor(name: string, args: SiteVpnArgs, opts?: pulumi.ComponentResourceOptions) {
    super("carrel:azure:SiteVpn", name, {}, opts);
    const { vpn, siteCode, resourceGroupName, location, tags, provider } = args;
    const child = { parent: this, provider };
    const vnet = new network.VirtualNetwork(
      `${name}-vnet`,
      {
        virtualNetworkName: `${siteCode}-vnet`,
        resourceGroupName,
        location,
        addressSpace: { addressPrefixes: [vpn.addressSpace] },
        tags,
      },
      child,
    );
    const subnet = new network.Subnet(
      `${name}-GatewaySubnet`,
      {
        // Azure requires exactly this name for the subnet a VPN gateway lives in.
        subnetName: "GatewaySubnet",
        virtualNetworkName: vnet.name,
        resourceGroupName,
        addressPrefix: vpn.gatewaySubnet,
      },
      child,
    );
    const publicIp = new network.PublicIPAddress(
      `${name}-gateway-ip`,
      {
        publicIpAddressName: `${siteCode}-vpn-gateway-ip`,
        resourceGroupName,
        location,
        sku: { name: "Standard", tier: "Regional" },
        publicIPAllocationMethod: "Static",
        tags,
      },
      child,
    );
    const gateway = new network.VirtualNetworkGateway(
      `${name}-gateway`,
      {
        virtualNetworkGatewayName: `${siteCode}-vpn-gateway`,
        resourceGroupName,
        location,
        gatewayType: "Vpn",
        vpnType: "RouteBased",
        sku: { name: vpn.sku, tier: vpn.sku },
        activeActive: false,
        enableBgp: false,
        ipConfigurations: [
          {
            name: "default",
            privateIPAllocationMethod: "Dynamic",
            subnet: { id: subnet.id },
            publicIPAddress: { id: publicIp.id },
          },
        ],
        tags,
      },
      child,
    );
    const library = new network.LocalNetworkGateway(
      `${name}-library`,
      {
        localNetworkGatewayName: `${siteCode}-library`,
        resourceGroupName,
        location,
        gatewayIpAddress: vpn.onPremisesIp,
        localNetworkAddressSpace: { addressPrefixes: [...vpn.onPremisesAddressSpaces] },
        tags,
      },
      child,
    );
    new network.VirtualNetworkGatewayConnection(
      `${name}-library-ipsec`,
      {
        virtualNetworkGatewayConnectionName: `${siteCode}-library-ipsec`,
        resourceGroupName,
        location,
        connectionType: "IPsec",
        connectionProtocol: "IKEv2",
        virtualNetworkGateway1: { id: gateway.id },
        localNetworkGateway2: { id: library.id },
        sharedKey: args.sharedKey,
        tags,
      },
      child,
    );
    this.gatewayAddress = publicIp.ipAddress;
    this.registerOutputs({ gatewayAddress: this.gatewayAddress });
  }
}
