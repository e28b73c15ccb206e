/**
 * The example library copied n times into one site (VLANs, switches, servers, VMs, pools,
 * groups, assets and licences renamed and readdressed per copy), for testing that the
 * docs of a large site build and stay usable. The model is built without validation.
 */
import { buildModel, type Site, type SiteModel } from "../../src/site/index.ts";

/** The example scaled `n` times. */
export function scaledModel(example: Site, n: number): SiteModel {
  const copies = Array.from({ length: n }, (_, k) => k);
  const nm = (s: string, k: number) => (k === 0 ? s : `${s}-${k}`);
  const ip = (s: string, k: number) => s.replace(/^10\.20\./, `10.${20 + k}.`);
  const range = (s: string, k: number) =>
    s
      .split("-")
      .map((x) => ip(x.trim(), k))
      .join("-");
  const net = example.network;
  const vs = example.vsphere!;
  const site: Site = {
    ...example,
    network: {
      ...net,
      vlans: copies.flatMap((k) =>
        net.vlans.map((v, i) => ({
          ...v,
          id: k === 0 ? v.id : 100 + k * 10 + i,
          name: nm(v.name, k),
          subnet: ip(v.subnet, k),
          gateway: ip(v.gateway, k),
          hosts: v.hosts.map((h) => ({ ...h, host: nm(h.host, k), ip: ip(h.ip, k) })),
          reservations: v.reservations.map((r) => ({
            ...r,
            host: nm(r.host, k),
            ip: ip(r.ip, k),
            mac: r.mac.replace(/^02:1b/, `02:${(27 + k).toString(16).padStart(2, "0")}`),
          })),
          ...(v.dhcp ? { dhcp: { ...v.dhcp, range: range(v.dhcp.range, k) } } : {}),
        })),
      ),
      dhcpServers: copies.flatMap((k) =>
        net.dhcpServers.map((d) => ({
          ...d,
          name: nm(d.name, k),
          address: ip(d.address, k),
          serves: d.serves.map((s) => nm(s, k)),
        })),
      ),
      switches: copies.flatMap((k) =>
        net.switches.map((s) => ({
          ...s,
          name: nm(s.name, k),
          management: { vlan: nm(s.management.vlan, k), ip: ip(s.management.ip, k) },
          ports: s.ports.map((p) => ({
            ...p,
            ...(p.untagged ? { untagged: nm(p.untagged, k) } : {}),
            tagged: p.tagged.map((t) => nm(t, k)),
            ...(p.connects
              ? { connects: p.connects.replace(/^([^:]+)/, (sw: string) => nm(sw, k)) }
              : {}),
          })),
        })),
      ),
    },
    vsphere: {
      ...vs,
      portGroups: copies.flatMap((k) => vs.portGroups.map((g) => nm(g, k))),
      vms: copies.flatMap((k) =>
        vs.vms.map((vm) => ({
          ...vm,
          name: nm(vm.name, k),
          network: { vlan: nm(vm.network.vlan, k), ip: ip(vm.network.ip, k) },
          ...(vm.antiAffinity ? { antiAffinity: nm(vm.antiAffinity, k) } : {}),
        })),
      ),
      vdi: {
        pools: copies.flatMap((k) =>
          vs.vdi.pools.map((p) => ({
            ...p,
            name: nm(p.name, k),
            namePattern: p.namePattern.replace("-", `${k}-`),
            vlan: nm(p.vlan, k),
            entitledGroups: p.entitledGroups.map((g) => nm(g, k)),
          })),
        ),
      },
    },
    directory: {
      groups: copies.flatMap((k) =>
        example.directory!.groups.map((g) => ({
          ...g,
          name: nm(g.name, k),
          memberGroups: g.memberGroups.map((m) => nm(m, k)),
        })),
      ),
    },
    inventory: {
      ...example.inventory!,
      assets: copies.flatMap((k) =>
        example.inventory!.assets.map((a) => ({ ...a, id: nm(a.id, k) })),
      ),
      licenses: copies.flatMap((k) =>
        example.inventory!.licenses.map((l) => ({ ...l, name: nm(l.name, k) })),
      ),
    },
  };
  return buildModel(site);
}
