/** Who holds an account: the contacts a credential entry's `heldBy` names, by role or name. */
import type { Contact, Site } from "../schema.ts";

/** The contacts whose role or name is `heldBy` (ignoring case). */
export function contactsFor(site: Site, heldBy: string): Contact[] {
  const key = heldBy.toLowerCase();
  return site.site.contacts.filter(
    (c) => c.role?.toLowerCase() === key || c.name.toLowerCase() === key,
  );
}
