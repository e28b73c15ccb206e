/** DNS: the internal domain, its servers, and every name the zones hold. */
import { parseIp, reverseZoneNames, type DnsName } from "../../site/index.ts";
import type { DocsContext } from "../context.ts";
import { code, facts, joined, link, p, type Inline, type Page } from "../doc.ts";
import { href } from "../slug.ts";
import { groupedTable } from "./grouping.ts";

/** Builds dns.html. */
export function dnsPage(ctx: DocsContext): Page {
  const { model } = ctx;
  const site = model.site;
  const domain = site.site.domain;
  const serverName = (ip: string) => model.dns.reverseNames.get(parseIp(ip) ?? -1);
  // Exactly the forward zone's records, grouped by the VLAN that holds each address.
  const records = model.dns.forward.records.map(({ owner }) => {
    const v = owner.vlan === undefined ? undefined : model.vlanByName.get(owner.vlan);
    return {
      group: v ? `VLAN ${v.vlan.id} ${v.vlan.name}` : "outside the site's VLANs",
      cells: [
        code(`${owner.name}.${model.dns.domain}`),
        code(owner.address),
        whatItIs(ctx, owner),
        owner.vlan === undefined ? "—" : ctx.vlanLink(owner.vlan),
      ],
    };
  });
  const forward = groupedTable({
    id: "records-by-vlan",
    caption: `Names in the ${domain} zone`,
    head: ["Name", "Address", "What it is", "VLAN"],
    rows: records,
    groupedBy: "VLAN",
  });
  const files = ctx.configsUnder("dns/");
  const reverse = groupedTable({
    id: "reverse-by-purpose",
    caption: "Reverse zones by VLAN",
    head: ["VLAN", "Subnet", "Reverse zones"],
    rows: model.vlans.map((v) => ({
      group: v.vlan.purpose,
      cells: [
        ctx.vlanLink(v.vlan.name),
        code(v.vlan.subnet),
        joined(reverseZoneNames(v.cidr).map((z) => code(z))),
      ],
    })),
    groupedBy: "purpose",
  });
  const overrides = model.vlans
    .filter((v) => v.vlan.dhcp?.dns)
    .map((v) => [ctx.vlanLink(v.vlan.name), ": ", joined(v.dns.map((d) => code(d)))]);
  return {
    path: "dns.html",
    title: "DNS",
    nav: "dns",
    lead: `DNS turns names into addresses. Inside the library, names end in ${domain}; the library's own DNS servers answer for them and pass other questions on to the internet.`,
    sections: [
      {
        id: "servers",
        heading: "DNS servers",
        blocks: [
          facts([
            ["Internal domain", code(domain)],
            [
              "DNS servers handed out by DHCP",
              joined(
                site.network.dns.map((ip) => {
                  const s = serverName(ip);
                  return s
                    ? [code(ip), " (", s.kind === "vm" ? ctx.vmLink(s.declared) : s.declared, ")"]
                    : code(ip);
                }),
              ),
            ],
            [
              "VLANs with their own DNS servers",
              overrides.length ? joined(overrides, "; ") : "none",
            ],
            [
              "Zone files",
              files.length
                ? joined(files.map((f) => link(href.config(f.path), f.path)))
                : "not rendered yet",
            ],
          ]),
        ],
      },
      {
        id: "forward",
        heading: "Forward zone",
        blocks: forward.blocks,
        sections: forward.sections,
      },
      {
        id: "reverse",
        heading: "Reverse zones",
        sections: reverse.sections,
        blocks: [
          p(
            "Reverse zones answer the opposite question: which name has this address. There is one per subnet (or per /24 inside a larger subnet).",
          ),
          ...reverse.blocks,
        ],
      },
    ],
  };
}

/** What a name belongs to, linked to where it is documented. */
function whatItIs(ctx: DocsContext, n: DnsName): Inline {
  switch (n.kind) {
    case "vm":
      return ["virtual machine ", ctx.vmLink(n.declared)];
    case "switch":
      return ["switch ", ctx.switchLink(n.declared), " (its management address)"];
    case "dhcp-server":
      return ["DHCP server ", link(href.dhcpServer(n.declared), n.declared)];
    case "host":
      return link(href.host(n.declared), "host with a fixed address");
    case "reservation":
      return n.vlan === undefined
        ? "DHCP reservation"
        : link(href.scope(n.vlan), "DHCP reservation");
    case "vcenter":
      return "vCenter (vsphere.server)";
    default: {
      const unhandled: never = n.kind;
      return unhandled;
    }
  }
}
