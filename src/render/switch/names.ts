/**
 * Names as ArubaOS-Switch accepts them: quoted plain-ASCII strings that cannot hold a double
 * quote or a backslash, with a length limit per kind. The validator refuses a VLAN name or
 * port description these functions would change, so for those they change nothing; text
 * the switch only shows (the SNMP contact and location, built from the docs' own wording)
 * is made to fit the same way everywhere.
 */

import { fitName } from "../../site/switching/ascii.ts";

export { fitName };

/** Longest VLAN name the switch keeps. */
export const VLAN_NAME_MAX = 32;
/** Longest friendly port name the switch keeps. */
export const PORT_NAME_MAX = 64;
/** Longest access-list name the switch keeps. */
export const ACL_NAME_MAX = 64;

/** The VLAN name written for a site VLAN name. */
export function vlanName(name: string): string {
  return fitName(name, VLAN_NAME_MAX);
}

/** The friendly port name written for a port entry's description. */
export function portName(description: string): string {
  return fitName(description, PORT_NAME_MAX);
}

/** The access-list name that isolates a VLAN: letters, digits, `-` and `_` only. */
export function isolationAclName(vlan: string): string {
  const safe = vlan.replace(/[^A-Za-z0-9_-]+/g, "-");
  return `isolate-${safe}`.slice(0, ACL_NAME_MAX);
}

/** The trunk name as VLAN and interface lists print it: `trk1` → `Trk1`. */
export function trunkLabel(lag: string): string {
  return `Trk${lag.replace(/^trk/i, "")}`;
}
