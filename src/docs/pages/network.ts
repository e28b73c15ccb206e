/** The network page: the VLAN table, the IP plan with address use, the topology and the switches. */
import { formatIp, formatMask, switchFilePaths } from "../../site/index.ts";
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
import type { Html } from "../html.ts";
import { href } from "../slug.ts";
import { addressBar, addressBarKey } from "../svg/address-bar.ts";
import { endLabel, linkEnds, linkLabel } from "../svg/topology.ts";
import { groupedTable } from "./grouping.ts";
import { PURPOSE_WORDS } from "./words.ts";

/** Builds network.html; the topology drawing is laid out beforehand (elkjs is asynchronous). */
export function networkPage(ctx: DocsContext, topologySvg: Html): Page {
  return {
    path: "network.html",
    title: "Network",
    nav: "network",
    lead: [
      "The library's network is split into ",
      link(href.glossary("VLAN"), "VLANs"),
      ": separate networks for staff, the public, servers, phones and so on, so that trouble on one does not spread to the others. Each VLAN has its own page listing everything on it.",
    ],
    sections: [
      services(ctx),
      vlans(ctx),
      ipPlan(ctx),
      topologySection(ctx, topologySvg),
      switches(ctx),
    ],
  };
}

function services(ctx: DocsContext): Section {
  const { model } = ctx;
  const net = model.site.network;
  return {
    id: "services",
    heading: "Network services",
    blocks: [
      facts([
        ["DNS servers (name lookup)", joined(net.dns.map((d) => code(d)))],
        ["NTP servers (clock)", joined(net.ntp.map((d) => code(d)))],
        [
          "DHCP servers (hand out addresses)",
          joined(
            net.dhcpServers.map((s) => link(href.dhcpServer(s.name), `${s.name} (${s.address})`)),
          ),
        ],
        [
          "Core switches (route between VLANs)",
          joined(model.coreSwitches.map((s) => ctx.switchLink(s.name))),
        ],
        [
          "Internet router (where traffic leaves the library)",
          net.upstream
            ? [
                code(net.upstream.gateway),
                net.upstream.description ? ` (${net.upstream.description})` : "",
                "; its provider is on ",
                link(href.startHere() + "#internet", "Start here"),
              ]
            : "not recorded in site.yaml",
        ],
      ]),
    ],
  };
}

function vlans(ctx: DocsContext): Section {
  const grouped = groupedTable({
    id: "vlans-by-purpose",
    caption: "VLANs: the separate networks inside the library",
    head: ["VLAN", "Name", "Used for", "Subnet", "Gateway", "DHCP range", "Isolated"],
    rows: ctx.model.vlans.map((v) => ({
      group: v.vlan.purpose,
      id: `vlan-${v.vlan.id}`,
      cells: [
        link(href.vlan(v.vlan.id), `VLAN ${v.vlan.id}`),
        v.vlan.name,
        PURPOSE_WORDS[v.vlan.purpose],
        code(v.vlan.subnet),
        code(v.vlan.gateway),
        v.vlan.dhcp
          ? link(href.scope(v.vlan.name), v.vlan.dhcp.range)
          : "no DHCP: fixed addresses only",
        v.vlan.isolated ? "yes" : "no",
      ] as Inline[],
    })),
    groupedBy: "purpose",
  });
  return { id: "vlans", heading: "VLANs", blocks: grouped.blocks, sections: grouped.sections };
}

function ipPlan(ctx: DocsContext): Section {
  const { model } = ctx;
  const plan = groupedTable({
    id: "ip-plan-by-purpose",
    caption: "IP plan: how each subnet's addresses are used",
    head: ["VLAN", "Subnet", "Netmask", "Usable", "Fixed", "DHCP range", "Free", "Use"],
    numeric: [3, 4, 5, 6],
    rows: model.subnets.map((u) => {
      const v = model.vlanByName.get(u.vlan.name)!;
      return {
        group: u.vlan.purpose,
        cells: [
          ctx.vlanLink(u.vlan.name),
          code(`${formatIp(u.cidr.network)}/${u.cidr.prefix}`),
          code(formatMask(u.cidr.prefix)),
          u.usable,
          u.statics.length,
          u.dynamic,
          u.free,
          addressBar(u, `use-${v.vlan.id}`, 200, 16),
        ],
      };
    }),
    groupedBy: "purpose",
  });
  return {
    id: "ip-plan",
    heading: "IP plan",
    blocks: [
      p(
        "How many addresses each subnet has, and how they are used: fixed addresses (gateways, servers, switches, reservations), the range DHCP hands out, and what is left free.",
      ),
      p("Key to the address-use bars:"),
      { kind: "html", html: addressBarKey() },
      ...plan.blocks,
    ],
    sections: plan.sections,
  };
}

function topologySection(ctx: DocsContext, topologySvg: Html): Section {
  const { model } = ctx;
  const rows = model.links.map((l): Inline[] => [
    [ctx.switchLink(l.a.switch), " ", endLabel(l.a)],
    [ctx.switchLink(l.b.switch), " ", endLabel(l.b)],
    l.a.lag ? [code(l.a.lag), " (LACP)"] : "single cable",
    joined([
      ...(l.untagged ? [[ctx.vlanLink(l.untagged), " untagged"]] : []),
      ...l.tagged.map((t) => ctx.vlanLink(t)),
    ]),
  ]);
  return {
    id: "topology",
    heading: "Topology",
    blocks: [
      figure(
        topologySvg,
        "How the switches connect. Each line is a link, labelled with its trunk and how many VLANs it carries, and at each end with the ports it plugs into there. The table below says the same in words.",
      ),
      model.links.length === 0
        ? p("There are no links between switches.")
        : table({
            caption: "Links between switches",
            head: ["From", "To", "Trunk", "VLANs carried"],
            rows,
            rowHeader: true,
          }),
    ],
  };
}

function switches(ctx: DocsContext): Section {
  const grouped = groupedTable({
    id: "switches-by-location",
    caption: "Switches",
    head: ["Switch", "Role", "Model", "Location", "Management address", "Configuration", "Asset"],
    rows: ctx.model.switches.map((t) => {
      const cfg = switchFilePaths(t.switch.name).configFile;
      return {
        group: t.switch.location ?? "no location",
        cells: [
          link(href.switchPage(t.switch.name), t.switch.name),
          t.switch.role,
          t.model?.label ?? t.switch.model,
          ctx.locationName(t.switch.location),
          code(t.management.address),
          ctx.configPaths.has(cfg) ? link(href.config(cfg), cfg) : "not rendered",
          ctx.assetLink(t.switch.name) ?? "—",
        ],
      };
    }),
    groupedBy: "location",
  });
  return {
    id: "switches",
    heading: "Switches",
    blocks: grouped.blocks,
    sections: grouped.sections,
  };
}

/** The text alternative of the topology drawing: every link with the ports at both ends. */
export function topologyDescription(ctx: DocsContext): string {
  const { model } = ctx;
  if (model.links.length === 0)
    return `${model.switches.length} switches, not linked to each other.`;
  return model.links.map((l) => `${linkEnds(l)} (${linkLabel(l)})`).join("; ");
}
