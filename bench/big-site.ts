/**
 * A valid site many times the example's size, for benchmarks and scale tests: the
 * example's network, machines, groups and inventory repeated as separate branches,
 * each with its own VLAN ids, address block (10.<20+k>.x.x) and names (suffix -k).
 */
import { readFileSync } from "node:fs";
import { parse, stringify } from "yaml";

const EXAMPLE = readFileSync(new URL("../site.yaml", import.meta.url), "utf8");

type Tree = Record<string, unknown>;

/** Keys whose values are kinds, not names, and so stay as they are. */
const KINDS = new Set(["purpose", "role", "kind", "software", "os", "backup"]);

/** Applies `fn` to every string in a tree (a fresh copy), except under KINDS keys. */
function mapStrings(value: unknown, fn: (s: string) => string): unknown {
  if (typeof value === "string") return fn(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn));
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, KINDS.has(k) ? v : mapStrings(v, fn)]),
    );
  }
  return value;
}

/** The example repeated `factor` times (factor ≤ 50 keeps VLAN ids and addresses valid). */
export function bigSiteText(factor = 50): string {
  const site = parse(EXAMPLE) as Tree;
  const net = site.network as Tree;
  const vs = site.vsphere as Tree;
  const vdi = vs.vdi as Tree;
  const dir = site.directory as Tree;
  const inv = site.inventory as Tree;
  const names = new Set<string>();
  const collect = (list: unknown, key: string) =>
    (list as Tree[]).forEach((x) => names.add(String(x[key])));
  collect(net.vlans, "name");
  collect(net.switches, "name");
  collect(net.dhcpServers, "name");
  collect(vs.vms, "name");
  collect(vdi.pools, "name");
  collect(dir.groups, "name");
  collect(inv.assets, "id");
  for (const v of net.vlans as Tree[]) {
    for (const h of [...((v.hosts as Tree[]) ?? []), ...((v.reservations as Tree[]) ?? [])]) {
      names.add(String(h.host));
    }
  }
  const originals = {
    vlans: net.vlans as Tree[],
    dhcpServers: net.dhcpServers as Tree[],
    switches: net.switches as Tree[],
    vms: vs.vms as Tree[],
    pools: vdi.pools as Tree[],
    groups: dir.groups as Tree[],
    assets: inv.assets as Tree[],
    licenses: inv.licenses as Tree[],
  };
  const copies = Object.fromEntries(Object.keys(originals).map((k) => [k, [] as Tree[]]));
  for (let k = 0; k < factor; k++) {
    const rename = (s: string): string => {
      if (k === 0) return s;
      if (names.has(s)) return `${s}-${k}`;
      const peer = /^([^:]+):(.+)$/.exec(s);
      if (peer && names.has(peer[1]!)) return `${peer[1]}-${k}:${peer[2]}`;
      const hex = k.toString(16).padStart(2, "0");
      if (/^02:1b:78:00:/.test(s)) return s.replace("02:1b:78:00:", `02:1b:78:${hex}:`);
      return s.replace(/\b10\.20\.(\d+)\.(\d+)/g, `10.${20 + k}.$1.$2`);
    };
    for (const [key, list] of Object.entries(originals)) {
      for (const item of list) {
        const copy = mapStrings(item, rename) as Tree;
        if (key === "vlans") copy.id = (item.id as number) + k * 80;
        if (key === "pools" && k > 0) {
          copy.namePattern = String(item.namePattern).replace(/^([A-Z]+)-/, `$1${k}-`);
        }
        if (key === "licenses" && k > 0) copy.name = `${String(item.name)} (branch ${k})`;
        copies[key]!.push(copy);
      }
    }
  }
  net.vlans = copies.vlans;
  net.dhcpServers = copies.dhcpServers;
  net.switches = copies.switches;
  vs.vms = copies.vms;
  vdi.pools = copies.pools;
  dir.groups = copies.groups;
  inv.assets = copies.assets;
  inv.licenses = copies.licenses;
  vs.portGroups = copies.vlans!.map((v) => v.name);
  (site.site as Tree).name = `Riverbend Public Library (${factor} branches)`;
  return stringify(site, { lineWidth: 0 });
}
