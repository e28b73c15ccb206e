/**
 * Meeting rooms: an index, and a page per room with its equipment (linked to the inventory),
 * the switch ports and VLAN it uses, and the words of its printable room card.
 */
import { portRunText, type RoomModel } from "../../site/index.ts";
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
import { Html } from "../html.ts";
import { href } from "../slug.ts";
import { wordsUsedHere } from "./glossary.ts";
import { cardSections, cardSize, equipmentKindLabel, roomHas, roomNotes } from "./room-card.ts";
import { renderRunbook } from "./runbooks.ts";
import { serviceLink } from "./services.ts";

/** Builds rooms.html; undefined when the site has no rooms. */
export function roomsPage(ctx: DocsContext): Page | undefined {
  const rooms = ctx.model.rooms;
  if (rooms.length === 0) return undefined;
  return {
    path: href.rooms(),
    title: "Meeting rooms",
    nav: "rooms",
    lead: "The library's meeting rooms: what equipment each has, how it is connected, and a one-page card for its wall that tells staff and patrons how to use it.",
    sections: [
      {
        id: "rooms",
        heading: "Rooms",
        blocks: [
          table({
            caption: "Meeting rooms and their cards",
            head: ["Room", "Seats", "Booked through", "Equipment", "Room card"],
            numeric: [1],
            rows: rooms.map((r): Inline[] => [
              link(href.room(r.room.id), r.room.name),
              r.room.capacity ?? "",
              r.room.bookedWith ? serviceLink(r.room.bookedWith) : "not recorded",
              roomHas(r) || "none recorded",
              r.room.card ? link(href.roomCard(r.room.id), "print the card") : "no card",
            ]),
            rowHeader: true,
          }),
          p(
            "Print each card on A4 (or Letter) at full size and put it on the wall by the door or the table. Print it again after the room's card or equipment changes in site.yaml.",
          ),
          wordsUsedHere(ctx.model, ["Room card", "VLAN", "Asset"]),
        ],
      },
    ],
  };
}

/** One page per room. */
export function roomPages(ctx: DocsContext): Page[] {
  return ctx.model.rooms.map((r) => ({
    path: href.room(r.room.id),
    title: r.room.name,
    nav: "rooms",
    lead: [
      r.room.description ?? `A meeting room of ${ctx.model.site.site.name}.`,
      " ",
      r.room.card
        ? link(href.roomCard(r.room.id), "Print its room card.")
        : "It has no room card yet: add card: to the room in site.yaml.",
    ],
    sections: [
      about(ctx, r),
      equipment(ctx, r),
      network(ctx, r),
      ...(r.room.card ? [card(ctx, r)] : []),
    ],
  }));
}

function about(ctx: DocsContext, r: RoomModel): Section {
  return {
    id: "about",
    heading: "About the room",
    blocks: [
      facts([
        ["Seats", r.room.capacity === undefined ? "not recorded" : String(r.room.capacity)],
        [
          "Where",
          r.room.location === undefined ? "not recorded" : ctx.locationName(r.room.location),
        ],
        ["Booked through", r.room.bookedWith ? serviceLink(r.room.bookedWith) : "not recorded"],
        ["Room id in site.yaml", code(r.room.id)],
      ]),
    ],
  };
}

function equipment(ctx: DocsContext, r: RoomModel): Section {
  return {
    id: "equipment",
    heading: "Equipment",
    blocks: [
      r.equipment.length === 0
        ? p("No equipment is recorded for this room.")
        : table({
            caption: `Equipment in the ${r.room.name}`,
            head: ["Kind", "Model", "Where", "Inventory"],
            rows: r.equipment.map(({ item, asset }): Inline[] => [
              equipmentKindLabel(item.kind),
              item.model,
              item.where ?? "",
              asset === undefined ? "not recorded" : (ctx.assetLink(asset) ?? code(asset)),
            ]),
            rowHeader: true,
          }),
    ],
  };
}

function network(ctx: DocsContext, r: RoomModel): Section {
  const net = r.room.network;
  return {
    id: "network",
    heading: "Network",
    blocks: net
      ? [
          facts([
            ["VLAN", ctx.vlanLink(net.vlan)],
            [
              "Switch ports",
              r.ports.length
                ? joined(
                    r.ports.map((p) => [
                      ctx.switchLink(p.switch),
                      " ",
                      link(
                        href.port(p.switch, portRow(ctx, p.switch, p.ports[0] ?? 1)),
                        `ports ${portRunText(p.ports)}`,
                      ),
                    ]),
                    "; ",
                  )
                : "none recorded",
            ],
          ]),
        ]
      : [p("The room's network connection is not recorded.")],
  };
}

function card(ctx: DocsContext, r: RoomModel): Section {
  const notes = roomNotes(ctx, r);
  const blocks: Block[] = [
    p([
      "What the ",
      link(href.roomCard(r.room.id), "printable card"),
      " says. It comes from the room's ",
      code("card:"),
      " in site.yaml",
      r.room.card?.notes ? [" and from ", code(r.room.card.notes)] : "",
      ".",
    ]),
  ];
  if (cardSize(r, notes) === undefined)
    blocks.push(
      note(
        "The card's words are long for one page and may print on two: shorten the steps or the notes file.",
      ),
    );
  for (const s of cardSections(r)) blocks.push(p(strong(s.heading)), list(s.steps, true));
  if (notes)
    blocks.push(p(strong("Good to know")), {
      kind: "html",
      html: new Html(`<div class="runbook">${renderRunbook(notes).value}</div>`),
    });
  blocks.push(
    p(strong("Need help? Call")),
    list(
      r.help.length
        ? r.help.map((h) => [
            strong(h.name),
            h.phone ? `: ${h.phone}` : "",
            h.when ? ` (${h.when})` : "",
          ])
        : ["Ask at any service desk"],
    ),
  );
  return { id: "card", heading: "Room card", blocks };
}

/**
 * The row of the switch page's port table that holds a port: the table gives one row to a
 * run of ports configured by one entry, and links land on the run's first port.
 */
function portRow(ctx: DocsContext, switchName: string, port: number): number {
  const table = ctx.model.switches.find((t) => t.switch.name === switchName);
  const entry = table?.ports.get(port)?.entry;
  if (!table || entry === undefined) return port;
  let first = port;
  while (table.ports.get(first - 1)?.entry === entry) first--;
  return first;
}
