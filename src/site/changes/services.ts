/**
 * The change summary's areas for what lies beyond the closet: services, the public zone's
 * records (as the model holds them, built ones included) and the meeting rooms.
 */
import type { SiteModel } from "../model/site-model.ts";
import type { Site } from "../schema.ts";
import { fieldChanges, keyed, same } from "./fields.ts";

/** Services added, removed, and their fields changed. */
export function serviceChanges(s0: Site, s1: Site): string[] {
  return keyed(
    s0.services,
    s1.services,
    (s) => s.name,
    (s) => `service ${s.name}`,
    (a, b) => [
      ...fieldChanges(`service ${b.name}`, a, b, [
        ["kind", "kind"],
        ["product", "product"],
        ["vendor", "vendor"],
        ["admin", "admin account holder"],
        ["renews", "renewal date"],
        ["annualCost", "yearly cost"],
        ["runbook", "runbook"],
        ["handle", "handle"],
      ]),
      ...fieldChanges(`service ${b.name}`, a.urls ?? {}, b.urls ?? {}, [
        ["public", "address"],
        ["admin", "admin address"],
      ]),
      ...fieldChanges(
        `service ${b.name}`,
        { entry: a.credentials?.entry },
        { entry: b.credentials?.entry },
        [["entry", "password-manager entry"]],
      ),
    ],
  );
}

/** The public zone's records added and removed, by name, type and value. */
export function publicDnsChanges(before: SiteModel, after: SiteModel): string[] {
  const z0 = before.publicZone;
  const z1 = after.publicZone;
  if (!z0 && !z1) return [];
  if (!z0) return [`public zone ${z1!.domain} added (${z1!.records.length} records)`];
  if (!z1) return [`public zone ${z0.domain} removed`];
  const shown = (domain: string, r: (typeof z0.records)[number]) =>
    `${r.name === "@" ? domain : `${r.name}.${domain}`} ${r.type} ${r.type === "MX" ? `${r.priority ?? 0} ` : ""}${r.value}`;
  const old = new Set(z0.records.map((r) => shown(z0.domain, r)));
  const now = new Set(z1.records.map((r) => shown(z1.domain, r)));
  return [
    ...fieldChanges("public zone", z0, z1, [
      ["domain", "domain"],
      ["provider", "served by"],
      ["nameServers", "name servers"],
    ]),
    ...[...now].filter((r) => !old.has(r)).map((r) => `public record ${r} added`),
    ...[...old].filter((r) => !now.has(r)).map((r) => `public record ${r} removed`),
  ];
}

/** Rooms added, removed, and their equipment, network and card changed. */
export function roomChanges(s0: Site, s1: Site): string[] {
  return keyed(
    s0.rooms,
    s1.rooms,
    (r) => r.id,
    (r) => `room ${r.name}`,
    (a, b) => [
      ...fieldChanges(`room ${b.name}`, a, b, [
        ["name", "name"],
        ["capacity", "seats"],
        ["bookedWith", "booked through"],
      ]),
      ...fieldChanges(
        `room ${b.name}`,
        { equipment: a.equipment.map((e) => e.model), vlan: a.network?.vlan },
        { equipment: b.equipment.map((e) => e.model), vlan: b.network?.vlan },
        [
          ["equipment", "equipment"],
          ["vlan", "VLAN"],
        ],
      ),
      ...(same(a.card, b.card) ? [] : [`room ${b.name}: the room card's words changed`]),
    ],
  );
}
