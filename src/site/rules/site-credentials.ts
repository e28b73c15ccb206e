/**
 * `site.credentials` points at where the accounts' passwords are kept; it never holds one.
 * Text that looks like a secret is refused, and each `heldBy` names a contact's role or
 * name. (Not one of the spec's numbered rules.)
 */
import { error, type Issue, type Path } from "../issue.ts";
import { contactsFor } from "../model/people.ts";
import { writesOutSecret } from "../secrets.ts";
import { didYouMean } from "../suggest.ts";
import type { Rule } from "./rule.ts";

/** What a credentials pointer that holds a secret is told. */
export const SECRET_WRITTEN_OUT =
  "this looks like a password or key written out; site.yaml holds only where it is kept (the password manager and the entry's name), never the secret itself";

/** The rule: credentials are pointers, and their holders are contacts. */
export const siteCredentials: Rule = {
  id: "credentials",
  title: "site.credentials names where passwords are kept, never a password",
  check(site) {
    const creds = site.site.credentials;
    if (!creds) return [];
    const issues: Issue[] = [];
    const base = ["site", "credentials"];
    const noSecret = (text: string, path: Path) => {
      if (writesOutSecret(text)) issues.push(error("credentials", path, SECRET_WRITTEN_OUT));
    };
    noSecret(creds.manager, [...base, "manager"]);
    const contacts = site.site.contacts;
    const known = [
      ...contacts.flatMap((c) => (c.role ? [c.role] : [])),
      ...contacts.map((c) => c.name),
    ];
    creds.entries.forEach((entry, e) => {
      const at = [...base, "entries", e];
      noSecret(entry.name, [...at, "name"]);
      noSecret(entry.for, [...at, "for"]);
      entry.heldBy.forEach((holder, h) => {
        if (contactsFor(site, holder).length > 0) return;
        issues.push(
          error(
            "credentials",
            [...at, "heldBy", h],
            `'${holder}' is neither the role nor the name of a contact under site.contacts${didYouMean(holder, known) || "; add the contact, or write a role a contact has"}`,
          ),
        );
      });
    });
    return issues;
  },
};
