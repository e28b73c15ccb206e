/**
 * A colour per VLAN for drawings. Every colour is light enough that black text on it
 * has at least 7:1 contrast, and drawings always print the VLAN id too, so colour is
 * never the only carrier of meaning.
 */

/** A VLAN's fill and its pattern name (for the legend). */
export interface VlanColour {
  readonly fill: string;
}

const PALETTE = [
  "#a6cee3",
  "#b2df8a",
  "#fdbf6f",
  "#cab2d6",
  "#ffff99",
  "#fb9a99",
  "#8dd3c7",
  "#d9d9d9",
  "#bebada",
  "#80b1d3",
  "#fccde5",
  "#ccebc5",
];

/** Colours by VLAN name, in the order the VLANs are declared. */
export function vlanColours(names: readonly string[]): Map<string, VlanColour> {
  return new Map(names.map((n, i) => [n, { fill: PALETTE[i % PALETTE.length]! }]));
}

/** Fill of ports that are not configured. */
export const UNUSED_FILL = "#ffffff";
/** Fill of ports that carry only tagged VLANs (trunks). */
export const TRUNK_FILL = "#e8e8e8";
