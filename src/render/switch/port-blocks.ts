/**
 * The `interface` blocks of a switch: names and PoE for the ports site.yaml configures, and
 * for the ports it leaves unused, `disable` (and PoE off), which the file writes last so that
 * an administrator plugged into a spare port keeps the session while the file is pasted.
 */
import type { SwitchTable } from "../../site/model/ports.ts";
import { portName } from "./names.ts";
import { portRange } from "../../site/switching/ports.ts";

/** One `interface` block: only ports with something to say get one. */
export interface InterfaceBlock {
  readonly port: number;
  readonly name: string | null;
  readonly disable: boolean;
  readonly poeOff: boolean;
}

function portCount(table: SwitchTable): number {
  return table.model?.portCount ?? Math.max(0, ...table.ports.keys());
}

/** Configured ports: their names, and PoE off where site.yaml does not ask for it. */
export function configuredPortBlocks(table: SwitchTable): InterfaceBlock[] {
  const poePorts = new Set(table.model?.poePorts ?? []);
  return portRange(1, portCount(table)).flatMap((n) => {
    const p = table.ports.get(n);
    if (!p) return [];
    const block = {
      port: n,
      name: p.description ? portName(p.description) || null : null,
      disable: false,
      poeOff: poePorts.has(n) && !p.poe,
    };
    return block.name !== null || block.poeOff ? [block] : [];
  });
}

/** Ports site.yaml does not configure: disabled, PoE off. */
export function unusedPortBlocks(table: SwitchTable): InterfaceBlock[] {
  const poePorts = new Set(table.model?.poePorts ?? []);
  return portRange(1, portCount(table))
    .filter((n) => !table.ports.has(n))
    .map((n) => ({ port: n, name: null, disable: true, poeOff: poePorts.has(n) }));
}
