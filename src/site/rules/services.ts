/**
 * `services:` is checked like the other sections: names are unique, vendors, admins, VLANs,
 * VMs, services and DNS names resolve, dates are real and costs not negative (renewals
 * within 90 days are announced, as licences are), the credentials are a pointer and never a
 * secret, and a runbook is a Markdown file beside site.yaml. (Not one of the spec's
 * numbered rules.)
 */
import { calendarDateProblem } from "../dates.ts";
import { error, warning, type Issue, type Path } from "../issue.ts";
import { dueStanding, NOTICE_DAYS } from "../model/lifecycle.ts";
import { contactsFor } from "../model/people.ts";
import { publicZone } from "../model/public-dns.ts";
import type { Site } from "../schema.ts";
import { didYouMean } from "../suggest.ts";
import { markdownFileProblem } from "./r31-runbooks.ts";
import type { Rule } from "./rule.ts";
import { writesOutSecret } from "../secrets.ts";
import { SECRET_WRITTEN_OUT } from "./site-credentials.ts";
import { lower, repeats } from "./util.ts";

const ID = "services";

/** The names a reference may use, and how to say it is not one of them. */
function unknown(name: string, candidates: readonly string[], what: string, fix: string): string {
  return `'${name}' is not ${what}${didYouMean(name, candidates) || `; ${fix}`}`;
}

/** Names of the internal domain that site.yaml declares (lower case, without the domain). */
function internalNames(site: Site): Set<string> {
  return new Set(
    [
      ...site.network.vlans.flatMap((v) => [
        ...v.hosts.map((h) => h.host),
        ...v.reservations.map((r) => r.host),
      ]),
      ...site.network.switches.map((s) => s.name),
      ...site.network.dhcpServers.map((s) => s.name),
      ...(site.vsphere?.vms ?? []).map((v) => v.name),
    ].map(lower),
  );
}

export const servicesRule: Rule = {
  id: ID,
  title: "services name what they use, and point at where their passwords are kept",
  check(site, ctx) {
    const issues: Issue[] = [];
    const services = site.services;
    const vendors = site.site.vendors.map((v) => v.name);
    const vlans = site.network.vlans.map((v) => v.name);
    const machines = [
      ...(site.vsphere?.vms ?? []).map((v) => v.name),
      ...site.network.vlans.flatMap((v) => v.hosts.map((h) => h.host)),
    ];
    const serviceNames = services.map((s) => s.name);
    const people = site.site.contacts.flatMap((c) => (c.role ? [c.role, c.name] : [c.name]));
    const zone = publicZone(site);
    const zoneNames = new Set(zone?.records.map((r) => r.name) ?? []);
    const internal = internalNames(site);
    const domain = site.site.domain.replace(/\.$/, "").toLowerCase();

    for (const { item, first } of repeats(
      services.map((s, i) => ({ name: s.name, path: ["services", i, "name"] as Path })),
      lower,
    ))
      issues.push(
        error(
          ID,
          item.path,
          `a service named '${first.name}' is already declared above; give each service its own name`,
        ),
      );

    services.forEach((s, i) => {
      const at = (...rest: (string | number)[]): Path => ["services", i, ...rest];
      if (s.vendor !== undefined && !vendors.includes(s.vendor))
        issues.push(
          error(
            ID,
            at("vendor"),
            unknown(s.vendor, vendors, "a vendor under site.vendors", "add the vendor there first"),
          ),
        );
      if (s.admin !== undefined && contactsFor(site, s.admin).length === 0)
        issues.push(
          error(
            ID,
            at("admin"),
            unknown(
              s.admin,
              people,
              "the role or name of a contact under site.contacts",
              "add the contact, or write a role a contact has",
            ),
          ),
        );
      if (s.credentials) {
        if (s.credentials.manager === undefined && !site.site.credentials)
          issues.push(
            warning(
              ID,
              at("credentials"),
              "say which password manager holds the entry (manager:), or name it once under site.credentials, so a successor knows where to look",
            ),
          );
        for (const key of ["manager", "entry"] as const) {
          const text = s.credentials[key];
          if (text !== undefined && writesOutSecret(text))
            issues.push(error(ID, at("credentials", key), SECRET_WRITTEN_OUT));
        }
      }
      if (s.annualCost !== undefined && s.annualCost < 0)
        issues.push(
          error(
            ID,
            at("annualCost"),
            `an annual cost cannot be negative (${s.annualCost}); write 0 or more`,
          ),
        );
      if (s.renews !== undefined)
        issues.push(...renewal(s.name, s.renews, at("renews"), ctx.today));
      s.dependsOn.vlans.forEach((v, k) => {
        if (!vlans.includes(v))
          issues.push(
            error(
              ID,
              at("dependsOn", "vlans", k),
              unknown(v, vlans, "a VLAN under network.vlans", "write a VLAN's name"),
            ),
          );
      });
      s.dependsOn.vms.forEach((v, k) => {
        if (!machines.some((m) => lower(m) === lower(v)))
          issues.push(
            error(
              ID,
              at("dependsOn", "vms", k),
              unknown(
                v,
                machines,
                "a VM under vsphere.vms or a host under a VLAN's hosts",
                "write a machine's name",
              ),
            ),
          );
      });
      s.dependsOn.services.forEach((v, k) => {
        if (lower(v) === lower(s.name))
          issues.push(
            error(ID, at("dependsOn", "services", k), "a service cannot depend on itself"),
          );
        else if (!serviceNames.includes(v))
          issues.push(
            error(
              ID,
              at("dependsOn", "services", k),
              unknown(v, serviceNames, "a service under services", "write a service's name"),
            ),
          );
      });
      s.dependsOn.dnsNames.forEach((n, k) => {
        const name = n.replace(/\.$/, "").toLowerCase();
        // The internal domain first: it is often a subdomain of the public one (ad.rbpl.org).
        if (name.endsWith(`.${domain}`)) {
          const host = name.slice(0, -domain.length - 1);
          if (!internal.has(host))
            issues.push(
              error(
                ID,
                at("dependsOn", "dnsNames", k),
                `${n} is in the internal domain ${domain}, but no host, VM, switch or reservation is named '${host}'${didYouMean(host, internal)}`,
              ),
            );
        } else if (zone && (name === zone.domain || name.endsWith(`.${zone.domain}`))) {
          const relative = name === zone.domain ? "@" : name.slice(0, -zone.domain.length - 1);
          if (!zoneNames.has(relative))
            issues.push(
              error(
                ID,
                at("dependsOn", "dnsNames", k),
                `${n} is in the public domain ${zone.domain}, but publicDns has no record for it; add one under publicDns.records`,
              ),
            );
        }
      });
      if (s.runbook !== undefined) {
        const problem = markdownFileProblem(s.runbook, ctx);
        if (problem) issues.push(error(ID, at("runbook"), problem));
      }
      if (s.handle !== undefined && s.kind !== "social")
        issues.push(
          error(
            ID,
            at("handle"),
            `only social media accounts have a handle; this service is kind ${s.kind}`,
          ),
        );
      if (s.kind === "social" && s.handle === undefined)
        issues.push(
          warning(
            ID,
            at("kind"),
            `write the account's handle (handle: "@name"), so a successor can find '${s.name}'`,
          ),
        );
      if (s.mail && !site.publicDns)
        issues.push(
          warning(
            ID,
            at("mail"),
            "this service sends mail as the library, but site.yaml has no publicDns section, so Carrel publishes no SPF or DKIM record for it",
          ),
        );
    });
    return issues;
  },
};

/** A renewal date: real, and announced when it is within the notice period or past. */
function renewal(name: string, date: string, path: Path, today: string): Issue[] {
  const problem = calendarDateProblem(date);
  if (problem) return [error(ID, path, `${date} is not a real date; ${problem}`)];
  const standing = dueStanding(date, today);
  if (standing.state === "later") return [];
  if (standing.state === "overdue")
    return [
      warning(
        ID,
        path,
        `service '${name}' was due for renewal on ${date}, ${standing.days} ${standing.days === 1 ? "day" : "days"} ago; renew it and update the renews date`,
      ),
    ];
  const when =
    standing.days === 0
      ? `today, ${date}`
      : standing.days === 1
        ? `tomorrow, ${date}`
        : `on ${date}, in ${standing.days} days`;
  return standing.days <= NOTICE_DAYS
    ? [warning(ID, path, `service '${name}' renews ${when}; plan the renewal`)]
    : [];
}
