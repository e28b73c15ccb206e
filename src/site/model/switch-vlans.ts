/** Which site VLANs a switch configures: every one on a core (it routes them all); on an access switch those its ports carry and its management VLAN. */
import type { SwitchTable } from "./ports.ts";
import type { VlanModel } from "./vlans.ts";

/** The VLANs a switch configures, by id. */
export function configuredVlans(vlans: readonly VlanModel[], table: SwitchTable): VlanModel[] {
  const core = table.switch.role === "core";
  const ports = [...table.ports.values()];
  const used = new Set(ports.flatMap((p) => [...(p.untagged ? [p.untagged] : []), ...p.tagged]));
  return vlans
    .filter((v) => core || used.has(v.vlan.name) || v.vlan.name === table.switch.management.vlan)
    .sort((a, b) => a.vlan.id - b.vlan.id);
}
