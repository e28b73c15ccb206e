/**
 * The printable room card: one A4 page for the wall of a meeting room, in plain words and
 * big type, for staff and patrons: what the room has, how to start it, show a laptop, join
 * a video call and leave it tidy, and whom to call. It comes from the room's `card:` in
 * site.yaml and its optional Markdown notes, rendered with the docs' Markdown (raw HTML
 * shown as text). It has its own layout (`templates/docs/card.hbs`), with no site menu,
 * so that the printed page holds the card and nothing else.
 */
import type { AV_KINDS } from "../../site/schema-rooms.ts";
import type { RoomModel } from "../../site/index.ts";
import { generatedNotice, type SiteStamp } from "../../output/index.ts";
import type { DocsContext, DocsDate } from "../context.ts";
import { longDate } from "../format.ts";
import { href } from "../slug.ts";
import { docsTemplates, safe } from "../templates.ts";
import { DOCS_AGAIN, text } from "../render-page.ts";
import { renderRunbook } from "./runbooks.ts";

/** The card's type sizes, largest first: the builder picks the largest that fits one page. */
export const CARD_SIZES = ["large", "medium", "small"] as const;

/** One of the card's type sizes (see `style.css`: 18, 16 and 14 point in print). */
export type CardSize = (typeof CARD_SIZES)[number];

/**
 * What each size fits on A4 (186 by 269 mm inside the margins): characters on a line of
 * body text, and lines on the page, with headings and spacing counted as lines of body text.
 */
// Measured in Chromium's print of the example's cards (see test/docs/browser.test.ts, which
// prints every card and counts its pages): a 1.3 line height in 12 by 14 mm margins.
const FIT: Readonly<Record<CardSize, { perLine: number; lines: number }>> = {
  large: { perLine: 52, lines: 33 },
  medium: { perLine: 60, lines: 37 },
  small: { perLine: 68, lines: 42 },
};

/** A piece of equipment in the words a patron uses. */
function equipmentWords(kind: (typeof AV_KINDS)[number]): string {
  switch (kind) {
    case "display":
      return "a large screen";
    case "projector":
      return "a projector";
    case "camera":
      return "a camera";
    case "microphone":
      return "microphones";
    case "speakers":
      return "speakers";
    case "control-panel":
      return "a touch panel";
    case "pc":
      return "a computer";
    case "wireless-presentation":
      return "wireless screen sharing";
    case "other":
      return "";
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/** A kind of equipment as a table shows it: "Control panel". */
export function equipmentKindLabel(kind: (typeof AV_KINDS)[number]): string {
  const words = kind.replace(/-/g, " ");
  return kind === "pc" ? "PC" : words[0]!.toUpperCase() + words.slice(1);
}

/** "a large screen, a camera and microphones". */
export function roomHas(room: RoomModel): string {
  const words = [...new Set(room.room.equipment.map((e) => equipmentWords(e.kind)))].filter(
    Boolean,
  );
  return words.length <= 1
    ? (words[0] ?? "")
    : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/** The card's step sections, in the order a meeting goes. */
export function cardSections(
  room: RoomModel,
): { id: string; heading: string; steps: readonly string[] }[] {
  const card = room.room.card;
  if (!card) return [];
  return [
    { id: "start", heading: "Start the room", steps: card.start },
    { id: "present", heading: "Show your laptop", steps: card.present },
    { id: "video-call", heading: "Join a video call", steps: card.videoCall },
    { id: "finish", heading: "When you leave", steps: card.finish },
  ].filter((s) => s.steps.length > 0);
}

/** The plain text of the room's notes, for measuring. */
const plain = (markdown: string) => markdown.replace(/[*_`#>[\]()]/g, "");

/** Lines of body text the card takes at a size, headings and gaps included. */
function linesAt(room: RoomModel, notes: string | undefined, size: CardSize): number {
  const { perLine } = FIT[size];
  const wrap = (text: string) => Math.max(1, Math.ceil(text.length / perLine));
  const sections = cardSections(room);
  let lines = 6; // the title, the subtitle with what the room has, the footer
  for (const s of sections) lines += 2 + s.steps.reduce((n, step) => n + wrap(step), 0);
  if (notes)
    lines +=
      2 +
      plain(notes)
        .split(/\n\s*\n/)
        .filter((para) => para.trim() !== "")
        .reduce((n, para) => n + wrap(para.replace(/\s+/g, " ")) + 0.5, 0);
  lines += 2 + Math.max(1, room.help.length) * 1.2;
  return lines;
}

/** The largest type size at which the card fits one page, or undefined when none does. */
export function cardSize(room: RoomModel, notes: string | undefined): CardSize | undefined {
  return CARD_SIZES.find((size) => linesAt(room, notes, size) <= FIT[size].lines);
}

/** The room's notes file as read from beside site.yaml, if it has one. */
export function roomNotes(ctx: DocsContext, room: RoomModel): string | undefined {
  const path = room.room.card?.notes;
  return path === undefined ? undefined : ctx.input.runbooks.find((r) => r.path === path)?.text;
}

/** Everything the card layout shows. */
function cardView(ctx: DocsContext, room: RoomModel, stamp: SiteStamp, asOf: DocsDate | undefined) {
  const notes = roomNotes(ctx, room);
  const has = roomHas(room);
  const header = generatedNotice(stamp, DOCS_AGAIN).join("\n").replace(/--/g, "- -") + "\n";
  return {
    header,
    siteName: text(ctx.model.site.site.name),
    roomName: text(room.room.name),
    roomHref: href.room(room.room.id),
    size: cardSize(room, notes) ?? "small",
    has: has === "" ? false : text(has),
    sections: cardSections(room).map((s) => ({
      id: s.id,
      heading: text(s.heading),
      steps: s.steps.map(text),
    })),
    notes: notes === undefined ? false : safe(renderRunbook(notes).value),
    help: room.help.length
      ? room.help.map((h) => ({
          name: text(h.name),
          phone: h.phone === undefined ? false : text(h.phone),
          when: h.when === undefined ? false : text(h.when),
        }))
      : [{ name: "Ask at any service desk", phone: false, when: false }],
    stampHash: stamp.hash.slice(0, 16),
    asOf: asOf ? longDate(asOf.date) : false,
    asOfSource: text(asOf?.source ?? ""),
  };
}

/** The printable card of every room that has card words, as files. */
export function roomCards(ctx: DocsContext): { path: string; content: string }[] {
  const { card } = docsTemplates();
  return ctx.model.rooms
    .filter((r) => r.room.card !== undefined)
    .map((room) => ({
      path: href.roomCard(room.room.id),
      content: card(cardView(ctx, room, ctx.input.stamp, ctx.asOf)),
    }));
}
