/**
 * The `interface` blocks of a switch: for the ports site.yaml configures, their names, PoE,
 * edge protection and trust (a trunk's trust and protection in the trunk's own block); for the
 * ports it leaves unused, `disable` (and PoE off), which the file writes last so that an
 * administrator plugged into a spare port keeps the session while the file is pasted.
 */
import type { SwitchTable } from "../../site/model/ports.ts";
import type { PortPolicy, SwitchSecurity } from "../../site/model/switch-security.ts";
import { portName, trunkLabel } from "./names.ts";
import { portRange } from "../../site/switching/ports.ts";

/** One `interface` block: only ports with something to say get one. */
export interface InterfaceBlock {
  readonly port: number;
  readonly name: string | null;
  readonly disable: boolean;
  readonly poeOff: boolean;
  /** `spanning-tree admin-edge-port` and `spanning-tree bpdu-protection`. */
  readonly edge: boolean;
  /** `dhcp-snooping trust`. */
  readonly dhcpTrust: boolean;
  /** `arp-protect trust`. */
  readonly arpTrust: boolean;
}

/** The block of a trunk (`interface Trk1`): trust and edge protection apply to the trunk. */
export interface TrunkBlock {
  readonly name: string;
  readonly edge: boolean;
  readonly dhcpTrust: boolean;
  readonly arpTrust: boolean;
}

function portCount(table: SwitchTable): number {
  return table.model?.portCount ?? Math.max(0, ...table.ports.keys());
}

/** What a port's own block says about trust and protection (nothing for a trunk member). */
function protection(policy: PortPolicy | undefined, sec: SwitchSecurity) {
  const own = policy !== undefined && policy.lag === undefined;
  return {
    edge: own && policy.edgeProtection,
    dhcpTrust: own && policy.dhcpTrust !== "none" && sec.snoopingVlans.length > 0,
    arpTrust: own && policy.arpTrust && sec.arpVlans.length > 0,
  };
}

/** Configured ports: names, PoE off where site.yaml does not ask for it, protection and trust. */
export function configuredPortBlocks(table: SwitchTable, sec: SwitchSecurity): InterfaceBlock[] {
  const poePorts = new Set(table.model?.poePorts ?? []);
  return portRange(1, portCount(table)).flatMap((n) => {
    const p = table.ports.get(n);
    if (!p) return [];
    const block = {
      port: n,
      name: p.description ? portName(p.description) || null : null,
      disable: false,
      poeOff: poePorts.has(n) && !p.poe,
      ...protection(sec.ports.get(n), sec),
    };
    const says =
      block.name !== null || block.poeOff || block.edge || block.dhcpTrust || block.arpTrust;
    return says ? [block] : [];
  });
}

/** Trunks with trust or edge protection, by number. */
export function trunkBlocks(table: SwitchTable, sec: SwitchSecurity): TrunkBlock[] {
  return [...table.lags]
    .sort((a, b) => Number(a.name.slice(3)) - Number(b.name.slice(3)))
    .flatMap((lag) => {
      const policy = lag.ports.map((n) => sec.ports.get(n)).find((p) => p !== undefined);
      if (!policy) return [];
      const block = {
        name: trunkLabel(lag.name),
        edge: policy.edgeProtection,
        dhcpTrust: policy.dhcpTrust !== "none" && sec.snoopingVlans.length > 0,
        arpTrust: policy.arpTrust && sec.arpVlans.length > 0,
      };
      return block.edge || block.dhcpTrust || block.arpTrust ? [block] : [];
    });
}

/** Ports site.yaml does not configure: disabled, PoE off. */
export function unusedPortBlocks(table: SwitchTable): InterfaceBlock[] {
  const poePorts = new Set(table.model?.poePorts ?? []);
  return portRange(1, portCount(table))
    .filter((n) => !table.ports.has(n))
    .map((n) => ({
      port: n,
      name: null,
      disable: true,
      poeOff: poePorts.has(n),
      edge: false,
      dhcpTrust: false,
      arpTrust: false,
    }));
}
