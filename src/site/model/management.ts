/**
 * Where each switch answers for management (rule R32). ArubaOS-Switch takes one address per
 * VLAN, and a core switch already holds every VLAN's gateway, so a core answers on its
 * management VLAN's gateway whatever site.yaml says; an access switch answers on the
 * `management.ip` written for it. Every output (config, DNS, docs, diagrams) reads this.
 */
import { formatIp, parseIp } from "../net/ipv4.ts";
import type { Site, Switch } from "../schema.ts";

/** A switch's one effective management address. */
export interface ManagementAddress {
  /** The management VLAN's name. */
  readonly vlan: string;
  readonly ip: number;
  /** Dotted quad. */
  readonly address: string;
  /** True for a core switch: the address is its management VLAN's gateway. */
  readonly onGateway: boolean;
}

/**
 * The address a switch answers on for management; `undefined` while its VLAN is unknown
 * or an access switch has no address (rules R4 and R32 report those).
 */
export function managementAddress(site: Site, sw: Switch): ManagementAddress | undefined {
  const vlan = site.network.vlans.find((v) => v.name === sw.management.vlan);
  if (!vlan) return undefined;
  const role = sw.role;
  let written: string | undefined;
  switch (role) {
    case "core":
      written = vlan.gateway;
      break;
    case "access":
      written = sw.management.ip;
      break;
    default: {
      const unhandled: never = role;
      throw new Error(`no management address rule for role '${String(unhandled)}'`);
    }
  }
  const ip = written === undefined ? undefined : parseIp(written);
  if (ip === undefined) return undefined;
  return { vlan: vlan.name, ip, address: formatIp(ip), onGateway: role === "core" };
}
