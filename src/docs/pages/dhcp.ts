/** DHCP: the servers, one scope per served VLAN, and the reservations. */
import type { DhcpServerModel } from "../../site/index.ts";
import type { DocsContext } from "../context.ts";
import {
  code,
  facts,
  joined,
  link,
  p,
  table,
  type Inline,
  type Page,
  type Section,
} from "../doc.ts";
import { href, slug } from "../slug.ts";
import { durationWords } from "./words.ts";

const SOFTWARE_WORDS = {
  kea: "ISC Kea",
  "isc-dhcp": "ISC DHCP (dhcpd)",
  windows: "Windows Server DHCP",
  dnsmasq: "dnsmasq",
} as const;

/** Builds dhcp.html. */
export function dhcpPage(ctx: DocsContext): Page {
  const { model } = ctx;
  const servers = model.dhcpServers;
  // The machine behind a server's address (usually a VM), and the VLAN it sits on.
  const placed = ({ machine, home }: DhcpServerModel): Inline => [
    machine ? [" on ", machine.kind === "vm" ? ctx.vmLink(machine.name) : machine.name] : "",
    ", ",
    ctx.vlanLink(home.vlan.name),
  ];
  const scopes: Section[] = model.vlans
    .filter((v) => v.vlan.dhcp)
    .map((v) => {
      const d = v.vlan.dhcp!;
      const options = Object.entries(d.options).sort(([a], [b]) => a.localeCompare(b));
      return {
        id: `scope-${slug(v.vlan.name)}`,
        heading: [`Scope for VLAN ${v.vlan.id} ${v.vlan.name}`],
        blocks: [
          facts([
            ["VLAN", ctx.vlanLink(v.vlan.name)],
            [
              "Served by",
              v.dhcpServer
                ? link(href.dhcpServer(v.dhcpServer.name), v.dhcpServer.name)
                : "no server (the validator would refuse this)",
            ],
            ["Range handed out", code(d.range)],
            ["Lease time", durationWords(d.leaseTime)],
            ["Router (gateway)", code(v.vlan.gateway)],
            ["DNS servers", joined(v.dns.map((x) => code(x)))],
            ["Domain name", v.domain === undefined ? "none (guest network)" : code(v.domain)],
            ["NTP servers", v.ntp.length ? joined(v.ntp.map((x) => code(x))) : "none"],
            [
              "Other options",
              options.length
                ? joined(
                    options.map(([k, val]) =>
                      code(`${k} = ${Array.isArray(val) ? val.join(", ") : String(val)}`),
                    ),
                  )
                : "none",
            ],
          ]),
          v.reservations.length === 0
            ? p("No reservations.")
            : table({
                caption: `Reservations in the ${v.vlan.name} scope: these devices always get the same address`,
                head: ["Device", "Address", "MAC"],
                rows: v.reservations.map((r) => [r.host, code(r.ip), code(r.mac)]),
                rowHeader: true,
              }),
        ],
      };
    });
  return {
    path: "dhcp.html",
    title: "DHCP scopes and reservations",
    nav: "dhcp",
    lead: "DHCP hands out addresses to devices when they connect. Each VLAN with DHCP has a scope: the range of addresses, how long a device keeps one, and the settings it receives. A reservation makes one device (by its MAC address) always get the same address.",
    sections: [
      {
        id: "servers",
        heading: "DHCP servers",
        blocks: [
          servers.length === 0
            ? p("There is no DHCP server.")
            : table({
                caption: "DHCP servers",
                head: ["Server", "Software", "Address", "Serves", "Configuration files"],
                rows: servers.map((d): Inline[] => {
                  const s = d.server;
                  const files = ctx.configsUnder(`dhcp/${s.name}/`);
                  return [
                    s.name,
                    SOFTWARE_WORDS[s.software],
                    [code(s.address), placed(d)],
                    joined(s.serves.map((v) => ctx.vlanLink(v))),
                    files.length
                      ? joined(files.map((f) => link(href.config(f.path), f.path)))
                      : "not rendered yet",
                  ];
                }),
                rowIds: servers.map((d) => `server-${slug(d.server.name)}`),
                rowHeader: true,
              }),
          p([
            "Devices on other VLANs reach the server through the core switch, which forwards (relays) their requests: this is the ",
            code("ip helper-address"),
            " line in the core switch's configuration.",
          ]),
        ],
      },
      {
        id: "scopes",
        heading: "Scopes",
        blocks: scopes.length ? [] : [p("No VLAN has DHCP.")],
        sections: scopes,
      },
    ],
  };
}
