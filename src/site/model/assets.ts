/**
 * Every asset the library owns: those under `inventory.assets`, and the equipment recorded
 * with a meeting room (`rooms[].equipment[].asset` written out in full), which joins the
 * inventory as an audio-visual asset in the room. The inventory page, the replacement plan,
 * the due dates and the vendors page all read this one list.
 */
import type { Asset, Site } from "../schema.ts";

/** An asset, and the room it was recorded with (none for `inventory.assets`). */
export interface SiteAsset {
  readonly asset: Asset;
  /** The room's id, for equipment recorded under `rooms`. */
  readonly room: string | undefined;
  /** Where it is written: `["inventory", "assets", 2]` or `["rooms", 0, "equipment", 1, "asset"]`. */
  readonly path: readonly (string | number)[];
}

/** Every asset: the inventory's in file order, then the rooms' equipment in file order. */
export function siteAssets(site: Site): SiteAsset[] {
  const out: SiteAsset[] = (site.inventory?.assets ?? []).map((asset, i) => ({
    asset,
    room: undefined,
    path: ["inventory", "assets", i],
  }));
  site.rooms.forEach((room, r) =>
    room.equipment.forEach((item, e) => {
      const own = item.asset;
      if (own === undefined || typeof own === "string") return;
      out.push({
        asset: {
          id: own.id,
          kind: "audio-visual",
          model: item.model,
          serial: own.serial,
          quantity: own.quantity,
          location: room.location,
          purchased: own.purchased,
          cost: own.cost,
          lifespanYears: own.lifespanYears,
          vendor: own.vendor,
          notes: `In the ${room.name}${item.where ? `, ${item.where}` : ""}`,
        },
        room: room.id,
        path: ["rooms", r, "equipment", e, "asset"],
      });
    }),
  );
  return out;
}
