/** Address helpers the device readers share. */
import { parseIp } from "../site/net/ipv4.ts";

/** Prefix length of a dotted netmask (`255.255.254.0` → 23), or `undefined` when not contiguous. */
export function maskPrefix(mask: string): number | undefined {
  const value = parseIp(mask);
  if (value === undefined) return undefined;
  const bits = value.toString(2).padStart(32, "0");
  if (!/^1*0*$/.test(bits)) return undefined;
  const zero = bits.indexOf("0");
  return zero === -1 ? 32 : zero;
}
