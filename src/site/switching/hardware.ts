/**
 * ArubaOS-Switch and ProCurve hardware by HPE product number (the J-number that opens a
 * configuration file, `; J9772A Configuration Editor; ...`, and names modules and stack
 * members): what the switch or module is called and how many ports it numbers. The one table
 * of product numbers: Carrel's catalog takes its models' ports from it, and import reads
 * existing configs' hardware with it.
 */

/** A switch (or the fixed part of a chassis) by product number. */
export interface HardwareModel {
  readonly label: string;
  /** Ports numbered 1..n on the front (modules and chassis slots not counted). */
  readonly ports: number;
  /** Ports that can deliver PoE, 1..poe. */
  readonly poe: number;
  /** First uplink (SFP, SFP+ or combo) port, when the model has some. */
  readonly uplinkFrom?: number;
  /** A chassis whose ports are all on lettered modules (5400zl, 5400R). */
  readonly chassis?: boolean;
}

const m = (label: string, ports: number, poe: number, uplinkFrom?: number): HardwareModel => ({
  label,
  ports,
  poe,
  ...(uplinkFrom !== undefined ? { uplinkFrom } : {}),
});

const chassis = (label: string): HardwareModel => ({ label, ports: 0, poe: 0, chassis: true });

/** Switches by product number. */
export const SWITCH_HARDWARE: Readonly<Record<string, HardwareModel>> = {
  J9772A: m("HP 2530-48G-PoE+", 52, 48, 49),
  J9773A: m("HP 2530-24G-PoE+", 28, 24, 25),
  J9774A: m("HP 2530-8G-PoE+", 10, 8, 9),
  J9775A: m("HP 2530-48G", 52, 0, 49),
  J9776A: m("HP 2530-24G", 28, 0, 25),
  J9777A: m("HP 2530-8G", 10, 0, 9),
  J9778A: m("HP 2530-48-PoE+", 52, 48, 49),
  J9779A: m("HP 2530-24-PoE+", 28, 24, 25),
  J9781A: m("HP 2530-48", 52, 0, 49),
  J9782A: m("HP 2530-24", 28, 0, 25),
  J9853A: m("HP 2530-48G-PoE+-2SFP+", 50, 48, 49),
  J9854A: m("HP 2530-24G-PoE+-2SFP+", 26, 24, 25),
  JL253A: m("Aruba 2930F-24G-4SFP+", 28, 0, 25),
  JL254A: m("Aruba 2930F-48G-4SFP+", 52, 0, 49),
  JL255A: m("Aruba 2930F-24G-PoE+-4SFP+", 28, 24, 25),
  JL256A: m("Aruba 2930F-48G-PoE+-4SFP+", 52, 48, 49),
  JL258A: m("Aruba 2930F-8G-PoE+-2SFP+", 10, 8, 9),
  JL259A: m("Aruba 2930F-24G-4SFP", 28, 0, 25),
  JL260A: m("Aruba 2930F-48G-4SFP", 52, 0, 49),
  JL261A: m("Aruba 2930F-24G-PoE+-4SFP", 28, 24, 25),
  JL262A: m("Aruba 2930F-48G-PoE+-4SFP", 52, 48, 49),
  JL319A: m("Aruba 2930M-24G", 24, 0),
  JL320A: m("Aruba 2930M-24G-PoE+", 24, 24),
  JL321A: m("Aruba 2930M-48G", 48, 0),
  JL322A: m("Aruba 2930M-48G-PoE+", 48, 48),
  JL354A: m("Aruba 2540-24G-4SFP+", 28, 0, 25),
  JL355A: m("Aruba 2540-48G-4SFP+", 52, 0, 49),
  JL356A: m("Aruba 2540-24G-PoE+-4SFP+", 28, 24, 25),
  JL357A: m("Aruba 2540-48G-PoE+-4SFP+", 52, 48, 49),
  J9726A: m("HP 2920-24G", 24, 0, 21),
  J9727A: m("HP 2920-24G-PoE+", 24, 24, 21),
  J9728A: m("HP 2920-48G", 48, 0, 45),
  J9729A: m("HP 2920-48G-PoE+", 48, 48, 45),
  J9623A: m("HP 2620-24", 28, 0, 25),
  J9625A: m("HP 2620-24-PoE+", 28, 24, 25),
  J9626A: m("HP 2620-48", 52, 0, 49),
  J9627A: m("HP 2620-48-PoE+", 52, 48, 49),
  J9085A: m("ProCurve 2610-24", 28, 0, 25),
  J9087A: m("ProCurve 2610-24-PWR", 28, 24, 25),
  J9088A: m("ProCurve 2610-48", 52, 0, 49),
  J9089A: m("ProCurve 2610-48-PWR", 52, 48, 49),
  J9019B: m("ProCurve 2510-24", 26, 0, 25),
  J9020A: m("ProCurve 2510-48", 50, 0, 49),
  J9279A: m("ProCurve 2510G-24", 24, 0, 21),
  J9280A: m("ProCurve 2510G-48", 48, 0, 45),
  J9138A: m("ProCurve 2520-24-PoE", 26, 24, 25),
  J9299A: m("ProCurve 2520G-24-PoE", 24, 24, 21),
  J9021A: m("ProCurve 2810-24G", 24, 0, 21),
  J9022A: m("ProCurve 2810-48G", 48, 0, 45),
  J9145A: m("ProCurve 2910al-24G", 24, 0, 21),
  J9146A: m("ProCurve 2910al-24G-PoE+", 24, 24, 21),
  J9147A: m("ProCurve 2910al-48G", 48, 0, 45),
  J9148A: m("ProCurve 2910al-48G-PoE+", 48, 48, 45),
  J9573A: m("HP 3800-24G-PoE+-2SFP+", 26, 24, 25),
  J9574A: m("HP 3800-48G-PoE+-4SFP+", 52, 48, 49),
  J9575A: m("HP 3800-24G-2SFP+", 26, 0, 25),
  J9576A: m("HP 3800-48G-4SFP+", 52, 0, 49),
  JL072A: m("Aruba 3810M-48G-1-slot", 48, 0),
  JL074A: m("Aruba 3810M-48G-PoE+-1-slot", 48, 48),
  J8697A: chassis("HP 5406zl"),
  J8698A: chassis("HP 5412zl"),
  J9821A: chassis("HP 5406R zl2"),
  J9822A: chassis("HP 5412R zl2"),
  J9850A: chassis("HP 5406R zl2"),
  J9851A: chassis("HP 5412R zl2"),
};

/** Modules by product number: their port count, and how many of them deliver PoE. */
export const MODULE_HARDWARE: Readonly<
  Record<string, { label: string; ports: number; poe: number }>
> = {
  J8702A: { label: "24-port Gig-T zl module", ports: 24, poe: 24 },
  J8705A: { label: "20-port Gig-T / 4-port SFP zl module", ports: 24, poe: 20 },
  J8706A: { label: "24-port SFP zl module", ports: 24, poe: 0 },
  J8707A: { label: "4-port 10GbE X2 zl module", ports: 4, poe: 0 },
  J9307A: { label: "24-port Gig-T PoE+ zl module", ports: 24, poe: 24 },
  J9308A: { label: "20-port Gig-T PoE+ / 4-port SFP zl module", ports: 24, poe: 20 },
  J9309A: { label: "4-port 10GbE SFP+ zl module", ports: 4, poe: 0 },
  J9534A: { label: "24-port Gig-T PoE+ v2 zl module", ports: 24, poe: 24 },
  J9535A: { label: "20-port Gig-T PoE+ / 4-port SFP v2 zl module", ports: 24, poe: 20 },
  J9536A: { label: "20-port Gig-T PoE+ / 2-port SFP+ v2 zl module", ports: 22, poe: 20 },
  J9537A: { label: "24-port SFP v2 zl module", ports: 24, poe: 0 },
  J9538A: { label: "8-port 10GbE SFP+ v2 zl module", ports: 8, poe: 0 },
  J9550A: { label: "24-port Gig-T v2 zl module", ports: 24, poe: 0 },
  J9986A: { label: "24-port 1GbE PoE+ v3 zl2 module", ports: 24, poe: 24 },
  J9987A: { label: "24-port 1GbE v3 zl2 module", ports: 24, poe: 0 },
  J9988A: { label: "24-port SFP v3 zl2 module", ports: 24, poe: 0 },
  J9990A: { label: "20-port PoE+ / 4-port SFP+ v3 zl2 module", ports: 24, poe: 20 },
  J9993A: { label: "8-port 1G/10GbE SFP+ v3 zl2 module", ports: 8, poe: 0 },
  J9731A: { label: "2-port 10GbE SFP+ module", ports: 2, poe: 0 },
  J9732A: { label: "2-port 10GBASE-T module", ports: 2, poe: 0 },
  JL083A: { label: "4-port SFP+ MACsec module", ports: 4, poe: 0 },
};

/** Looks a switch up by product number, any case (`j9772a`). */
export function switchHardware(productNumber: string): HardwareModel | undefined {
  const key = productNumber.toUpperCase();
  return Object.hasOwn(SWITCH_HARDWARE, key) ? SWITCH_HARDWARE[key] : undefined;
}

/** Looks a module up by product number, any case. */
export function moduleHardware(
  productNumber: string,
): (typeof MODULE_HARDWARE)[string] | undefined {
  const key = productNumber.toUpperCase();
  return Object.hasOwn(MODULE_HARDWARE, key) ? MODULE_HARDWARE[key] : undefined;
}
