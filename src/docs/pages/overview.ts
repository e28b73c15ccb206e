/** The front page: who the library is, whom to call, what is where, and where to read on. */
import { portRunText } from "../../site/index.ts";
import type { DocsContext } from "../context.ts";
import {
  code,
  facts,
  joined,
  link,
  list,
  note,
  p,
  strong,
  table,
  type Inline,
  type Page,
} from "../doc.ts";
import { count } from "../format.ts";
import { href, slug } from "../slug.ts";

/** Builds index.html. */
export function overviewPage(ctx: DocsContext): Page {
  const { site } = ctx.model;
  const info = site.site;
  const onCall = info.contacts.filter((c) => c.onCall);
  const contactRow = (c: (typeof info.contacts)[number]): Inline[] => [
    c.name,
    c.role ?? "",
    c.phone ?? "",
    c.email ? link(href.mail(c.email), c.email) : "",
    c.onCall ? "yes" : "no",
    c.notes ?? "",
  ];
  const desktops = ctx.model.pools.reduce((n, p) => n + p.pool.count, 0);
  const whereIs = (id: string): Inline[] => {
    const things: Inline[] = [];
    for (const { switch: s, entries } of ctx.model.switches) {
      if (s.location === id) things.push(ctx.switchLink(s.name));
      // Ports wired to a room other than their switch's own.
      for (const { value: entry, ports } of entries)
        if (entry.location === id && s.location !== id)
          things.push([ctx.switchLink(s.name), " ports ", portRunText(ports)]);
    }
    for (const a of site.inventory?.assets ?? [])
      if (a.location === id) things.push(link(href.asset(a.id), `asset ${a.id}`));
    return things;
  };
  return {
    path: "index.html",
    title: `${info.name}: technology overview`,
    nav: "overview",
    lead: [
      `This site describes the technology of ${info.name}`,
      info.address ? ` (${info.address})` : "",
      ": its network, servers, public desktops, accounts, cloud backups, equipment and licences. ",
      "It is generated from the file site.yaml, so it always matches what is configured.",
    ],
    sections: [
      {
        id: "if-something-breaks",
        heading: "If something breaks",
        blocks: [
          onCall.length > 0
            ? p(["Call the people on call first, in this order:"])
            : note("Nobody is marked as on call in site.yaml. Add onCall: true to a contact."),
          ...(onCall.length > 0
            ? [
                list(
                  onCall.map((c) => [
                    strong(c.name),
                    c.role ? `, ${c.role}` : "",
                    c.phone ? [": ", c.phone] : "",
                    c.email ? [", ", link(href.mail(c.email), c.email)] : "",
                  ]),
                  true,
                ),
              ]
            : []),
          p([
            "Step-by-step instructions for common jobs are in the ",
            link("runbooks.html", "runbooks"),
            ". Suppliers and their support numbers are on the ",
            link("vendors.html", "vendors page"),
            ".",
            site.operations?.maintenanceWindow
              ? [
                  " Planned work happens in the maintenance window, ",
                  strong(site.operations.maintenanceWindow),
                  ".",
                ]
              : "",
          ]),
        ],
      },
      {
        id: "contacts",
        heading: "Contacts",
        blocks: [
          table({
            caption: "People to contact about the library's technology",
            head: ["Name", "Role", "Phone", "Email", "On call", "Notes"],
            rows: info.contacts.map(contactRow),
            rowIds: info.contacts.map((c) => `contact-${slug(c.name)}`),
            rowHeader: true,
          }),
        ],
      },
      {
        id: "at-a-glance",
        heading: "At a glance",
        blocks: [
          facts([
            ["Site code", code(info.code)],
            ["Internal domain", code(info.domain)],
            ["Time zone", info.timezone],
            ["Networks (VLANs)", link("network.html", count(ctx.model.vlans.length, "VLAN"))],
            [
              "Switches",
              link(
                "network.html#switches",
                count(site.network.switches.length, "switch", "switches"),
              ),
            ],
            ["Virtual machines", link("servers.html", count(ctx.model.vms.length, "VM"))],
            [
              "Public desktops",
              link("vdi.html", [
                count(ctx.model.pools.length, "pool"),
                ", ",
                count(desktops, "desktop"),
              ]),
            ],
            ["Directory groups", link("directory.html", count(ctx.model.groups.size, "group"))],
            [
              "Equipment",
              link("inventory.html", count(site.inventory?.assets.length ?? 0, "asset")),
            ],
            [
              "Licences",
              link("licences.html", count(site.inventory?.licenses.length ?? 0, "licence")),
            ],
            ["Maintenance window", site.operations?.maintenanceWindow ?? "not set"],
          ]),
        ],
      },
      {
        id: "locations",
        heading: "Locations",
        blocks:
          info.locations.length === 0
            ? [p("No rooms or closets are recorded.")]
            : [
                table({
                  caption: "Rooms and closets, and the equipment in them",
                  head: ["Location", "Id", "What is there"],
                  rows: info.locations.map((l) => {
                    const there = whereIs(l.id);
                    return [
                      l.name,
                      code(l.id),
                      there.length ? joined(there) : (l.description ?? "—"),
                    ];
                  }),
                  rowIds: info.locations.map((l) => `location-${slug(l.id)}`),
                  rowHeader: true,
                }),
              ],
      },
      {
        id: "reading-guide",
        heading: "Where to read on",
        blocks: [
          list([
            [
              strong("Covering for a weekend:"),
              " ",
              link("runbooks.html", "Runbooks"),
              ", the ",
              link("network.html", "network"),
              " and ",
              link("servers.html", "servers"),
              " pages, and the ",
              link("glossary.html", "glossary"),
              " for any word you do not know.",
            ],
            [
              strong("Taking the job over:"),
              " ",
              link("how-to-change.html", "How to change this site"),
              ", then every page in the menu; ",
              link("print.html", "Print all"),
              " gives the whole binder on one page.",
            ],
            [
              strong("Preparing a budget:"),
              " ",
              link("inventory.html", "Inventory and replacement plan"),
              ", ",
              link("licences.html", "licences and renewals"),
              " and ",
              link("vendors.html", "vendors and contracts"),
              ".",
            ],
          ]),
        ],
      },
    ],
  };
}
