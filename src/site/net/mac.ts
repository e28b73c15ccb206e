/** MAC address parsing: colon, hyphen and Cisco dot notations, any case. */

const HEX12 = /^[0-9a-f]{12}$/;
const NORMAL = /^[0-9a-f]{2}(?::[0-9a-f]{2}){5}$/;

/**
 * Normalises a MAC address to lower-case colon form (`02:1b:78:00:20:01`).
 * Accepts `02:1B:78:00:20:01`, `02-1b-78-00-20-01` and `021b.7800.2001`.
 */
export function normaliseMac(text: string): string | undefined {
  // Most MACs are already written in the normal form.
  if (NORMAL.test(text)) return text;
  const trimmed = text.trim().toLowerCase();
  let hex: string;
  if (/^([0-9a-f]{2}[:-]){5}[0-9a-f]{2}$/.test(trimmed)) {
    const sep = trimmed[2];
    if (trimmed.split(sep!).length !== 6) return undefined;
    hex = trimmed.replaceAll(sep!, "");
  } else if (/^[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}$/.test(trimmed)) {
    hex = trimmed.replaceAll(".", "");
  } else {
    return undefined;
  }
  if (!HEX12.test(hex)) return undefined;
  return hex.match(/../g)!.join(":");
}

/** Whether a normalised MAC is a multicast (or broadcast) address: the low bit of the first octet. */
export function isMulticastMac(mac: string): boolean {
  return (parseInt(mac.slice(0, 2), 16) & 1) === 1;
}
