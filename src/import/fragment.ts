/**
 * What one imported source says about the estate, before the sources are merged into a
 * draft site.yaml. Every reader (switch running-configs, DHCP and DNS files, vCenter,
 * Entra ID exports) returns fragments of this shape; the merger joins them, reports
 * conflicts with both sources, and writes the draft with a comment per item saying where
 * it came from.
 *
 * Every item has a `key` (where in site.yaml it goes) and a `value`. Three kinds cover every
 * source:
 * - a VLAN as one source sees it (`vlan`): VLANs from switches, DHCP, DNS and vCenter port
 *   groups merge by 802.1Q id, then by subnet, so that one VLAN seen everywhere becomes one;
 * - a machine with a fixed address (`host`): DNS records and DHCP reservations, placed on the
 *   VLAN whose subnet holds the address, once per name;
 * - any other value, placed at its site.yaml path (`place`): a switch, a DHCP server, a VM,
 *   a directory group, `site.domain`. A value may point at a VLAN with {@link vlanRef}; the
 *   merger replaces the reference with the VLAN's final name.
 */

/** Where an imported value was read: a file and line, or a live source such as vCenter. */
export interface Origin {
  /** The file as the user named it (`core-sw1.cfg`), or a URL (`https://vc01/sdk`). */
  readonly source: string;
  /** 1-based line in that file, when it has lines. */
  readonly line?: number;
}

/**
 * One step of a site.yaml path: a mapping key (`"vsphere"`), the list entry whose field
 * `by` (default `name`) equals `item` (`{ item: "rbpl-dc01" }` in `vsphere.vms`), or a list
 * index. A plain name after a list that site.yaml keys by name (`["vsphere", "vms",
 * "rbpl-dc01"]`, `["network", "vlans", "staff"]`) is read as that list's entry, and after a
 * list of names (`["vsphere", "portGroups", "staff"]`) as that name in the list.
 */
export type KeyPart = string | number | { readonly item: string; readonly by?: string };

/** How a value finds its VLAN: by 802.1Q id, by an address inside its subnet, or by subnet. */
export interface VlanMatch {
  readonly id?: number;
  readonly ip?: string;
  readonly subnet?: string;
}

/** A reference to a VLAN inside a placed value; the merger writes the VLAN's name there. */
export interface VlanRef {
  readonly vlanRef: VlanMatch;
}

/** Makes a VLAN reference: `network: { vlan: vlanRef({ ip: "10.20.10.10" }), ... }`. */
export function vlanRef(match: VlanMatch): VlanRef {
  return { vlanRef: match };
}

/** Whether a value is a VLAN reference. */
export function isVlanRef(value: unknown): value is VlanRef {
  return typeof value === "object" && value !== null && "vlanRef" in value;
}

/**
 * An address known only by a machine's name, such as a switch that takes its address by
 * DHCP (`ip address dhcp-bootp`): the merger looks the name up in the DNS records and DHCP
 * reservations it has, and writes the address it finds there.
 */
export interface HostAddressRef {
  readonly hostAddress: string;
}

/** Makes an address reference by name. */
export function hostAddressRef(name: string): HostAddressRef {
  return { hostAddress: name };
}

/** Whether a value is an address reference by name. */
export function isHostAddressRef(value: unknown): value is HostAddressRef {
  return typeof value === "object" && value !== null && "hostAddress" in value;
}

/** The DHCP side of a VLAN as a DHCP server hands it out. */
export interface ImportedDhcp {
  /** The `dhcpServers` name of the server that serves it. */
  readonly server: string;
  /** `first-last`. */
  readonly range?: string;
  /** As site.yaml writes it: `8h`, `1d`, or seconds. */
  readonly leaseTime?: string | number;
  readonly dns?: readonly string[];
  readonly ntp?: readonly string[];
  readonly domain?: string;
  /** Extra options by site.yaml name (`tftp-server-name`). */
  readonly options?: Readonly<Record<string, string | number | readonly string[]>>;
}

/** A VLAN as one source sees it. Every field is optional: each source knows part of it. */
export interface ImportedVlan {
  readonly id?: number;
  readonly name?: string;
  readonly subnet?: string;
  readonly gateway?: string;
  readonly description?: string;
  readonly dhcp?: ImportedDhcp;
  /** vCenter has a port group for it (`vsphere.portGroups`). */
  readonly portGroup?: boolean;
  /** An access list lets it reach only the internet and the site's DNS and DHCP. */
  readonly isolated?: boolean;
  /** Where a routing switch relays its DHCP requests (`ip helper-address`). */
  readonly dhcpRelay?: string;
}

/** A machine with a fixed address. With a MAC and `reservation`, it is a DHCP reservation. */
export interface ImportedHost {
  readonly name: string;
  readonly ip: string;
  readonly mac?: string;
  readonly reservation?: boolean;
  readonly description?: string;
}

interface ItemBase {
  readonly origin: Origin;
  /** Set when the value was inferred rather than read: says from what (shown in the draft). */
  readonly guessed?: string;
  /** More words for the draft's comment on the item, such as the port names on a chassis. */
  readonly note?: string;
}

/** A value placed at a path in site.yaml. `kind` may be left out. */
export interface PlacedItem extends ItemBase {
  readonly kind?: "place";
  readonly key: readonly KeyPart[];
  readonly value: unknown;
}

/** A VLAN seen by one source. Make one with {@link vlanItem}. */
export interface VlanItem extends ItemBase {
  readonly kind: "vlan";
  readonly key: readonly ["network", "vlans"];
  readonly value: ImportedVlan;
}

/** A machine with a fixed address seen by one source. Make one with {@link hostItem}. */
export interface HostItem extends ItemBase {
  readonly kind: "host";
  /** Hosts go to the VLAN whose subnet holds them (`network.vlans[].hosts` or `reservations`). */
  readonly key: readonly ["network", "vlans", "hosts"];
  readonly value: ImportedHost;
}

/** Extras of an item: the guess it is, and more words for its comment. */
type Extras = Pick<ItemBase, "guessed" | "note">;

/** A VLAN sighting. */
export function vlanItem(vlan: ImportedVlan, origin: Origin, extras: Extras = {}): VlanItem {
  return { kind: "vlan", key: ["network", "vlans"], value: vlan, origin, ...extras };
}

/** A host sighting. */
export function hostItem(host: ImportedHost, origin: Origin, extras: Extras = {}): HostItem {
  return { kind: "host", key: ["network", "vlans", "hosts"], value: host, origin, ...extras };
}

/** One thing a source proposes for the draft. */
export type ImportedItem = PlacedItem | VlanItem | HostItem;

/** How much a report line matters to the person adopting the estate. */
export type NoteLevel = "info" | "warning" | "error";

/**
 * What a report line is about, so the report can group them: a line not modelled, a secret
 * not copied, a guess, a conflict between sources, or a problem that stops the import.
 */
export type NoteTopic = "unmodelled" | "secret" | "guess" | "conflict" | "problem";

/** A line of the import report. An `error` stops the import: nothing is written. */
export interface ImportNote {
  readonly level: NoteLevel;
  /** Left out, the report shows the line among other notes (an error among the problems). */
  readonly topic?: NoteTopic;
  readonly origin: Origin;
  readonly message: string;
}

/**
 * An existing resource that Pulumi should adopt rather than create: the resource type
 * token, the logical name the Carrel program gives it, and the provider's ID for it.
 */
export interface AdoptionId {
  readonly type: string;
  readonly name: string;
  readonly id: string;
  readonly origin: Origin;
}

/** Everything one source contributed. */
export interface ImportFragment {
  /** What kind of source it was, in words for the report (`ArubaOS-Switch running-config`). */
  readonly kind: string;
  readonly origin: Origin;
  /**
   * Whose values win when sources disagree: lower wins. Routing switches 10, other switches
   * 20, DHCP 30, DNS 40; 50 when not given.
   */
  readonly priority?: number;
  readonly items: readonly ImportedItem[];
  readonly notes: readonly ImportNote[];
  readonly adopt: readonly AdoptionId[];
}
