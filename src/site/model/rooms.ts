/**
 * The meeting rooms with their references resolved: the asset each piece of equipment is,
 * the switch ports they use (port lists read), and the people a room card tells you to call.
 */
import type { Contact, Room, RoomEquipment, Site } from "../schema.ts";
import { parsePortList } from "../switching/ports.ts";
import { contactsFor } from "./people.ts";

/** Someone a room card tells you to call. */
export interface RoomHelp {
  readonly name: string;
  readonly phone: string | undefined;
  readonly when: string | undefined;
  /** The contact named by `contact:`, when the entry names one. */
  readonly contact: Contact | undefined;
}

/** A room with its references resolved. */
export interface RoomModel {
  readonly room: Room;
  /** Each piece of equipment and the id of the asset it is, if recorded. */
  readonly equipment: readonly {
    readonly item: RoomEquipment;
    readonly asset: string | undefined;
  }[];
  /** The switch ports the room uses, port lists read. */
  readonly ports: readonly { readonly switch: string; readonly ports: readonly number[] }[];
  /** Whom to call, in the card's order. */
  readonly help: readonly RoomHelp[];
}

/** The rooms in file order. */
export function roomModels(site: Site): RoomModel[] {
  return site.rooms.map((room) => ({
    room,
    equipment: room.equipment.map((item) => ({
      item,
      asset:
        item.asset === undefined
          ? undefined
          : typeof item.asset === "string"
            ? item.asset
            : item.asset.id,
    })),
    ports: (room.network?.ports ?? []).map((p) => ({
      switch: p.switch,
      ports: parsePortList(p.ports) ?? [],
    })),
    help: (room.card?.help ?? []).map((h) => {
      const contact = h.contact === undefined ? undefined : contactsFor(site, h.contact)[0];
      return {
        name:
          h.name ??
          (contact
            ? `${contact.name}${contact.role ? `, ${contact.role}` : ""}`
            : (h.contact ?? "")),
        phone: h.phone ?? contact?.phone,
        when: h.when,
        contact,
      };
    }),
  }));
}
