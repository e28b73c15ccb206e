/**
 * The worked examples of "how to change this site", as values for site.yaml built from the
 * site's own names: a VLAN for a purpose it lacks on a free id and subnet, a second machine
 * like one it has on a free address, a desktop pool for one of its rooms, a reservation.
 */
import {
  cidrsOverlap,
  formatIp,
  freeAddress as freeAddressIn,
  parseCidr,
  VLAN_PURPOSES,
  type SiteModel,
  type Vm,
} from "../../site/index.ts";

/** The lowest VLAN id above the highest in use, rounded up to a multiple of 10. */
export function freeVlanId(model: SiteModel): number {
  const used = new Set(model.vlans.map((v) => v.vlan.id));
  let id = Math.ceil((Math.max(0, ...used) + 1) / 10) * 10;
  while (used.has(id) && id < 4094) id++;
  return Math.min(id, 4094);
}

/** A /24 next to the site's subnets that overlaps none of them (nor the Azure VPN). */
export function freeSubnet(model: SiteModel): string {
  const taken = model.vlans.map((v) => v.cidr);
  const vpn = model.site.azure?.vpn ? parseCidr(model.site.azure.vpn.addressSpace) : undefined;
  if (vpn) taken.push(vpn);
  const start = Math.min(...taken.map((c) => c.network)) & 0xffff0000;
  for (let net = start >>> 0; net < 0xffffff00; net += 256) {
    const candidate = parseCidr(`${formatIp(net)}/24`)!;
    if (!taken.some((c) => cidrsOverlap(c, candidate))) return `${formatIp(net)}/24`;
  }
  return "10.99.0.0/24";
}

/** The first address on a VLAN that no static address or DHCP range uses. */
export function freeAddress(model: SiteModel, vlanName: string): string | undefined {
  const v = model.vlanByName.get(vlanName);
  const ip = v && freeAddressIn(v, model.statics);
  return ip === undefined ? undefined : formatIp(ip);
}

/** Purposes a library often adds a VLAN for, most likely first. */
const LIKELY = ["printers", "cameras", "iot", "voip", "media-lab", "guest", "public"] as const;

/** A new VLAN for a purpose the site has no VLAN for yet, on a free id and subnet. */
export function newVlan(model: SiteModel) {
  const used = new Set(model.vlans.map((v) => v.vlan.purpose as string));
  const names = new Set(model.vlans.map((v) => v.vlan.name));
  const purpose = LIKELY.find((x) => !used.has(x) && !names.has(x)) ?? VLAN_PURPOSES[0];
  const name = names.has(purpose) ? `${purpose}-2` : purpose;
  const subnet = freeSubnet(model);
  const net = parseCidr(subnet)!.network;
  return {
    id: freeVlanId(model),
    name,
    purpose,
    subnet,
    gateway: formatIp(net + 1),
    dhcp: { range: `${formatIp(net + 100)}-${formatIp(net + 200)}`, leaseTime: "8h" },
  };
}

/** The next free name in a numbered series: `rbpl-print01` → `rbpl-print02`. */
export function nextName(name: string, taken: ReadonlySet<string>): string {
  const m = /^(.*?)(\d+)$/.exec(name);
  const stem = m ? m[1]! : `${name}-`;
  const width = m ? m[2]!.length : 2;
  for (let n = m ? Number(m[2]) + 1 : 2; ; n++) {
    const candidate = `${stem}${String(n).padStart(width, "0")}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * A second VM like one the site has, on a free address of the same VLAN: preferably the
 * first backed-up VM that is alone in its numbered series (`rbpl-dhcp01` gives `rbpl-dhcp02`).
 */
export function newVm(model: SiteModel): { vm: Vm; like: string } | undefined {
  const vms = model.vms.map((x) => x.vm);
  const taken = new Set(model.statics.map((s) => s.name.toLowerCase()));
  // Alone in its numbered series: no other VM shares its name but for the number.
  const stem = (name: string) => /^(.*?)\d+$/.exec(name)?.[1];
  // Counted once: comparing every VM with every other was quadratic in the number of VMs.
  const series = new Map<string, number>();
  for (const v of vms) {
    const s = stem(v.name);
    if (s !== undefined) series.set(s, (series.get(s) ?? 0) + 1);
  }
  const alone = (v: Vm) => {
    const s = stem(v.name);
    return s !== undefined && series.get(s) === 1;
  };
  const like =
    vms.find((v) => v.backup !== "none" && alone(v)) ?? vms.find((v) => alone(v)) ?? vms[0];
  if (!like) return undefined;
  const ip = freeAddress(model, like.network.vlan);
  if (!ip) return undefined;
  // A copy of the machine, without what belongs to the original alone.
  const vm: Vm = {
    ...like,
    name: nextName(like.name, taken),
    network: { vlan: like.network.vlan, ip },
  };
  delete (vm as { antiAffinity?: string }).antiAffinity;
  delete (vm as { description?: string }).description;
  return { like: like.name, vm };
}

/** A desktop pool for one of the site's rooms, like its first pool. */
export function newPool(model: SiteModel) {
  const first = model.pools[0]?.pool;
  if (!first) return undefined;
  const pools = new Set(model.pools.map((x) => x.pool.name));
  const prefixes = new Set(model.pools.map((x) => x.pool.namePattern.split("{")[0]!.toUpperCase()));
  // A room where people sit, not a closet full of equipment.
  const room = model.site.site.locations.find(
    (l) =>
      !/server|closet|idf|mdf|rack|comms|cabinet/i.test(`${l.id} ${l.name}`) &&
      !pools.has(`${l.id}-desktops`),
  );
  const name = room ? `${room.id}-desktops` : nextName(first.name, pools);
  let prefix = (room?.id ?? name)
    .replace(/[^a-z0-9]/gi, "")
    .slice(0, 4)
    .toUpperCase();
  while (prefixes.has(`${prefix}-`)) prefix += "X";
  return {
    name,
    template: first.template,
    count: 4,
    namePattern: `${prefix}-{nn}`,
    vlan: first.vlan,
    cpus: first.cpus,
    memoryGb: first.memoryGb,
    linkedClone: first.linkedClone,
    folder: first.folder,
    entitledGroups: first.entitledGroups,
  };
}

/** A reservation on the first VLAN that has DHCP, on a free address outside its range. */
export function newReservation(model: SiteModel) {
  const vlan = model.vlans.find((v) => v.vlan.dhcp);
  if (!vlan) return undefined;
  const ip = freeAddress(model, vlan.vlan.name);
  if (!ip) return undefined;
  const taken = new Set(model.statics.map((s) => s.name.toLowerCase()));
  const like = vlan.reservations[0]?.host;
  return {
    vlan: vlan.vlan.name,
    entry: {
      host: like ? nextName(like, taken) : nextName(`${vlan.vlan.name}-printer`, taken),
      mac: "02:00:00:00:00:01",
      ip,
    },
  };
}
