/**
 * What a switch port faces: another switch, a server, a wireless access point, or a device
 * (a PC, a phone, a printer, a patron's laptop). The answer decides which ports get edge
 * protection (only device ports) and which are public-facing (device ports on a public or
 * guest network). site.yaml can say it (`security.facing` on a port entry); otherwise it is
 * guessed the same way for a port entry and for a port of a running configuration:
 *
 * 1. a link to another switch (`connects`, or a trunk in a running config) faces a switch;
 * 2. an aggregated link without `connects` faces a server (an ESXi host's team);
 * 3. a port on a servers VLAN faces a server;
 * 4. a port that carries a guest VLAN tagged faces an access point (guest Wi-Fi arrives tagged);
 * 5. anything else faces a device.
 */
import type { PortFacing, VLAN_PURPOSES } from "../schema.ts";

/** A VLAN purpose. */
export type Purpose = (typeof VLAN_PURPOSES)[number];

/** What the guess reads about a port. */
export interface FacingClues {
  /** It links to another switch (`connects`; in a running config, a trunk). */
  readonly link: boolean;
  /** It is an aggregated link (a LAG) without `connects`. */
  readonly aggregated: boolean;
  /** The purpose of its untagged VLAN, if any. */
  readonly untagged: Purpose | undefined;
  /** The purposes of its tagged VLANs. */
  readonly tagged: readonly Purpose[];
}

/** The guess, from the rules above. */
export function guessFacing(clues: FacingClues): PortFacing {
  if (clues.link) return "switch";
  if (clues.aggregated) return "server";
  const all = [...(clues.untagged ? [clues.untagged] : []), ...clues.tagged];
  if (all.includes("servers")) return "server";
  if (clues.tagged.includes("guest")) return "ap";
  return "device";
}

/** Purposes of networks the public uses: patrons' PCs and the guest Wi-Fi. */
export const PUBLIC_PURPOSES: readonly Purpose[] = ["public", "guest"];

/**
 * Whether a VLAN's devices are not the library's own: the public's or guests' by purpose,
 * or isolated. Such a VLAN wants ARP protection, and an access list where it is routed.
 */
export function isUntrustedVlan(purpose: Purpose, isolated: boolean): boolean {
  return isolated || PUBLIC_PURPOSES.includes(purpose);
}

/**
 * Whether a port is one the public can plug into: it faces a device and carries a public or
 * guest VLAN.
 */
export function isPublicFacing(facing: PortFacing, clues: FacingClues): boolean {
  const all = [...(clues.untagged ? [clues.untagged] : []), ...clues.tagged];
  return facing === "device" && all.some((p) => PUBLIC_PURPOSES.includes(p));
}
