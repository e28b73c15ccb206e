/**
 * "Start here": where the passwords are kept and who holds the admin accounts, by role.
 * Pointers only: site.yaml and these pages never hold a password.
 */
import { contactsFor, type Contact } from "../../site/index.ts";
import type { DocsContext } from "../context.ts";
import {
  code,
  joined,
  link,
  note,
  p,
  strong,
  table,
  type Block,
  type Inline,
  type Section,
} from "../doc.ts";
import { href } from "../slug.ts";
import { yamlExample } from "./yaml-example.ts";

/** The contacts a role or name under `heldBy` means. */
const holders = (ctx: DocsContext, heldBy: string): Contact[] =>
  contactsFor(ctx.model.site, heldBy);

/** A link to a contact's row on the home page. */
export const contactLink = (c: Contact): Inline => link(href.contact(c.name), c.name);

/** Where the passwords are kept, and the entries there. */
export function passwords(ctx: DocsContext): Section {
  const info = ctx.model.site.site;
  const creds = info.credentials;
  if (!creds) {
    const roles = [...new Set(info.contacts.flatMap((c) => (c.role ? [c.role] : [])))];
    return {
      id: "passwords",
      heading: "Passwords and accounts",
      blocks: [
        note([
          "site.yaml does not say where the passwords are kept. Add ",
          code("credentials"),
          " under ",
          code("site"),
          ": the password manager and the names of its entries, never a password. For example:",
        ]),
        yamlExample(
          ["site", "credentials"],
          {
            manager: "<the password manager, and its vault or folder>",
            entries: [
              {
                name: "<the entry's name there>",
                for: ctx.model.site.network.switches.map((s) => s.name).join(", ") || "switches",
                heldBy: roles.slice(0, 1),
              },
            ],
          },
          "Example credentials entry",
        ),
        ...serviceAccounts(ctx),
      ],
    };
  }
  return {
    id: "passwords",
    heading: "Passwords and accounts",
    blocks: [
      p(["The passwords are kept in ", strong(creds.manager), ". Ask a holder below for access."]),
      creds.entries.length === 0
        ? p("No entries are listed under site.credentials.entries.")
        : table({
            caption: `Entries in ${creds.manager}`,
            head: ["Entry", "Opens", "Held by"],
            rows: creds.entries.map((e): Inline[] => [
              e.name,
              e.for,
              e.heldBy.length ? joined(e.heldBy.map((h) => heldBy(ctx, h))) : "not recorded",
            ]),
            rowHeader: true,
          }),
      ...serviceAccounts(ctx),
    ],
  };
}

/** The admin accounts of the services (web site, email, catalogue...): entry and holder. */
function serviceAccounts(ctx: DocsContext): Block[] {
  const services = ctx.model.services.filter((m) => m.credentials || m.service.admin);
  if (services.length === 0) return [];
  return [
    table({
      caption: "Admin accounts of the services",
      head: ["Service", "Entry", "Password manager", "Held by"],
      rows: services.map((m): Inline[] => [
        link(href.service(m.service.name), m.service.name),
        m.credentials?.entry ?? "not recorded",
        m.credentials?.manager ?? "not recorded",
        m.service.admin ? heldBy(ctx, m.service.admin) : "not recorded",
      ]),
      rowHeader: true,
    }),
  ];
}

/** `Systems Administrator (Sam Ortiz)`: a role with the people who have it. */
function heldBy(ctx: DocsContext, role: string): Inline {
  const people = holders(ctx, role);
  if (people.length === 1 && people[0]!.name.toLowerCase() === role.toLowerCase())
    return contactLink(people[0]!);
  return people.length ? [role, " (", joined(people.map(contactLink)), ")"] : role;
}

/** Directory groups that grant administrative rights, recognised by their name or description. */
function adminGroups(ctx: DocsContext) {
  return [...ctx.model.groups.values()].filter((g) =>
    /admin/i.test(`${g.name} ${g.description ?? ""}`),
  );
}

/** Who holds administrative access, by role. */
export function adminAccounts(ctx: DocsContext): Section {
  const info = ctx.model.site.site;
  const entries = info.credentials?.entries ?? [];
  const groups = adminGroups(ctx);
  const rows = info.contacts.flatMap((c): Inline[][] => {
    const accounts = entries.filter((e) => e.heldBy.some((h) => holders(ctx, h).includes(c)));
    const inGroups = groups.filter((g) =>
      g.members.some((m) => m.toLowerCase() === c.email?.toLowerCase()),
    );
    if (accounts.length === 0 && inGroups.length === 0) return [];
    return [
      [
        c.role ?? "no role recorded",
        contactLink(c),
        accounts.length ? joined(accounts.map((a) => a.name)) : "—",
        inGroups.length ? joined(inGroups.map((g) => ctx.groupLink(g.name))) : "—",
      ],
    ];
  });
  return {
    id: "admins",
    heading: "Who holds the admin accounts",
    blocks: rows.length
      ? [
          table({
            caption: "Administrative access, by role",
            head: ["Role", "Person", "Accounts held", "Admin groups"],
            rows,
            rowHeader: true,
          }),
          p(
            "When someone leaves, change the passwords of every account they held and take them out of the admin groups.",
          ),
        ]
      : [
          note([
            "site.yaml does not say who holds the admin accounts. Give each entry under ",
            code("site.credentials"),
            " a ",
            code("heldBy"),
            " list of the roles (or names) of the contacts who hold it.",
          ]),
        ],
  };
}
