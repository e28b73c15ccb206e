/**
 * A parsed config seen port by port: for every physical port, the VLANs it is untagged and
 * tagged in (through its trunk, when it is in one), its trunk, name, and whether it is
 * disabled or has PoE turned off, each with the line that says so.
 */
import type { At, RunningConfig, RunningTrunk } from "./config.ts";
import { compareMembers, isTrunk } from "./ports.ts";

/** A VLAN membership and the line that sets it. */
export interface Membership {
  readonly vlan: number;
  readonly line: number;
}

/** Everything the config says about one physical port. */
export interface PortFacts {
  /** The port as the switch names it: `7`, `A7`, `1/7`. */
  readonly label: string;
  readonly untagged: readonly Membership[];
  readonly tagged: readonly Membership[];
  readonly trunk: RunningTrunk | undefined;
  readonly name: At<string> | undefined;
  /** Line of `disable`. */
  readonly disabled: number | undefined;
  /** Line of `no power-over-ethernet`. */
  readonly poeOff: number | undefined;
}

/** Every physical port the config mentions, in port order. */
export function portView(config: RunningConfig): Map<string, PortFacts> {
  const trunkOf = new Map<string, RunningTrunk>();
  for (const t of config.trunks.values()) for (const p of t.members) trunkOf.set(p, t);
  const labels = new Set<string>(trunkOf.keys());
  const vlans = [...config.vlans.values()].sort((a, b) => a.id - b.id);
  for (const v of vlans) for (const p of [...v.untagged.keys(), ...v.tagged.keys()]) labels.add(p);
  for (const p of config.interfaces.keys()) labels.add(p);
  const view = new Map<string, PortFacts>();
  for (const label of [...labels].filter((l) => !isTrunk(l)).sort(compareMembers)) {
    const trunk = trunkOf.get(label);
    // A trunk member takes its VLANs from the trunk; what the port itself lists is ignored by
    // the switch, so it is ignored here too.
    const member = trunk?.name ?? label;
    const pick = (map: "untagged" | "tagged") =>
      vlans.flatMap((v) => {
        const line = v[map].get(member);
        return line === undefined ? [] : [{ vlan: v.id, line }];
      });
    const own = config.interfaces.get(label);
    view.set(label, {
      label,
      untagged: pick("untagged"),
      tagged: pick("tagged"),
      trunk,
      name: own?.name,
      disabled: own?.disabled,
      poeOff: own?.poeOff,
    });
  }
  return view;
}
