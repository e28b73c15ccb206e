/**
 * How a switch's port names map to the port numbers site.yaml uses.
 *
 * site.yaml numbers a switch's ports 1..n. A fixed switch already does; a chassis (5400zl:
 * `A1`-`A24`, `B1`...), a switch with expansion modules (2920: `1`-`48`, then `A1`-`A2`) or a
 * stack (`1/1`-`1/48`, `2/1`...) names them by module or member. Carrel numbers those in
 * hardware order: the fixed ports first, then each module in letter order, member by member,
 * each group as long as the hardware has ports (or as the highest port the config names).
 * Import writes the numbers (with the real names in a comment) and drift reads running
 * configs through the same numbering, so both agree with each other.
 */
import type { RunningConfig } from "./config.ts";
import { moduleModel, switchModel } from "./models.ts";
import { formatPortLabel, isTrunk, parsePortLabel, type PortLabel } from "./ports.ts";

/** A run of ports that share a prefix: `A` (module A), `2/` (member 2), `` (fixed ports). */
export interface PortGroup {
  readonly prefix: string;
  readonly member: number | undefined;
  readonly module: string | undefined;
  /** site.yaml number of the group's port 1. */
  readonly first: number;
  readonly size: number;
}

/** The numbering of one switch's ports. */
export interface PortNumbering {
  /** True when ports are named by module or member, so numbers differ from names. */
  readonly modular: boolean;
  readonly groups: readonly PortGroup[];
  /** How many numbers are used: the port count to declare for the model. */
  readonly count: number;
  /** The site.yaml number of a port name (`A3` → 3), or `undefined` for an unknown one. */
  readonly number: (label: string) => number | undefined;
  /** The port name of a site.yaml number. */
  readonly label: (n: number) => string | undefined;
}

function physicalPorts(config: RunningConfig): PortLabel[] {
  const names = new Set<string>();
  for (const v of config.vlans.values())
    for (const p of [...v.untagged.keys(), ...v.tagged.keys()]) names.add(p);
  for (const t of config.trunks.values()) for (const p of t.members) names.add(p);
  for (const p of config.interfaces.keys()) names.add(p);
  return [...names].filter((n) => !isTrunk(n)).flatMap((n) => parsePortLabel(n) ?? []);
}

const groupKey = (member: number | undefined, module: string | undefined) =>
  `${member === undefined ? "" : `${member}/`}${module ?? ""}`;

/** Works out the numbering of a parsed config's ports. */
export function portNumbering(config: RunningConfig): PortNumbering {
  const ports = physicalPorts(config);
  const modular = ports.some((p) => p.member !== undefined || p.module !== undefined);
  const sizes = new Map<
    string,
    { member: number | undefined; module: string | undefined; size: number }
  >();
  const grow = (member: number | undefined, module: string | undefined, size: number) => {
    const key = groupKey(member, module);
    const g = sizes.get(key);
    sizes.set(key, { member, module, size: Math.max(g?.size ?? 0, size) });
  };
  for (const p of ports) grow(p.member, p.module, p.index);
  if (modular) {
    const base = config.header ? switchModel(config.header.partNumber) : undefined;
    const stacked = ports.some((p) => p.member !== undefined);
    for (const h of config.hardware) {
      if (h.kind === "member") {
        const model = switchModel(h.type);
        if (model && !model.chassis) grow(Number(h.slot), undefined, model.ports);
      } else if (/^[A-Z]$/.test(h.slot)) {
        const model = moduleModel(h.type);
        if (model) grow(undefined, h.slot, model.ports);
      }
    }
    if (!stacked && base && !base.chassis && sizes.has("")) grow(undefined, undefined, base.ports);
  }
  const ordered = [...sizes.values()].sort(
    (a, b) =>
      (a.member ?? 0) - (b.member ?? 0) ||
      (a.module === undefined ? -1 : b.module === undefined ? 1 : a.module.localeCompare(b.module)),
  );
  const groups: PortGroup[] = [];
  let next = 1;
  for (const g of ordered) {
    const prefix = groupKey(g.member, g.module);
    const first = modular ? next : 1;
    groups.push({ prefix, member: g.member, module: g.module, first, size: g.size });
    next = first + g.size;
  }
  const byPrefix = new Map(groups.map((g) => [g.prefix, g]));
  const count = groups.reduce((n, g) => Math.max(n, g.first + g.size - 1), 0);
  return {
    modular,
    groups,
    count,
    number(label) {
      const p = parsePortLabel(label);
      if (!p) return undefined;
      if (!modular) return p.member === undefined && p.module === undefined ? p.index : undefined;
      const g = byPrefix.get(groupKey(p.member, p.module));
      return g && p.index >= 1 ? g.first + p.index - 1 : undefined;
    },
    label(n) {
      const g = groups.find((x) => n >= x.first && n < x.first + x.size);
      if (!g) return modular ? undefined : String(n);
      return formatPortLabel({ member: g.member, module: g.module, index: n - g.first + 1 });
    },
  };
}
