/**
 * What one imported source says about the estate, before the sources are merged into a
 * draft site.yaml. Every reader (switch running-configs, DHCP and DNS files, vCenter,
 * Entra ID exports) returns fragments of this shape; the merger joins them, reports
 * conflicts with both sources, and writes the draft with a comment per item saying where
 * it came from.
 */

/** Where an imported value was read: a file and line, or a live source such as vCenter. */
export interface Origin {
  /** The file as the user named it (`core-sw1.cfg`), or a URL (`https://vc01/sdk`). */
  readonly source: string;
  /** 1-based line in that file, when it has lines. */
  readonly line?: number;
}

/** One site.yaml value the fragment proposes, with where it came from. */
export interface ImportedItem<T = unknown> {
  /** Where it goes in site.yaml: `["network", "vlans", "staff"]` keys lists by name. */
  readonly key: readonly (string | number)[];
  readonly value: T;
  readonly origin: Origin;
  /** Set when the value was inferred rather than read (a link between switches, a purpose). */
  readonly guessed?: string;
}

/** How much a report line matters to the person adopting the estate. */
export type NoteLevel = "info" | "warning" | "error";

/** A line of the import report: something not modelled, a secret not copied, a guess. */
export interface ImportNote {
  readonly level: NoteLevel;
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
  readonly items: readonly ImportedItem[];
  readonly notes: readonly ImportNote[];
  readonly adopt: readonly AdoptionId[];
}
