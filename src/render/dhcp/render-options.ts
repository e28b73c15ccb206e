/** Settings of the machine a DHCP server runs on, which site.yaml does not describe. */
export interface DhcpRenderOptions {
  /**
   * Network interfaces the server listens on (Kea's `interfaces`, dnsmasq's `interface=`).
   * @default every interface (Kea `*`; dnsmasq not restricted)
   */
  readonly interfaces?: readonly string[];
  /**
   * Folder for the lease database (Kea and dnsmasq; ISC dhcpd takes `-lf` on its command line).
   * @default each package's Debian location
   */
  readonly leaseDirectory?: string;
}
