/** Address guesses the merge makes. */
import { formatIp, parseCidr } from "../../site/net/ipv4.ts";

/** The first usable address of a subnet: the usual gateway. */
export function firstAddress(subnet: string): string | undefined {
  const cidr = parseCidr(subnet);
  return cidr && cidr.prefix < 31 ? formatIp(cidr.network + 1) : undefined;
}
