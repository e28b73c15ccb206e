/** The DHCP servers as the renderers and docs need them: where each sits and what it serves. */
import { cidrContains, parseIp } from "../net/ipv4.ts";
import type { DhcpServer } from "../schema.ts";
import type { StaticAddress } from "./addresses.ts";
import type { VlanModel } from "./vlans.ts";

/** One DHCP server with its place in the network. */
export interface DhcpServerModel {
  readonly server: DhcpServer;
  readonly ip: number;
  /** The VLAN whose subnet holds the server's address (R13 requires one). */
  readonly home: VlanModel;
  /** The VLANs it hands out addresses on, by VLAN id. */
  readonly serves: readonly VlanModel[];
  /**
   * Whether it serves its own VLAN: then it answers that VLAN's clients directly (they have
   * no address yet, so it needs raw sockets), and the others through the core's relay.
   */
  readonly servesHome: boolean;
  /** The declared host or VM at its address (R11 requires one). */
  readonly machine: StaticAddress | undefined;
}

/** Places every DHCP server, in file order. Call only on a valid site. */
export function dhcpServerModels(
  servers: readonly DhcpServer[],
  vlans: readonly VlanModel[],
  statics: readonly StaticAddress[],
): DhcpServerModel[] {
  return servers.map((server) => {
    const ip = parseIp(server.address)!;
    const home = vlans.find((v) => cidrContains(v.cidr, ip));
    if (!home) throw new Error(`DHCP server '${server.name}' is on no site subnet`);
    const serves = vlans
      .filter((v) => v.vlan.dhcp !== undefined && server.serves.includes(v.vlan.name))
      .sort((a, b) => a.vlan.id - b.vlan.id);
    return {
      server,
      ip,
      home,
      serves,
      servesHome: serves.includes(home),
      machine: statics.find((s) => s.ip === ip && s.kind !== "gateway"),
    };
  });
}
