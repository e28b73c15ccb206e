/** The switch models Carrel knows: port counts, PoE-capable ports and uplinks. */
import { portRange } from "./ports.ts";

/** What Carrel needs to know about a switch model. */
export interface SwitchModel {
  /** Human name, as on the front panel. */
  readonly label: string;
  /** Every port number on the switch, 1..n, access and uplink. */
  readonly portCount: number;
  /** Ports that can deliver PoE. */
  readonly poePorts: readonly number[];
  /** Uplink ports (SFP/SFP+), drawn apart in the docs. */
  readonly uplinkPorts: readonly number[];
  /** Kind of the uplink ports, e.g. `SFP+`. */
  readonly uplinkKind: string;
}

function model(label: string, access: number, poe: boolean, uplinkKind: string): SwitchModel {
  return {
    label,
    portCount: access + 4,
    poePorts: poe ? portRange(1, access) : [],
    uplinkPorts: portRange(access + 1, access + 4),
    uplinkKind,
  };
}

/** The built-in catalog, keyed by the model key used in site.yaml. */
export const SWITCH_CATALOG: Readonly<Record<string, SwitchModel>> = {
  "aruba-2930f-24g-poe-4sfpp": model("Aruba 2930F 24G PoE+ 4SFP+", 24, true, "SFP+"),
  "aruba-2930f-48g-poe-4sfpp": model("Aruba 2930F 48G PoE+ 4SFP+", 48, true, "SFP+"),
  "aruba-2930f-48g-4sfpp": model("Aruba 2930F 48G 4SFP+", 48, false, "SFP+"),
  "aruba-2540-24g-poe-4sfpp": model("Aruba 2540 24G PoE+ 4SFP+", 24, true, "SFP+"),
  "aruba-2540-48g-poe-4sfpp": model("Aruba 2540 48G PoE+ 4SFP+", 48, true, "SFP+"),
  "hp-2530-24g-poe": model("HP 2530 24G PoE+", 24, true, "SFP"),
  "hp-2530-48g-poe": model("HP 2530 48G PoE+", 48, true, "SFP"),
};
