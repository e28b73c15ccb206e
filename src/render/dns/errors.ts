/** A valid site whose DNS zones cannot be written as they stand. */
export class DnsConfigError extends Error {
  override readonly name = "DnsConfigError";
}
