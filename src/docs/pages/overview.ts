/** The front page: who the library is, whom to call, what needs attention, what is where. */
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
  type Block,
  type Inline,
  type Page,
  type Section,
} from "../doc.ts";
import { count } from "../format.ts";
import { href, slug } from "../slug.ts";
import { attentionBlocks } from "./attention.ts";

type Contact = DocsContext["model"]["site"]["site"]["contacts"][number];

/** Builds index.html. */
export function overviewPage(ctx: DocsContext): Page {
  const info = ctx.model.site.site;
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
    blocks: [startHereNote()],
    sections: [
      somethingBreaks(ctx),
      needsAttention(ctx),
      contacts(ctx),
      atAGlance(ctx),
      locations(ctx),
      readingGuide(),
    ],
  };
}

/** The pointer a newcomer needs first. */
function startHereNote(): Block {
  return note([
    strong("New here? "),
    link(href.startHere(), "Start here"),
    ": where the files and passwords are kept, who holds the admin accounts, the internet connection, and what to check in your first week.",
  ]);
}

function somethingBreaks(ctx: DocsContext): Section {
  const { site } = ctx.model;
  const onCall = site.site.contacts.filter((c) => c.onCall);
  const window = site.operations?.maintenanceWindow;
  return {
    id: "if-something-breaks",
    heading: "If something breaks",
    blocks: [
      ...(onCall.length > 0
        ? [
            p("Call the people on call first, in this order:"),
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
        : [note("Nobody is marked as on call in site.yaml. Add onCall: true to a contact.")]),
      p([
        "Step-by-step instructions for common jobs are in the ",
        link("runbooks.html", "runbooks"),
        ". Suppliers and their support numbers are on the ",
        link("vendors.html", "vendors page"),
        ".",
        window ? [" Planned work happens in the maintenance window, ", strong(window), "."] : "",
      ]),
    ],
  };
}

function needsAttention(ctx: DocsContext): Section {
  return {
    id: "needs-attention",
    heading: "Needs attention",
    blocks: [
      p([
        "Equipment past its replacement date, licences and services to renew and contracts that end. The ",
        link("inventory.html", "inventory"),
        " and ",
        link("licences.html", "licences"),
        " pages give the whole plan.",
      ]),
      ...attentionBlocks(ctx),
    ],
  };
}

function contacts(ctx: DocsContext): Section {
  const people = ctx.model.site.site.contacts;
  const row = (c: Contact): Inline[] => [
    c.name,
    c.role ?? "",
    c.phone ?? "",
    c.email ? link(href.mail(c.email), c.email) : "",
    c.onCall ? "yes" : "no",
    c.notes ?? "",
  ];
  return {
    id: "contacts",
    heading: "Contacts",
    blocks: [
      people.length === 0
        ? p("No contacts are recorded. Add them under site.contacts in site.yaml.")
        : table({
            caption: "People to contact about the library's technology",
            head: ["Name", "Role", "Phone", "Email", "On call", "Notes"],
            rows: people.map(row),
            rowIds: people.map((c) => `contact-${slug(c.name)}`),
            rowHeader: true,
          }),
    ],
  };
}

function atAGlance(ctx: DocsContext): Section {
  const { model } = ctx;
  const { site } = model;
  const info = site.site;
  const desktops = model.pools.reduce((n, x) => n + x.pool.count, 0);
  return {
    id: "at-a-glance",
    heading: "At a glance",
    blocks: [
      facts([
        ["Site code", code(info.code)],
        ["Internal domain", code(info.domain)],
        ["Time zone", info.timezone],
        ["Networks (VLANs)", link("network.html", count(model.vlans.length, "VLAN"))],
        [
          "Switches",
          link("network.html#switches", count(site.network.switches.length, "switch", "switches")),
        ],
        ["Virtual machines", link("servers.html", count(model.vms.length, "VM"))],
        [
          "Public desktops",
          link("vdi.html", [count(model.pools.length, "pool"), ", ", count(desktops, "desktop")]),
        ],
        ["Directory groups", link("directory.html", count(model.groups.size, "group"))],
        ["Equipment", link("inventory.html", count(model.assets.length, "asset"))],
        ["Licences", link("licences.html", count(site.inventory?.licenses.length ?? 0, "licence"))],
        ...(model.services.length
          ? [["Services", link(href.services(), count(model.services.length, "service"))] as const]
          : []),
        ...(model.publicZone
          ? [["Public domain", link(href.publicDns(), code(model.publicZone.domain))] as const]
          : []),
        ...(model.rooms.length
          ? [["Meeting rooms", link(href.rooms(), count(model.rooms.length, "room"))] as const]
          : []),
        ["Costs shown in", code(info.currency)],
        ["Maintenance window", site.operations?.maintenanceWindow ?? "not set"],
      ]),
    ],
  };
}

/** What sits in a room: switches there, ports wired to it from elsewhere, assets, meeting rooms. */
function whereIs(ctx: DocsContext, id: string): Inline[] {
  const things: Inline[] = [];
  for (const { switch: s, entries } of ctx.model.switches) {
    if (s.location === id) things.push(ctx.switchLink(s.name));
    // Ports wired to a room other than their switch's own.
    for (const { value: entry, ports } of entries)
      if (entry.location === id && s.location !== id)
        things.push([ctx.switchLink(s.name), " ports ", portRunText(ports)]);
  }
  for (const { asset: a } of ctx.model.assets)
    if (a.location === id) things.push(link(href.asset(a.id), `asset ${a.id}`));
  for (const r of ctx.model.rooms)
    if (r.room.location === id) things.push(link(href.room(r.room.id), r.room.name));
  return things;
}

function locations(ctx: DocsContext): Section {
  const rooms = ctx.model.site.site.locations;
  return {
    id: "locations",
    heading: "Locations",
    blocks:
      rooms.length === 0
        ? [p("No rooms or closets are recorded.")]
        : [
            table({
              caption: "Rooms and closets, and the equipment in them",
              head: ["Location", "Id", "What is there"],
              rows: rooms.map((l) => {
                const there = whereIs(ctx, l.id);
                return [l.name, code(l.id), there.length ? joined(there) : (l.description ?? "—")];
              }),
              rowIds: rooms.map((l) => `location-${slug(l.id)}`),
              rowHeader: true,
            }),
          ],
  };
}

function readingGuide(): Section {
  return {
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
          link(href.startHere(), "Start here"),
          ", then ",
          link("how-to-change.html", "How to change this site"),
          " and every page in the menu; ",
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
  };
}
