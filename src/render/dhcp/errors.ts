/** A DHCP setting in a valid site that a DHCP server's configuration cannot express. */
export class DhcpConfigError extends Error {
  override readonly name = "DhcpConfigError";
}
