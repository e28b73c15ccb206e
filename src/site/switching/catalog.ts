/**
 * The switch models Carrel knows: the HPE product number that must open a configuration file
 * (its port counts, PoE-capable ports and uplinks come from the hardware table of product
 * numbers, `hardware.ts`), the software family, and what the model can do as a core switch.
 *
 * Product numbers: HPE's 2930F, 2540 and 2530 data sheets and the `Configuration Editor`
 * headers of real running-configs (JL255A, JL256A, JL356A, J9773A; JL254A, JL357A, J9772A).
 *
 * Capabilities: the 2930F (WC) and 2540 (YC) each have a Multicast and Routing Guide with
 * IP routing (`ip routing`, static routes) and DHCP relay (`ip helper-address`), and their
 * Access Security Guides describe routed ACLs ("RACL applications": routed traffic entering
 * a VLAN and traffic to the switch's own addresses). The 2530 (YA/YB) is a Layer 2 switch:
 * its guides (Management and Configuration, Advanced Traffic Management, Access Security)
 * have no IP routing; its static routes only carry the switch's own traffic, and its ACLs
 * filter ports and VLANs (VACL), not routed traffic. It can be an access switch, not a core.
 */
import { FIRMWARE_FAMILIES } from "./firmware.ts";
import { switchHardware } from "./hardware.ts";
import { parsePortList, portRange } from "./ports.ts";

/** What a model can do for the VLANs it holds. A core switch needs all three. */
export interface SwitchCapabilities {
  /** Routes between VLANs (`ip routing`, VLAN gateways, a default route). */
  readonly routing: boolean;
  /** Relays DHCP requests to a server on another VLAN (`ip helper-address`). */
  readonly dhcpRelay: boolean;
  /** Filters routed traffic with an ACL on a VLAN (`ip access-group ... in`). */
  readonly routedAcl: boolean;
}

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
  /** HPE product number (`JL256A`); the switch refuses a config file that names another. */
  readonly productNumber: string | undefined;
  /** Software family code (`WC`); see `FIRMWARE_FAMILIES`. */
  readonly firmwareFamily: string | undefined;
  /** The release this model's switches run, when site.yaml says (`switchModels.*.firmware`). */
  readonly firmware: string | undefined;
  /** Whether its configurations carry `module 1 type <product number>`. */
  readonly moduleLine: boolean;
  readonly capabilities: SwitchCapabilities;
}

const ROUTING_SWITCH: SwitchCapabilities = { routing: true, dhcpRelay: true, routedAcl: true };
const LAYER2_SWITCH: SwitchCapabilities = { routing: false, dhcpRelay: false, routedAcl: false };

interface CatalogEntry {
  readonly uplinkKind: string;
  /** The product number, whose ports the hardware table (`hardware.ts`) gives. */
  readonly productNumber: string;
  readonly family: string;
  readonly capabilities: SwitchCapabilities;
}

function model(entry: CatalogEntry): SwitchModel {
  const hardware = switchHardware(entry.productNumber);
  if (hardware?.uplinkFrom === undefined)
    throw new Error(`the hardware table has no uplinks for ${entry.productNumber}`);
  return {
    // The docs write a model's name in words: `Aruba 2930F 24G PoE+ 4SFP+`.
    label: hardware.label.replaceAll("-", " "),
    portCount: hardware.ports,
    poePorts: portRange(1, hardware.poe),
    uplinkPorts: portRange(hardware.uplinkFrom, hardware.ports),
    uplinkKind: entry.uplinkKind,
    productNumber: entry.productNumber,
    firmwareFamily: entry.family,
    firmware: undefined,
    moduleLine: FIRMWARE_FAMILIES[entry.family]?.moduleLine ?? false,
    capabilities: entry.capabilities,
  };
}

const ARUBA_2930F = { uplinkKind: "SFP+", family: "WC", capabilities: ROUTING_SWITCH } as const;
const ARUBA_2540 = { uplinkKind: "SFP+", family: "YC", capabilities: ROUTING_SWITCH } as const;
const HP_2530 = { uplinkKind: "SFP", family: "YA", capabilities: LAYER2_SWITCH } as const;

/** The built-in catalog, keyed by the model key used in site.yaml. */
export const SWITCH_CATALOG: Readonly<Record<string, SwitchModel>> = {
  "aruba-2930f-24g-poe-4sfpp": model({ ...ARUBA_2930F, productNumber: "JL255A" }),
  "aruba-2930f-48g-poe-4sfpp": model({ ...ARUBA_2930F, productNumber: "JL256A" }),
  "aruba-2930f-48g-4sfpp": model({ ...ARUBA_2930F, productNumber: "JL254A" }),
  "aruba-2540-24g-poe-4sfpp": model({ ...ARUBA_2540, productNumber: "JL356A" }),
  "aruba-2540-48g-poe-4sfpp": model({ ...ARUBA_2540, productNumber: "JL357A" }),
  "hp-2530-24g-poe": model({ ...HP_2530, productNumber: "J9773A" }),
  "hp-2530-48g-poe": model({ ...HP_2530, productNumber: "J9772A" }),
};

/** A model as `switchModels:` in site.yaml describes it (the schema's shape, kept loose). */
export interface DeclaredModel {
  readonly label?: string | undefined;
  readonly ports: number;
  readonly poe?: string | number | undefined;
  readonly uplinks?: string | number | undefined;
  readonly uplinkKind: string;
  readonly productNumber?: string | undefined;
  readonly firmwareFamily?: string | undefined;
  readonly firmware?: string | undefined;
  readonly capabilities?: Partial<SwitchCapabilities> | undefined;
}

/**
 * A model the site declares itself. Without `capabilities` it is taken to route, relay and
 * filter, as every core switch Carrel rendered for before capabilities were recorded.
 */
export function declaredModel(key: string, own: DeclaredModel): SwitchModel {
  const family = own.firmwareFamily ?? own.firmware?.slice(0, 2);
  return {
    label: own.label ?? key,
    portCount: own.ports,
    poePorts: own.poe === undefined ? [] : (parsePortList(own.poe) ?? []),
    uplinkPorts: own.uplinks === undefined ? [] : (parsePortList(own.uplinks) ?? []),
    uplinkKind: own.uplinkKind,
    productNumber: own.productNumber?.toUpperCase(),
    firmwareFamily: family,
    firmware: own.firmware,
    moduleLine: family !== undefined && (FIRMWARE_FAMILIES[family]?.moduleLine ?? false),
    capabilities: { ...ROUTING_SWITCH, ...own.capabilities },
  };
}

/** What a model lacks to be a core switch, in the words a message uses; empty when nothing. */
export function missingCoreCapabilities(model: SwitchModel): string[] {
  const missing: string[] = [];
  if (!model.capabilities.routing) missing.push("route between VLANs (ip routing)");
  if (!model.capabilities.dhcpRelay) missing.push("relay DHCP (ip helper-address)");
  if (!model.capabilities.routedAcl) missing.push("filter routed traffic (VLAN access lists)");
  return missing;
}
