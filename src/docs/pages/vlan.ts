/** One page per VLAN: its addressing and everything on it (ports, hosts, VMs, reservations, pools). */
import {
  formatIp,
  formatMask,
  portRunText,
  type SiteModel,
  type StaticAddress,
  type SubnetUse,
  type SwitchTable,
  type VlanModel,
} from "../../site/index.ts";
import type { DocsContext } from "../context.ts";
import {
  code,
  facts,
  figure,
  joined,
  link,
  p,
  table,
  type Block,
  type Inline,
  type Page,
  type Section,
} from "../doc.ts";
import { href } from "../slug.ts";
import { addressBar, addressBarKey, addressUseText } from "../svg/address-bar.ts";
import { nameRun } from "./grouping.ts";
import { vlanIsolationSection } from "./vlan-isolation.ts";
import { durationWords, isolationWords, PURPOSE_WORDS } from "./words.ts";

const KIND_WORDS = {
  gateway: "gateway (the router address)",
  host: "host",
  switch: "switch management",
  vm: "virtual machine",
  reservation: "DHCP reservation",
} as const;

/** What one VLAN carries, in the model's order. */
interface OnVlan {
  /** Switch port entries with the VLAN, and whether it is untagged there. */
  readonly entries: {
    readonly table: SwitchTable;
    readonly entry: SwitchTable["entries"][number];
    readonly untagged: boolean;
  }[];
  /** In address order. */
  readonly statics: StaticAddress[];
  readonly vms: SiteModel["vms"][number][];
  readonly pools: SiteModel["pools"][number][];
  use?: SubnetUse;
}

const gathered = new WeakMap<DocsContext, Map<string, OnVlan>>();

/**
 * What a VLAN carries, gathered for every VLAN in one pass over the model: each VLAN page
 * scanning every switch, address, VM and pool made the pages quadratic in the site's size
 * (switchPorts and fixedAddresses, 31 ms self time in `node --cpu-prof` of the city docs).
 */
function onVlan(ctx: DocsContext, name: string): OnVlan {
  let all = gathered.get(ctx);
  if (!all) {
    const { model } = ctx;
    const found = new Map<string, OnVlan>();
    const on = (vlan: string): OnVlan => {
      let o = found.get(vlan);
      if (!o) found.set(vlan, (o = { entries: [], statics: [], vms: [], pools: [] }));
      return o;
    };
    for (const table of model.switches)
      for (const entry of table.entries) {
        const { untagged, tagged } = entry.value;
        if (untagged !== undefined) on(untagged).entries.push({ table, entry, untagged: true });
        for (const vlan of new Set(tagged))
          if (vlan !== untagged) on(vlan).entries.push({ table, entry, untagged: false });
      }
    for (const s of model.statics) on(s.vlan).statics.push(s);
    for (const x of model.vms) on(x.vm.network.vlan).vms.push(x);
    for (const x of model.pools) on(x.pool.vlan).pools.push(x);
    for (const u of model.subnets) on(u.vlan.name).use ??= u;
    for (const o of found.values()) o.statics.sort((a, b) => a.ip - b.ip);
    gathered.set(ctx, (all = found));
  }
  return all.get(name) ?? { entries: [], statics: [], vms: [], pools: [] };
}

/** Builds vlan-ID.html. */
export function vlanPage(ctx: DocsContext, v: VlanModel): Page {
  const { vlan } = v;
  const use = onVlan(ctx, vlan.name).use;
  return {
    path: href.vlan(vlan.id),
    title: `VLAN ${vlan.id}: ${vlan.name}`,
    nav: "network",
    lead: [
      `This network is for ${PURPOSE_WORDS[vlan.purpose]}.`,
      vlan.description ? ` ${vlan.description}` : "",
    ],
    blocks: [vlanFacts(v, use), ...(use ? [useBar(v, use)] : [])],
    sections: [
      // What an isolated VLAN can reach comes first.
      ...optional(vlanIsolationSection(ctx, v)),
      switchPorts(ctx, v),
      fixedAddresses(ctx, v),
      virtualMachines(ctx, v),
      dhcp(v),
      desktopPools(ctx, v),
    ],
  };
}

function vlanFacts(v: VlanModel, use: SubnetUse | undefined): Block {
  const { vlan } = v;
  return facts([
    ["VLAN id", String(vlan.id)],
    ["Name", vlan.name],
    ["Subnet", code(vlan.subnet)],
    ["Netmask", code(formatMask(v.cidr.prefix))],
    ["Gateway", code(formatIp(v.gateway))],
    [
      "DHCP",
      vlan.dhcp ? link(href.scope(vlan.name), vlan.dhcp.range) : "none (fixed addresses only)",
    ],
    ["DNS servers", joined(v.dns.map((d) => code(d)))],
    ["NTP servers", joined(v.ntp.map((d) => code(d)))],
    ["Isolation", isolationWords(vlan)],
    ["Address use", use ? addressUseText(use) : "unknown"],
  ]);
}

/** The address-use bar; the facts above give its numbers in words. */
function useBar(v: VlanModel, use: SubnetUse): Block {
  const id = v.vlan.id;
  // The network page's IP plan draws the same bar, so the print binder keeps that one only.
  return figure(
    addressBar(use, `use-${id}`, 480, 22),
    ["Address use of this subnet. Key:", addressBarKey()],
    true,
  );
}

function switchPorts(ctx: DocsContext, v: VlanModel): Section {
  const name = v.vlan.name;
  // Every switch port entry that carries this VLAN.
  const rows: Inline[][] = onVlan(ctx, name).entries.map(({ table, entry, untagged }) => {
    const { switch: sw } = table;
    const { value, ports } = entry;
    return [
      ctx.switchLink(sw.name),
      link(href.port(sw.name, ports[0] ?? 1), portRunText(ports)),
      untagged
        ? "untagged (devices plug in here)"
        : "tagged (carried for other switches or devices)",
      value.lag ? code(value.lag.toLowerCase()) : "—",
      value.poe ? "on" : "off",
      value.description ?? "",
      ctx.locationName(value.location ?? sw.location),
    ];
  });
  return {
    id: "ports",
    heading: "Switch ports",
    blocks: [
      rows.length === 0
        ? p("No switch port carries this VLAN.")
        : table({
            caption: `Switch ports that carry VLAN ${v.vlan.id} ${name}`,
            head: ["Switch", "Ports", "How", "Trunk", "PoE", "Description", "Location"],
            rows,
            rowHeader: true,
          }),
    ],
  };
}

function fixedAddresses(ctx: DocsContext, v: VlanModel): Section {
  const { model } = ctx;
  const name = v.vlan.name;
  const { statics } = onVlan(ctx, name);
  const staticName = (s: StaticAddress): Inline => {
    switch (s.kind) {
      case "vm":
        return ctx.vmLink(s.name);
      case "switch":
        return ctx.switchLink(s.name);
      case "host":
        return link(href.host(s.name), s.name);
      case "reservation":
        return link(href.scope(name), s.name);
      case "gateway": {
        // Every core switch holds every gateway; name them while there are few.
        // A core answers for management on its management VLAN's gateway (R32).
        const alsoManagement = model.switches.some(
          (t) => t.management.onGateway && t.management.vlan === name,
        )
          ? ", which answers here for management too"
          : "";
        return model.coreSwitches.length === 0
          ? "gateway"
          : model.coreSwitches.length <= 3
            ? [
                "gateway on ",
                joined(model.coreSwitches.map((c) => ctx.switchLink(c.name))),
                alsoManagement,
              ]
            : [
                "gateway on every ",
                link("network.html#switches", `core switch (${model.coreSwitches.length})`),
                alsoManagement,
              ];
      }
      default: {
        const never: never = s.kind;
        return never;
      }
    }
  };
  return {
    id: "addresses",
    heading: "Fixed addresses",
    blocks: [
      table({
        caption: `Every fixed address on VLAN ${v.vlan.id} ${name}, in address order`,
        head: ["Address", "Name", "Kind", "MAC"],
        rows: statics.map((s) => [
          code(s.text),
          staticName(s),
          KIND_WORDS[s.kind],
          s.mac ? code(s.mac) : "",
        ]),
        rowHeader: true,
      }),
    ],
  };
}

function virtualMachines(ctx: DocsContext, v: VlanModel): Section {
  const { model } = ctx;
  const { id, name } = v.vlan;
  const { vms } = onVlan(ctx, name);
  const portGroup = model.site.vsphere?.portGroups.includes(name) ?? false;
  return {
    id: "vms",
    heading: "Virtual machines",
    blocks: [
      vms.length === 0
        ? p("No virtual machine is on this VLAN.")
        : table({
            caption: `Virtual machines on VLAN ${id} ${name}`,
            head: ["VM", "Address", "Role"],
            rows: vms.map((x) => [ctx.vmLink(x.vm.name), code(x.vm.network.ip), x.vm.role ?? ""]),
            rowHeader: true,
          }),
      p(
        portGroup
          ? [
              "VMs reach this VLAN through the vSphere port group ",
              code(`${model.site.site.code}-${name}`),
              ".",
            ]
          : "This VLAN has no vSphere port group, so VMs cannot be attached to it.",
      ),
    ],
  };
}

function dhcp(v: VlanModel): Section {
  const { id, name } = v.vlan;
  const d = v.vlan.dhcp;
  return {
    id: "dhcp",
    heading: "DHCP",
    blocks: d
      ? [
          p([
            "Devices get addresses from ",
            code(d.range),
            v.dhcpServer
              ? [", handed out by ", link(href.dhcpServer(v.dhcpServer.name), v.dhcpServer.name)]
              : "",
            `, for ${durationWords(d.leaseTime)} at a time. `,
            link(href.scope(name), "See the DHCP scope"),
            ".",
          ]),
          v.reservations.length === 0
            ? p("There are no reservations.")
            : table({
                caption: `DHCP reservations on VLAN ${id} ${name}`,
                head: ["Device", "Address", "MAC"],
                rows: v.reservations.map((r) => [r.host, code(r.ip), code(r.mac)]),
                rowHeader: true,
              }),
        ]
      : [p("This VLAN has no DHCP: every device on it has a fixed address listed above.")],
  };
}

function desktopPools(ctx: DocsContext, v: VlanModel): Section {
  const { id, name } = v.vlan;
  const { pools } = onVlan(ctx, name);
  return {
    id: "pools",
    heading: "VDI desktop pools",
    blocks: [
      pools.length === 0
        ? p("No VDI desktop pool uses this VLAN.")
        : table({
            caption: `VDI desktop pools on VLAN ${id} ${name}`,
            head: ["Pool", "Desktops", "Names"],
            rows: pools.map((x) => [
              link(href.pool(x.pool.name), x.pool.name),
              x.pool.count,
              nameRun(x.desktops),
            ]),
            rowHeader: true,
            numeric: [1],
          }),
    ],
  };
}

/** A section that a VLAN may not have, as a list of none or one. */
function optional(section: Section | undefined): Section[] {
  return section ? [section] : [];
}
