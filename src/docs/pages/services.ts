/**
 * Services: what the library runs or buys beyond the closet (web site, email, catalogue,
 * room booking, printing, social media), who provides each, who holds its admin account and
 * where the password is kept, what it costs and when it renews, and what it depends on.
 */
import type { ServiceKind, ServiceModel } from "../../site/index.ts";
import type { DocsContext } from "../context.ts";
import {
  code,
  facts,
  joined,
  link,
  p,
  strong,
  table,
  type Inline,
  type Page,
  type Section,
} from "../doc.ts";
import { href, slug } from "../slug.ts";
import { wordsUsedHere } from "./glossary.ts";
import { contactLink } from "./start-here-accounts.ts";

/** A kind of service in words. */
export function serviceKindWords(kind: ServiceKind): string {
  switch (kind) {
    case "website":
      return "Web site";
    case "ils":
      return "Catalogue (ILS)";
    case "room-booking":
      return "Room booking";
    case "events-calendar":
      return "Events calendar";
    case "email":
      return "Email";
    case "social":
      return "Social media";
    case "pc-booking":
      return "PC booking";
    case "print-management":
      return "Printing";
    case "wifi-portal":
      return "Wi-Fi sign-in page";
    case "other":
      return "Other";
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/** A link to a service's section. */
export const serviceLink = (name: string): Inline => link(href.service(name), name);

/** Who holds a service's admin account: the contacts, or the role as written. */
function adminOf(m: ServiceModel): Inline {
  if (m.service.admin === undefined) return "not recorded";
  if (m.admins.length === 0) return m.service.admin;
  const people = joined(m.admins.map(contactLink));
  return m.admins.some((c) => c.name.toLowerCase() === m.service.admin!.toLowerCase())
    ? people
    : [m.service.admin, " (", people, ")"];
}

/** Where a service's admin password is kept, in words. */
function passwordOf(m: ServiceModel): Inline {
  if (!m.credentials) return "not recorded";
  return [
    "entry ",
    strong(m.credentials.entry),
    m.credentials.manager ? [" in ", m.credentials.manager] : "",
  ];
}

/** A DNS name a service needs, linked to where it is documented. */
function dnsNameLink(ctx: DocsContext, name: string): Inline {
  const bare = name.replace(/\.$/, "").toLowerCase();
  const zone = ctx.model.publicZone;
  if (zone && (bare === zone.domain || bare.endsWith(`.${zone.domain}`))) {
    const relative = bare === zone.domain ? "@" : bare.slice(0, -zone.domain.length - 1);
    const record = zone.records.find((r) => r.name === relative);
    if (record) return link(href.publicRecord(record.name, record.type), code(bare));
  }
  if (bare.endsWith(`.${ctx.model.dns.domain}`)) return link(href.dns(), code(bare));
  return code(bare);
}

/** What a service depends on, each linked. */
function dependsOn(ctx: DocsContext, m: ServiceModel): Inline {
  const d = m.service.dependsOn;
  const parts: Inline[] = [
    ...d.dnsNames.map((n) => dnsNameLink(ctx, n)),
    ...d.vlans.map((v) => ctx.vlanLink(v)),
    ...d.vms.map((v) => ctx.vmLink(v)),
    ...d.services.map(serviceLink),
  ];
  return parts.length ? joined(parts) : "nothing recorded";
}

/** One service's section: everything a successor needs to find and run it. */
function serviceSection(ctx: DocsContext, m: ServiceModel): Section {
  const s = m.service;
  const items: [string, Inline][] = [["Kind", serviceKindWords(s.kind)]];
  if (s.product) items.push(["Product", s.product]);
  if (s.description) items.push(["What it is", s.description]);
  items.push(["Provided by", ctx.vendorLink(s.vendor)]);
  if (s.handle) items.push(["Handle", code(s.handle)]);
  if (s.urls?.public) items.push(["Address", code(s.urls.public)]);
  if (s.urls?.admin) items.push(["Administered at", code(s.urls.admin)]);
  items.push(["Admin account held by", adminOf(m)], ["Password", passwordOf(m)]);
  items.push(["Renews", s.renews ? ctx.dueDate(s.renews) : "not recorded"]);
  items.push([
    "Cost a year",
    s.annualCost !== undefined ? ctx.money(s.annualCost) : "not recorded",
  ]);
  items.push(["Depends on", dependsOn(ctx, m)]);
  if (m.neededBy.length) items.push(["Needed by", joined(m.neededBy.map(serviceLink))]);
  if (m.rooms.length)
    items.push([
      "Rooms booked through it",
      joined(m.rooms.map((r) => link(href.room(r.id), r.name))),
    ]);
  if (s.mail)
    items.push([
      "Sends mail as the library",
      [
        s.mail.spf ? ["SPF ", code(s.mail.spf)] : "no SPF entry",
        s.mail.dkim.length
          ? [", DKIM selectors ", joined(s.mail.dkim.map((k) => code(k.selector)))]
          : ", no DKIM selector",
        " (",
        link(`${href.publicDns()}#senders`, "mail senders"),
        ")",
      ],
    ]);
  if (m.records.length)
    items.push([
      "Public DNS records",
      joined(
        m.records.map((r) =>
          link(
            href.publicRecord(r.name, r.type),
            code(`${r.name === "@" ? "" : `${r.name}.`}${ctx.model.publicZone!.domain} ${r.type}`),
          ),
        ),
      ),
    ]);
  if (s.runbook)
    items.push([
      "Runbook",
      ctx.input.runbooks.some((r) => r.path === s.runbook)
        ? link(href.runbook(s.runbook), s.runbook)
        : code(s.runbook),
    ]);
  if (s.notes) items.push(["Notes", s.notes]);
  return { id: `service-${slug(s.name)}`, heading: s.name, blocks: [facts(items)] };
}

/** Builds services.html. */
export function servicesPage(ctx: DocsContext): Page {
  const services = ctx.model.services;
  const total = services.reduce((n, m) => n + (m.service.annualCost ?? 0), 0);
  const byRenewal = [...services].sort(
    (a, b) =>
      (a.service.renews ?? "9999").localeCompare(b.service.renews ?? "9999") ||
      a.service.name.localeCompare(b.service.name),
  );
  return {
    path: "services.html",
    title: "Services",
    nav: "services",
    lead: [
      "What the library runs or buys beyond its own network and servers: the web site, email, the catalogue, room booking, printing and social media. For each: who provides it, who holds the admin account, where its password is kept, what it costs and what it depends on. ",
      services.length ? strong(`Services cost ${ctx.money(total)} a year in total.`) : "",
    ],
    sections: [
      {
        id: "summary",
        heading: "All services",
        blocks: [
          services.length === 0
            ? p("No services are recorded. Add them under services in site.yaml.")
            : table({
                caption: "Services, by renewal date",
                head: ["Service", "Kind", "Provided by", "Admin account", "Renews", "Cost a year"],
                numeric: [5],
                rows: byRenewal.map((m): Inline[] => [
                  serviceLink(m.service.name),
                  serviceKindWords(m.service.kind),
                  ctx.vendorLink(m.service.vendor),
                  adminOf(m),
                  m.service.renews ? ctx.dueDate(m.service.renews) : "not recorded",
                  m.service.annualCost !== undefined ? ctx.money(m.service.annualCost) : "",
                ]),
                rowHeader: true,
              }),
          p([
            "Renewals also appear on the ",
            link(href.licences(), "licences and renewals"),
            " timeline, and their costs in the ",
            link(`${href.inventory()}#budget`, "budget by fiscal year"),
            ".",
          ]),
          wordsUsedHere(ctx.model, ["ILS", "SPF", "DKIM", "Fiscal year"]),
        ],
      },
      ...services.map((m) => serviceSection(ctx, m)),
    ],
  };
}
