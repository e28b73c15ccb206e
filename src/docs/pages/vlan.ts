/** One page per VLAN: its addressing and everything on it (ports, hosts, VMs, reservations, pools). */
import { formatIp, formatMask, parsePortList, type VlanModel } from "../../site/index.ts";
import type { DocsContext } from "../context.ts";
import {
  code,
  facts,
  figure,
  joined,
  link,
  p,
  table,
  type Inline,
  type Page,
  type Section,
} from "../doc.ts";
import { href } from "../slug.ts";
import { addressBar, addressBarKey, addressUseText } from "../svg/address-bar.ts";
import { nameRun } from "./grouping.ts";
import { portRunText } from "./port-runs.ts";
import { vlanIsolationSection } from "./vlan-isolation.ts";
import { durationWords, isolationWords, PURPOSE_WORDS } from "./words.ts";

const KIND_WORDS = {
  gateway: "gateway (the router address)",
  host: "host",
  switch: "switch management",
  vm: "virtual machine",
  reservation: "DHCP reservation",
} as const;

/** Builds vlan-ID.html. */
export function vlanPage(ctx: DocsContext, v: VlanModel): Page {
  const { model } = ctx;
  const { vlan } = v;
  const name = vlan.name;
  const use = model.subnets.find((u) => u.vlan.name === name);
  // Every switch port entry that carries this VLAN.
  const portRows: Inline[][] = [];
  for (const sw of model.site.network.switches)
    for (const entry of sw.ports) {
      const how =
        entry.untagged === name ? "untagged" : entry.tagged.includes(name) ? "tagged" : undefined;
      if (!how) continue;
      const ports = parsePortList(entry.ports) ?? [];
      portRows.push([
        ctx.switchLink(sw.name),
        link(href.port(sw.name, ports[0] ?? 1), portRunText(ports)),
        how === "untagged"
          ? "untagged (devices plug in here)"
          : "tagged (carried for other switches or devices)",
        entry.lag ? code(entry.lag.toLowerCase()) : "—",
        entry.poe ? "on" : "off",
        entry.description ?? "",
        ctx.locationName(entry.location ?? sw.location),
      ]);
    }
  const statics = model.statics.filter((s) => s.vlan === name).sort((a, b) => a.ip - b.ip);
  const staticName = (s: (typeof statics)[number]): Inline => {
    switch (s.kind) {
      case "vm":
        return ctx.vmLink(s.name);
      case "switch":
        return ctx.switchLink(s.name);
      case "host":
        return link(href.host(s.name), s.name);
      case "reservation":
        return link(href.scope(name), s.name);
      case "gateway":
        return model.coreSwitches.length
          ? ["gateway on ", joined(model.coreSwitches.map((c) => ctx.switchLink(c.name)))]
          : "gateway";
      default: {
        const never: never = s.kind;
        return never;
      }
    }
  };
  const vms = model.vms.filter((x) => x.vm.network.vlan === name);
  const pools = model.pools.filter((x) => x.pool.vlan === name);
  const portGroup = model.site.vsphere?.portGroups.includes(name) ?? false;
  const sections: Section[] = [
    {
      id: "ports",
      heading: "Switch ports",
      blocks: [
        portRows.length === 0
          ? p("No switch port carries this VLAN.")
          : table({
              caption: `Switch ports that carry VLAN ${vlan.id} ${name}`,
              head: ["Switch", "Ports", "How", "Trunk", "PoE", "Description", "Location"],
              rows: portRows,
              rowHeader: true,
            }),
      ],
    },
    {
      id: "addresses",
      heading: "Fixed addresses",
      blocks: [
        table({
          caption: `Every fixed address on VLAN ${vlan.id} ${name}, in address order`,
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
    },
    {
      id: "vms",
      heading: "Virtual machines",
      blocks: [
        vms.length === 0
          ? p("No virtual machine is on this VLAN.")
          : table({
              caption: `Virtual machines on VLAN ${vlan.id} ${name}`,
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
    },
    {
      id: "dhcp",
      heading: "DHCP",
      blocks: v.vlan.dhcp
        ? [
            p([
              "Devices get addresses from ",
              code(v.vlan.dhcp.range),
              v.dhcpServer
                ? [", handed out by ", link(href.dhcpServer(v.dhcpServer.name), v.dhcpServer.name)]
                : "",
              `, for ${durationWords(v.vlan.dhcp.leaseTime)} at a time. `,
              link(href.scope(name), "See the DHCP scope"),
              ".",
            ]),
            v.reservations.length === 0
              ? p("There are no reservations.")
              : table({
                  caption: `DHCP reservations on VLAN ${vlan.id} ${name}`,
                  head: ["Device", "Address", "MAC"],
                  rows: v.reservations.map((r) => [r.host, code(r.ip), code(r.mac)]),
                  rowHeader: true,
                }),
          ]
        : [p("This VLAN has no DHCP: every device on it has a fixed address listed above.")],
    },
    {
      id: "pools",
      heading: "VDI desktop pools",
      blocks: [
        pools.length === 0
          ? p("No VDI desktop pool uses this VLAN.")
          : table({
              caption: `VDI desktop pools on VLAN ${vlan.id} ${name}`,
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
    },
  ];
  return {
    path: href.vlan(vlan.id),
    title: `VLAN ${vlan.id}: ${name}`,
    nav: "network",
    lead: [
      `This network is for ${PURPOSE_WORDS[vlan.purpose]}.`,
      vlan.description ? ` ${vlan.description}` : "",
    ],
    blocks: [
      facts([
        ["VLAN id", String(vlan.id)],
        ["Name", name],
        ["Subnet", code(vlan.subnet)],
        ["Netmask", code(formatMask(v.cidr.prefix))],
        ["Gateway", code(formatIp(v.gateway))],
        [
          "DHCP",
          vlan.dhcp ? link(href.scope(name), vlan.dhcp.range) : "none (fixed addresses only)",
        ],
        ["DNS servers", joined(v.dns.map((d) => code(d)))],
        ["NTP servers", joined(v.ntp.map((d) => code(d)))],
        ["Isolation", isolationWords(vlan)],
        ["Address use", use ? addressUseText(use) : "unknown"],
      ]),
      ...(use
        ? [
            figure(addressBar(use, `use-${vlan.id}`, 480, 22), [
              "Address use of this subnet. ",
              addressBarKey(`use-key-${vlan.id}`),
            ]),
          ]
        : []),
    ],
    sections: withIsolation(vlanIsolationSection(ctx, v), sections),
  };
}

/** The isolation section, when there is one, goes first: it says what the VLAN can reach. */
function withIsolation(isolation: Section | undefined, sections: Section[]): Section[] {
  return isolation ? [isolation, ...sections] : sections;
}
