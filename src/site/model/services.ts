/**
 * The services with what the rest of the site says about them: who holds the admin account,
 * where its password is kept, the public records made for it, the services that depend on
 * it and the rooms booked through it. Also the Markdown files the site names (runbooks and
 * room card notes), which the docs publish.
 */
import type { Contact, Room, Service, Site } from "../schema.ts";
import { contactsFor } from "./people.ts";
import type { PublicZone, PublicZoneRecord } from "./public-dns.ts";

/** A service and what the site says about it elsewhere. */
export interface ServiceModel {
  readonly service: Service;
  /** The contacts that hold the admin account (by role or name). */
  readonly admins: readonly Contact[];
  /** The password manager and entry of the admin account, a pointer only. */
  readonly credentials:
    { readonly manager: string | undefined; readonly entry: string } | undefined;
  /** The public zone's records for it: written with `service:`, and its DKIM selectors. */
  readonly records: readonly PublicZoneRecord[];
  /** The SPF term it adds to the library's SPF record, when it sends mail. */
  readonly spf: string | undefined;
  /** Services that name it under `dependsOn.services`. */
  readonly neededBy: readonly string[];
  /** Rooms booked through it. */
  readonly rooms: readonly Room[];
}

/** The services in file order, with what the rest of the site says about them. */
export function serviceModels(site: Site, zone: PublicZone | undefined): ServiceModel[] {
  return site.services.map((service) => ({
    service,
    admins: service.admin ? contactsFor(site, service.admin) : [],
    credentials: service.credentials
      ? {
          manager: service.credentials.manager ?? site.site.credentials?.manager,
          entry: service.credentials.entry,
        }
      : undefined,
    records: zone?.records.filter((r) => r.service === service.name) ?? [],
    spf: service.mail?.spf,
    neededBy: site.services
      .filter((s) => s.dependsOn.services.includes(service.name))
      .map((s) => s.name),
    rooms: site.rooms.filter((r) => r.bookedWith === service.name),
  }));
}

/** Every runbook the site names: `operations.runbooks`, then the services' own, each once. */
export function runbookPaths(site: Site): string[] {
  return [
    ...new Set([
      ...(site.operations?.runbooks ?? []),
      ...site.services.flatMap((s) => (s.runbook ? [s.runbook] : [])),
    ]),
  ];
}

/** Every Markdown file the site names, for the docs to read: runbooks, then room card notes. */
export function markdownPaths(site: Site): string[] {
  return [
    ...new Set([
      ...runbookPaths(site),
      ...site.rooms.flatMap((r) => (r.card?.notes ? [r.card.notes] : [])),
    ]),
  ];
}
