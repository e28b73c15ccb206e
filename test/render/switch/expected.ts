/**
 * The port table a switch config must show, written straight from the site model's
 * `SwitchTable` (independently of the renderer), in the shape `portTable` (read-back.ts) gives.
 */
import type { SiteModel, SwitchTable } from "../../../src/site/index.ts";
import { portName } from "../../../src/render/switch/index.ts";
import type { ConfigPort } from "./read-back.ts";

/**
 * Every port of the switch: configured ones as the model says, the rest unused in the parking
 * VLAN (VLAN 1 without one).
 */
export function expectedPorts(model: SiteModel, table: SwitchTable): Map<string, ConfigPort> {
  const id = (name: string) => model.vlanByName.get(name)!.vlan.id;
  const poe = new Set(table.model!.poePorts);
  const out = new Map<string, ConfigPort>();
  for (let n = 1; n <= table.model!.portCount; n++) {
    const p = table.ports.get(n);
    // A port in no site VLAN stays untagged in VLAN 1, the only place the switch can leave it;
    // an unused one goes to the parking VLAN where site.yaml asks for one.
    const untagged = p?.untagged
      ? [id(p.untagged)]
      : p !== undefined && p.tagged.length > 0
        ? []
        : p === undefined
          ? [model.security.parkingVlan ?? 1]
          : [1];
    out.set(String(n), {
      untagged,
      tagged: (p?.tagged ?? []).map(id).sort((a, b) => a - b),
      trunk: p?.lag,
      name: p?.description ? portName(p.description) || undefined : undefined,
      poeOff: poe.has(n) && !p?.poe,
      disabled: p === undefined,
    });
  }
  return out;
}

/** Trunks of the model: name → member ports as the parser prints them. */
export function expectedTrunks(table: SwitchTable): Map<string, string[]> {
  return new Map(table.lags.map((l) => [l.name, l.ports.map(String)]));
}
