import { describe, expect, it } from "vitest";
import { siteChanges } from "../../src/site/index.ts";
import { edit, EXAMPLE, modelOf } from "../helpers/site.ts";
import { exampleModel } from "../docs/example-docs.ts";

const before = exampleModel();
const changesAfter = (from: string, to: string) =>
  siteChanges(before, exampleModel(edit(EXAMPLE, from, to).text)).flatMap((g) =>
    g.changes.map((c) => `${g.area}: ${c}`),
  );

describe("change summary in plain words", () => {
  it("finds nothing when nothing changed", () => {
    expect(siteChanges(before, exampleModel())).toEqual([]);
  });

  it("says a dynamic range was narrowed, with the sizes", () => {
    expect(
      changesAfter("range: 10.20.70.50-10.20.70.250", "range: 10.20.70.50-10.20.70.150"),
    ).toEqual([
      "Network: VLAN 70 voip: dynamic range narrowed from 10.20.70.50-10.20.70.250 (201 addresses) to 10.20.70.50-10.20.70.150 (101 addresses)",
    ]);
  });

  it("joins ports with the same change into runs", () => {
    expect(
      changesAfter(
        "        - ports: 13-16\n          untagged: media-lab",
        "        - ports: 13-16\n          untagged: public",
      ),
    ).toEqual([
      "Switches: switch access-sw1 ports 13-16: untagged VLAN changed from media-lab to public",
    ]);
  });

  it("names a pool's new desktop count and an added reservation", () => {
    expect(changesAfter("count: 6", "count: 8")).toEqual([
      "Servers and desktops: desktop pool catalog-kiosks: number of desktops changed from 6 to 8",
    ]);
    expect(
      changesAfter(
        "      reservations:\n        - host: dml-3d-printer",
        '      reservations:\n        - host: dml-laser\n          mac: "02:1b:78:00:60:02"\n          ip: 10.20.60.31\n        - host: dml-3d-printer',
      ),
    ).toEqual(["Network: VLAN 60 media-lab: reservation dml-laser (10.20.60.31) added"]);
  });

  it("says a lease time in words", () => {
    expect(changesAfter("leaseTime: 4h", "leaseTime: 90m")).toEqual([
      "Network: VLAN 30 public: lease time changed from 4 hours to 90 minutes",
    ]);
  });

  it("sees no change in a MAC written in another notation", () => {
    expect(changesAfter('mac: "02:1b:78:00:60:01"', "mac: 021B.7800.6001")).toEqual([]);
  });

  it("names an access switch's new management address", () => {
    expect(changesAfter("ip: 10.20.40.3", "ip: 10.20.40.4")).toEqual([
      "Switches: switch access-sw1: management address changed from 10.20.40.3 to 10.20.40.4",
    ]);
  });

  it("sees no change when a core switch's address, its VLAN's gateway, is left out", () => {
    expect(changesAfter(/ {8}ip: 10\.20\.40\.1 .*\n/.exec(EXAMPLE)![0], "")).toEqual([]);
  });
});

describe("changes beyond the closet", () => {
  it("says which services, public records and rooms changed", () => {
    let text = edit(EXAMPLE, "    annualCost: 2350", "    annualCost: 2600").text;
    text = edit(
      text,
      "    - { name: rooms, type: CNAME, value: rbpl.libcal.example, service: Room booking }\n",
      "",
    ).text;
    text = edit(
      text,
      "        - Touch Leave on the Tap panel.\n",
      "        - Touch End meeting on the Tap panel.\n",
    ).text;
    const groups = siteChanges(
      modelOf(EXAMPLE),
      modelOf(text.replace("      dnsNames: [rooms.rbpl.org]\n", "")),
    );
    expect(
      groups.filter((g) => ["Services", "Email and website DNS", "Meeting rooms"].includes(g.area)),
    ).toEqual([
      {
        area: "Services",
        changes: ["service Room booking: yearly cost changed from 2350 to 2600"],
      },
      {
        area: "Email and website DNS",
        changes: ["public record rooms.rbpl.org CNAME rbpl.libcal.example. removed"],
      },
      { area: "Meeting rooms", changes: ["room Community Room: the room card's words changed"] },
    ]);
  });
});
