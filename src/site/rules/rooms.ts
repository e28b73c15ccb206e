/**
 * `rooms:` is checked like the other sections: ids are unique, locations, services, VLANs,
 * switches and contacts resolve, the room's switch ports are set up on the switch and carry
 * its VLAN, equipment links to an inventory asset or records one (dated and costed as R29
 * asks, its id unique among all assets), and a card's notes are a Markdown file beside
 * site.yaml. (Not one of the spec's numbered rules.)
 */
import { calendarDateProblem } from "../dates.ts";
import { error, warning, type Issue, type Path } from "../issue.ts";
import { siteAssets } from "../model/assets.ts";
import { contactsFor } from "../model/people.ts";
import { daysBetween, replacementDate } from "../model/lifecycle.ts";
import type { Site } from "../schema.ts";
import { didYouMean } from "../suggest.ts";
import { formatPortList, parsePortList } from "../switching/ports.ts";
import { markdownFileProblem } from "./r31-runbooks.ts";
import type { Rule, RuleContext } from "./rule.ts";
import { lower, repeats } from "./util.ts";

const ID = "rooms";
const ROOM_NOTES = {
  noun: "room card's notes",
  plural: "room notes",
  example: "runbooks/rooms/community-room.md",
};

function unknown(name: string, candidates: Iterable<string>, what: string, fix: string): string {
  return `'${name}' is not ${what}${didYouMean(name, candidates) || `; ${fix}`}`;
}

export const roomsRule: Rule = {
  id: ID,
  title: "rooms name what they use, on switch ports that carry their VLAN",
  check(site, ctx) {
    const issues: Issue[] = [];
    const locations = site.site.locations.map((l) => l.id);
    const services = site.services.map((s) => s.name);
    const vlans = site.network.vlans.map((v) => v.name);
    const inventory = (site.inventory?.assets ?? []).map((a) => a.id);
    const people = site.site.contacts.flatMap((c) => (c.role ? [c.role, c.name] : [c.name]));

    for (const { item } of repeats(
      site.rooms.map((r, i) => ({ name: r.id, path: ["rooms", i, "id"] as Path })),
      lower,
    ))
      issues.push(
        error(
          ID,
          item.path,
          `a room with id '${item.name}' is already declared above; give each room its own id`,
        ),
      );
    for (const { item } of repeats(
      siteAssets(site).map((a) => ({ name: a.asset.id, path: [...a.path, "id"] as Path })),
    ))
      if (item.path[0] === "rooms")
        issues.push(
          error(
            ID,
            item.path,
            `an asset with id '${item.name}' is already recorded; asset ids are unique across inventory.assets and the rooms`,
          ),
        );

    site.rooms.forEach((room, r) => {
      const at = (...rest: (string | number)[]): Path => ["rooms", r, ...rest];
      if (room.location !== undefined && !locations.includes(room.location))
        issues.push(
          error(
            ID,
            at("location"),
            unknown(
              room.location,
              locations,
              "a location id under site.locations",
              "add the location there first",
            ),
          ),
        );
      if (room.bookedWith !== undefined && !services.includes(room.bookedWith))
        issues.push(
          error(
            ID,
            at("bookedWith"),
            unknown(
              room.bookedWith,
              services,
              "a service under services",
              "write the room-booking service's name",
            ),
          ),
        );
      room.equipment.forEach((item, e) => {
        const asset = item.asset;
        if (typeof asset === "string") {
          if (!inventory.includes(asset))
            issues.push(
              error(
                ID,
                at("equipment", e, "asset"),
                unknown(
                  asset,
                  inventory,
                  "an asset id under inventory.assets",
                  "add the asset there, or record it here in full (id, purchased, cost, lifespanYears)",
                ),
              ),
            );
        } else if (asset !== undefined)
          issues.push(...ownAsset(asset, at("equipment", e, "asset"), ctx));
      });
      if (room.network) issues.push(...roomPorts(site, room.network, at("network"), vlans));
      room.card?.help.forEach((h, k) => {
        if (h.contact !== undefined && contactsFor(site, h.contact).length === 0)
          issues.push(
            error(
              ID,
              at("card", "help", k, "contact"),
              unknown(
                h.contact,
                people,
                "the role or name of a contact under site.contacts",
                "add the contact, or write a role a contact has",
              ),
            ),
          );
        if (h.contact === undefined && h.name === undefined)
          issues.push(
            error(
              ID,
              at("card", "help", k),
              "say whom to call: a contact (contact:) or a name and phone (name:, phone:)",
            ),
          );
        else if (h.contact === undefined && h.phone === undefined)
          issues.push(
            warning(
              ID,
              at("card", "help", k),
              `give a phone number or extension for ${h.name}, so the card says how to reach them`,
            ),
          );
      });
      if (room.card?.notes !== undefined) {
        const problem = markdownFileProblem(room.card.notes, ctx, ROOM_NOTES);
        if (problem) issues.push(error(ID, at("card", "notes"), problem));
      }
    });
    return issues;
  },
};

/** Equipment recorded with the room: the checks R29 makes of an inventory asset. */
function ownAsset(
  asset: Exclude<Site["rooms"][number]["equipment"][number]["asset"], string | undefined>,
  at: Path,
  ctx: RuleContext,
): Issue[] {
  const out: Issue[] = [];
  if (asset.cost < 0)
    out.push(
      error(ID, [...at, "cost"], `a cost cannot be negative (${asset.cost}); write 0 or more`),
    );
  if (asset.lifespanYears < 1 || asset.lifespanYears > 30)
    out.push(
      error(
        ID,
        [...at, "lifespanYears"],
        `a lifespan must be 1 to 30 years, not ${asset.lifespanYears}`,
      ),
    );
  const problem = calendarDateProblem(asset.purchased);
  if (problem)
    out.push(error(ID, [...at, "purchased"], `${asset.purchased} is not a real date; ${problem}`));
  else if (daysBetween(ctx.today, asset.purchased) > 0)
    out.push(
      error(
        ID,
        [...at, "purchased"],
        `purchase date ${asset.purchased} is in the future (today is ${ctx.today}); write the date it was bought`,
      ),
    );
  else if (out.length === 0 && daysBetween(replacementDate(asset), ctx.today) >= 0)
    out.push(
      warning(
        ID,
        [...at, "lifespanYears"],
        `'${asset.id}' reached the end of its ${asset.lifespanYears}-year lifespan on ${replacementDate(asset)}; plan its replacement, or raise lifespanYears if it is staying`,
      ),
    );
  return out;
}

/** The room's VLAN exists, and each of its ports is set up on its switch carrying that VLAN. */
function roomPorts(
  site: Site,
  network: NonNullable<Site["rooms"][number]["network"]>,
  at: Path,
  vlans: readonly string[],
): Issue[] {
  const out: Issue[] = [];
  const vlanKnown = vlans.includes(network.vlan);
  if (!vlanKnown)
    out.push(
      error(
        ID,
        [...at, "vlan"],
        unknown(network.vlan, vlans, "a VLAN under network.vlans", "write a VLAN's name"),
      ),
    );
  const switches = site.network.switches;
  network.ports.forEach((p, k) => {
    const where: Path = [...at, "ports", k];
    const sw = switches.find((s) => s.name === p.switch);
    if (!sw) {
      out.push(
        error(
          ID,
          [...where, "switch"],
          unknown(
            p.switch,
            switches.map((s) => s.name),
            "a switch under network.switches",
            "write a switch's name",
          ),
        ),
      );
      return;
    }
    const ports = parsePortList(p.ports);
    if (!ports) {
      out.push(
        error(ID, [...where, "ports"], `'${p.ports}' is not a port list; write 5, 1-8 or 1,3,5-7`),
      );
      return;
    }
    const missing: number[] = [];
    const wrong: { port: number; carries: string }[] = [];
    for (const port of ports) {
      const entry = sw.ports.find((e) => parsePortList(e.ports)?.includes(port));
      if (!entry) missing.push(port);
      else if (vlanKnown && entry.untagged !== network.vlan && !entry.tagged.includes(network.vlan))
        wrong.push({
          port,
          carries: [entry.untagged, ...entry.tagged].filter(Boolean).join(", ") || "no VLAN",
        });
    }
    if (missing.length)
      out.push(
        error(
          ID,
          [...where, "ports"],
          `${missing.length === 1 ? "port" : "ports"} ${formatPortList(missing)} of ${sw.name} ${missing.length === 1 ? "is" : "are"} not set up under network.switches; add ${missing.length === 1 ? "it" : "them"} there with VLAN ${network.vlan}`,
        ),
      );
    if (wrong.length)
      out.push(
        error(
          ID,
          [...where, "ports"],
          `port ${wrong[0]!.port} of ${sw.name} carries ${wrong[0]!.carries}, not the room's VLAN ${network.vlan}${wrong.length > 1 ? ` (and ${wrong.length - 1} more)` : ""}; change the room's VLAN or the port`,
        ),
      );
  });
  return out;
}
