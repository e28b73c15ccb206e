/** A VLAN's purpose guessed from its name, the way a person reading the switch would. */
import type { VLAN_PURPOSES } from "../../site/schema.ts";

type Purpose = (typeof VLAN_PURPOSES)[number];

/** Words in a VLAN name that tell its purpose, tried in order. */
const HINTS: readonly [RegExp, Purpose][] = [
  [/guest|hotspot|visitor|byod/i, "guest"],
  [/mgmt|manage|infra|oob|network-?devices/i, "management"],
  [/voice|voip|phone|sip/i, "voip"],
  [/server|srv|datacenter|dc\b/i, "servers"],
  [/print/i, "printers"],
  [/cam|cctv|security|surveil|video/i, "cameras"],
  [/iot|hvac|bms|building|sensor/i, "iot"],
  [/media|maker|dml|lab/i, "media-lab"],
  [/public|patron|opac|kiosk|catalog|vdi/i, "public"],
  [/staff|employee|office|admin|corp|circ/i, "staff"],
];

/** The purpose a name suggests, or `other`. */
export function guessPurpose(name: string): Purpose {
  return HINTS.find(([re]) => re.test(name))?.[1] ?? "other";
}
