/**
 * `rooms:`: meeting rooms with their audio-visual equipment, the switch ports and VLAN they
 * use, the inventory assets they hold, and the words of a one-page room card for staff and
 * patrons. Cross-field checks are in `rules/rooms.ts`.
 */
import { z } from "zod";
import { identifier } from "./name-types.ts";
import { date } from "./schema-values.ts";
import { line, multiline } from "./text.ts";

/** What a piece of room equipment is. */
export const AV_KINDS = [
  "display",
  "projector",
  "camera",
  "microphone",
  "speakers",
  "control-panel",
  "pc",
  "wireless-presentation",
  "other",
] as const;

/** The most steps a card section holds: a card is one printed page. */
export const CARD_STEPS_MAX = 6;

const name = line(100, { min: 1 });

/** Equipment bought for the room, recorded here rather than under inventory.assets. */
const roomAsset = z.strictObject({
  id: line(64, { min: 1 }).meta({ description: "Asset id, unique among all assets" }),
  serial: line(64).optional(),
  quantity: z.number().int().min(1).default(1),
  purchased: date,
  cost: z.number().meta({ description: "Total purchase cost" }),
  lifespanYears: z.number().int(),
  vendor: line(100).optional(),
});

const equipment = z.strictObject({
  kind: z.enum(AV_KINDS),
  model: line(100, { min: 1 }),
  where: line(200)
    .optional()
    .meta({ description: "Where it is in the room, for the card: 'on the wall by the door'" }),
  asset: z
    .union([line(64, { min: 1 }), roomAsset])
    .optional()
    .meta({
      description:
        "An inventory.assets id, or the asset itself (id, purchased, cost, lifespanYears...), which then joins the inventory",
    }),
});

const roomPorts = z.strictObject({
  switch: name,
  ports: z
    .union([line(100, { min: 1 }), z.number().int().positive()])
    .meta({ description: "Port list: 5, 1-8 or 1,3,5-7" }),
});

const step = line(200, { min: 1 });
const steps = z
  .array(step)
  .max(CARD_STEPS_MAX)
  .default([])
  .meta({ description: `Steps in plain words, at most ${CARD_STEPS_MAX}` });

const help = z.strictObject({
  contact: name
    .optional()
    .meta({ description: "A contact's role (or name): the card prints their name and phone" }),
  name: line(100).optional().meta({ description: "Who to call, e.g. Information Desk" }),
  phone: line(40).optional(),
  when: line(100).optional().meta({ description: "When to call them, e.g. during opening hours" }),
});

/** The words of the room card. */
const card = z.strictObject({
  start: steps.meta({ description: "How to start a meeting" }),
  present: steps.meta({ description: "How to show a laptop on the screen" }),
  videoCall: steps.meta({ description: "How to join a video call" }),
  finish: steps.meta({ description: "What to do when leaving" }),
  help: z.array(help).max(3).default([]).meta({ description: "Whom to call (at most 3)" }),
  notes: line(1024, { min: 1 })
    .optional()
    .meta({ description: "A Markdown file beside site.yaml, printed on the card after the steps" }),
});

/** One meeting room. */
export const room = z.strictObject({
  id: identifier(64, { what: "a room id" }).meta({
    description: "Short id: names the room's pages (room-<id>.html)",
  }),
  name: line(100, { min: 1 }),
  location: name.optional().meta({ description: "A site.locations id" }),
  capacity: z.number().int().min(1).optional(),
  bookedWith: name
    .optional()
    .meta({ description: "The service (by name) patrons book the room through" }),
  description: multiline(1000).optional(),
  equipment: z.array(equipment).default([]),
  network: z
    .strictObject({
      vlan: name.meta({ description: "The VLAN the room's PC, panel and display use" }),
      ports: z.array(roomPorts).default([]),
    })
    .optional(),
  card: card.optional(),
});
