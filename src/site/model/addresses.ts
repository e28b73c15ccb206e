/** The site's address plan: every static address and how each subnet is used. */
import type { Path } from "../issue.ts";
import {
  cidrContains,
  hostCount,
  parseCidr,
  parseIp,
  parseRange,
  rangeContains,
  rangeSize,
  type Cidr,
  type Range,
} from "../net/index.ts";
import type { Site, Vlan } from "../schema.ts";
import { managementAddress } from "./management.ts";
import { macOf } from "./vlans.ts";

/** What a static address belongs to. */
export type AddressKind = "gateway" | "host" | "switch" | "vm" | "reservation";

/** One static address declared somewhere in site.yaml. */
export interface StaticAddress {
  readonly kind: AddressKind;
  /** Host name (for a gateway, the VLAN name). */
  readonly name: string;
  readonly ip: number;
  readonly text: string;
  /** Name of the VLAN it is declared on. */
  readonly vlan: string;
  /** Where it is written in site.yaml (the `ip` value). */
  readonly path: Path;
  /** Normalised MAC, for reservations and hosts that give one. */
  readonly mac?: string;
}

/** The static addresses of each site read, since most rules and the model ask for them. */
const staticsOf = new WeakMap<Site, readonly StaticAddress[]>();

/** Every static address, in file order: gateways, hosts and reservations per VLAN, switches, VMs. */
export function staticAddresses(site: Site): readonly StaticAddress[] {
  let statics = staticsOf.get(site);
  if (!statics) {
    statics = listStatics(site);
    staticsOf.set(site, statics);
  }
  return statics;
}

function listStatics(site: Site): StaticAddress[] {
  const out: StaticAddress[] = [];
  const add = (a: Omit<StaticAddress, "ip"> & { ip?: number }) => {
    const ip = parseIp(a.text);
    if (ip !== undefined) out.push({ ...a, ip });
  };
  site.network.vlans.forEach((vlan, v) => {
    const base = ["network", "vlans", v];
    add({
      kind: "gateway",
      name: vlan.name,
      text: vlan.gateway,
      vlan: vlan.name,
      path: [...base, "gateway"],
    });
    vlan.hosts.forEach((h, i) =>
      add({
        kind: "host",
        name: h.host,
        text: h.ip,
        vlan: vlan.name,
        path: [...base, "hosts", i, "ip"],
        ...(h.mac !== undefined ? { mac: macOf(h.mac) } : {}),
      }),
    );
    vlan.reservations.forEach((r, i) =>
      add({
        kind: "reservation",
        name: r.host,
        text: r.ip,
        vlan: vlan.name,
        path: [...base, "reservations", i, "ip"],
        mac: macOf(r.mac),
      }),
    );
  });
  site.network.switches.forEach((sw, s) => {
    // A core switch answers on its management VLAN's gateway (R32): that address is
    // counted once, as the gateway, and not again as the switch's.
    const management = managementAddress(site, sw);
    if (!management || management.onGateway) return;
    add({
      kind: "switch",
      name: sw.name,
      text: management.address,
      vlan: management.vlan,
      path: ["network", "switches", s, "management", "ip"],
    });
  });
  site.vsphere?.vms.forEach((vm, i) =>
    add({
      kind: "vm",
      name: vm.name,
      text: vm.network.ip,
      vlan: vm.network.vlan,
      path: ["vsphere", "vms", i, "network", "ip"],
    }),
  );
  return out;
}

/** A VLAN's parsed addressing, when its subnet, gateway and range parse. */
export interface VlanAddressing {
  readonly vlan: Vlan;
  readonly index: number;
  readonly cidr: Cidr | undefined;
  readonly gateway: number | undefined;
  readonly range: Range | undefined;
}

/** Parses every VLAN's subnet, gateway and dynamic range. */
export function vlanAddressing(site: Site): VlanAddressing[] {
  return site.network.vlans.map((vlan, index) => ({
    vlan,
    index,
    cidr: parseCidr(vlan.subnet),
    gateway: parseIp(vlan.gateway),
    range: vlan.dhcp ? parseRange(vlan.dhcp.range) : undefined,
  }));
}

/** How one subnet's addresses are used: for the IP plan and the docs' bars. */
export interface SubnetUse {
  readonly vlan: Vlan;
  readonly cidr: Cidr;
  /** Usable host addresses. */
  readonly usable: number;
  readonly statics: readonly StaticAddress[];
  readonly dynamic: number;
  /** VDI desktops that draw from the dynamic range. */
  readonly desktops: number;
  readonly free: number;
}

/** Address use of every VLAN subnet. Assumes a valid site. */
export function subnetUse(site: Site, desktopsByVlan: ReadonlyMap<string, number>): SubnetUse[] {
  const statics = staticAddresses(site);
  return vlanAddressing(site).flatMap(({ vlan, cidr, range }) => {
    if (!cidr) return [];
    const own = statics.filter((s) => cidrContains(cidr, s.ip));
    const usable = hostCount(cidr);
    const dynamic = range ? rangeSize(range) : 0;
    return [
      {
        vlan,
        cidr,
        usable,
        statics: own,
        dynamic,
        desktops: desktopsByVlan.get(vlan.name) ?? 0,
        free: Math.max(0, usable - dynamic - own.length),
      },
    ];
  });
}

/**
 * The first address of a subnet, from its tenth on, that no static address and no dynamic
 * range uses: what an example or a suggestion offers.
 */
export function freeAddress(
  vlan: Pick<VlanAddressing, "cidr" | "range">,
  statics: readonly StaticAddress[],
): number | undefined {
  const { cidr, range } = vlan;
  if (!cidr) return undefined;
  const used = new Set(statics.map((s) => s.ip));
  for (let ip = cidr.network + 10; ip < cidr.broadcast; ip++)
    if (!used.has(ip) && !(range && rangeContains(range, ip))) return ip;
  return undefined;
}
