/**
 * `rooms:` is checked like the other sections: references, the switch ports the room uses
 * (set up, carrying its VLAN), the assets its equipment records, its card's contacts and
 * notes. Exact messages at their lines, on in-test edits of the example.
 */
import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

const place = (text: string, of: string) => edit(text, of, of).at;

describe("rooms", () => {
  it("raises nothing on the example", () => {
    expect(found(check(EXAMPLE), "rooms")).toEqual([]);
  });

  it("needs the room's ports set up on the switch, carrying the room's VLAN", () => {
    // given ports 41-42 of core-sw1, which no entry sets up, and 1 (servers)
    let text = edit(
      EXAMPLE,
      "        - { switch: core-sw1, ports: 37-38 }",
      '        - { switch: core-sw1, ports: 37-38 }\n        - { switch: core-sw1, ports: "1,41-42" }',
    ).text;
    text = edit(
      text,
      "        - { switch: core-sw1, ports: 39 }",
      "        - { switch: core-sw2, ports: 39 }",
    ).text;
    expect(found(check(text), "rooms")).toEqual([
      `${place(text, '"1,41-42"')} rooms[0].network.ports[1].ports port 1 of core-sw1 carries servers, not the room's VLAN staff; change the room's VLAN or the port`,
      `${place(text, '"1,41-42"')} rooms[0].network.ports[1].ports ports 41-42 of core-sw1 are not set up under network.switches; add them there with VLAN staff`,
      `${place(text, "core-sw2")} rooms[1].network.ports[0].switch 'core-sw2' is not a switch under network.switches; did you mean 'core-sw1'?`,
    ]);
  });

  it("resolves the VLAN, the booking service, the location, inventory assets and help contacts", () => {
    let text = edit(
      EXAMPLE,
      "    bookedWith: Room booking\n    description: Lower",
      "    bookedWith: Room bookings\n    location: community\n    description: Lower",
    ).text;
    text = edit(
      text,
      "        model: Logitech Tap\n",
      "        model: Logitech Tap\n        asset: thin-client\n",
    ).text;
    text = edit(
      text,
      "      vlan: staff\n      ports:\n        - { switch: core-sw1, ports: 39 }",
      "      vlan: guests\n      ports:\n        - { switch: core-sw1, ports: 39 }",
    ).text;
    text = edit(
      text,
      "        - { contact: Systems Administrator }",
      "        - { contact: Sytems Administrator }\n        - { when: any time }",
    ).text;
    expect(found(check(text), "rooms")).toEqual([
      `${place(text, "Room bookings")} rooms[0].bookedWith 'Room bookings' is not a service under services; did you mean 'Room booking'?`,
      `${place(text, "community\n")} rooms[0].location 'community' is not a location id under site.locations; add the location there first`,
      `${place(text, "thin-client\n")} rooms[0].equipment[3].asset 'thin-client' is not an asset id under inventory.assets; did you mean 'thin-clients'?`,
      `${place(text, "guests\n")} rooms[1].network.vlan 'guests' is not a VLAN under network.vlans; write a VLAN's name`,
      `${place(text, "Sytems Administrator")} rooms[1].card.help[1].contact 'Sytems Administrator' is not the role or name of a contact under site.contacts; did you mean 'Systems Administrator'?`,
      `${place(text, "{ when: any time }")} rooms[1].card.help[2] say whom to call: a contact (contact:) or a name and phone (name:, phone:)`,
    ]);
  });

  it("checks equipment recorded with the room as R29 checks an asset, its id unique among all", () => {
    let text = edit(
      EXAMPLE,
      "asset: { id: community-display, purchased: 2024-08-12, cost: 3400,",
      "asset: { id: thin-clients, purchased: 2027-08-12, cost: -3400,",
    ).text;
    text = edit(
      text,
      "asset: { id: board-video-bar, purchased: 2023-03-20, cost: 950, lifespanYears: 6 }",
      "asset: { id: board-video-bar, purchased: 2023-03-20, cost: 950, lifespanYears: 3 }",
    ).text;
    expect(found(check(text), "rooms")).toEqual([
      `${place(text, "thin-clients, purchased")} rooms[0].equipment[0].asset.id an asset with id 'thin-clients' is already recorded; asset ids are unique across inventory.assets and the rooms`,
      `${place(text, "2027-08-12")} rooms[0].equipment[0].asset.purchased purchase date 2027-08-12 is in the future (today is 2026-11-23); write the date it was bought`,
      `${place(text, "-3400")} rooms[0].equipment[0].asset.cost a cost cannot be negative (-3400); write 0 or more`,
      `${place(text, "3 }\n      - kind: wireless")} rooms[1].equipment[1].asset.lifespanYears warning: 'board-video-bar' reached the end of its 3-year lifespan on 2026-03-20; plan its replacement, or raise lifespanYears if it is staying`,
    ]);
  });

  it("needs a card's notes to be a Markdown file beside site.yaml", () => {
    const text = edit(
      EXAMPLE,
      "      notes: runbooks/rooms/community-room.md",
      "      notes: runbooks/rooms/community.md",
    ).text;
    expect(found(check(text), "rooms")).toEqual([
      `${place(text, "runbooks/rooms/community.md")} rooms[0].card.notes room card's notes 'runbooks/rooms/community.md' does not exist in the folder of the site file; create it or correct the path`,
    ]);
  });

  it("keeps a card to one page: at most six steps a section", () => {
    const steps = Array.from({ length: 7 }, (_, i) => `        - Step ${i + 1}.\n`).join("");
    const e = edit(
      EXAMPLE,
      "      start:\n        - Press the power button on the remote control on the table.\n",
      `      start:\n${steps}`,
    );
    expect(found(check(e.text), "schema")).toEqual([
      `${e.line + 1}:9 rooms[1].card.start has more than 6 entries`,
    ]);
  });
});
