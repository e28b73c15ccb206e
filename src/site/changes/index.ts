/**
 * The change summary: what differs between an earlier version of the site and this one,
 * in plain sentences grouped by area ("VLAN 60 media-lab: DHCP range widened from ...").
 * `carrel docs --since` shows it on the changes page.
 */
import type { SiteModel } from "../model/site-model.ts";
import type { Site } from "../schema.ts";
import { fieldChanges, keyed, same, show } from "./fields.ts";
import { switchChanges, vlanChanges } from "./network.ts";
import { publicDnsChanges, roomChanges, serviceChanges } from "./services.ts";

/** One area's changes. */
export interface ChangeGroup {
  readonly area: string;
  readonly changes: readonly string[];
}

/** Every change from `before` to `after`, by area; empty areas left out. */
export function siteChanges(before: SiteModel, after: SiteModel): ChangeGroup[] {
  const s0 = before.site;
  const s1 = after.site;
  const groups: ChangeGroup[] = [
    {
      area: "Library",
      changes: fieldChanges("site", s0.site, s1.site, [
        ["name", "name"],
        ["domain", "domain"],
        ["timezone", "time zone"],
        ["address", "address"],
      ]),
    },
    {
      area: "Contacts and vendors",
      changes: [
        ...keyed(
          s0.site.contacts,
          s1.site.contacts,
          (c) => c.name,
          (c) => `contact ${c.name}`,
          (a, b) =>
            fieldChanges(`contact ${b.name}`, a, b, [
              ["role", "role"],
              ["phone", "phone"],
              ["email", "email"],
              ["onCall", "on call"],
            ]),
        ),
        ...keyed(
          s0.site.vendors,
          s1.site.vendors,
          (v) => v.name,
          (v) => `vendor ${v.name}`,
          (a, b) =>
            fieldChanges(`vendor ${b.name}`, a, b, [
              ["phone", "phone"],
              ["email", "email"],
              ["contract", "contract"],
              ["contractEnds", "contract end"],
            ]),
        ),
      ],
    },
    {
      area: "Network",
      changes: [
        ...fieldChanges("network", s0.network, s1.network, [
          ["dns", "DNS servers"],
          ["ntp", "NTP servers"],
        ]),
        ...keyed(
          before.vlans,
          after.vlans,
          (v) => String(v.vlan.id),
          (v) => `VLAN ${v.vlan.id} ${v.vlan.name} (${v.vlan.subnet})`,
          vlanChanges,
        ),
        ...keyed(
          s0.network.dhcpServers,
          s1.network.dhcpServers,
          (d) => d.name,
          (d) => `DHCP server ${d.name}`,
          (a, b) =>
            fieldChanges(`DHCP server ${b.name}`, a, b, [
              ["software", "software"],
              ["address", "address"],
              ["serves", "VLANs served"],
            ]),
        ),
      ],
    },
    { area: "Switches", changes: switchChanges(before, after) },
    {
      area: "Servers and desktops",
      changes: [
        ...keyed(
          before.vms.map((v) => v.vm),
          after.vms.map((v) => v.vm),
          (v) => v.name.toLowerCase(),
          (v) => `VM ${v.name} (${v.network.ip})`,
          (a, b) =>
            fieldChanges(`VM ${b.name}`, a, b, [
              ["template", "template"],
              ["cpus", "CPUs"],
              ["memoryGb", "memory (GB)"],
              ["disks", "disks (GB)"],
              ["network", "network"],
              ["folder", "folder"],
              ["backup", "backup"],
            ]),
        ),
        ...keyed(
          before.pools.map((p) => p.pool),
          after.pools.map((p) => p.pool),
          (p) => p.name,
          (p) => `desktop pool ${p.name} (${p.count} desktops)`,
          (a, b) =>
            fieldChanges(`desktop pool ${b.name}`, a, b, [
              ["count", "number of desktops"],
              ["template", "template"],
              ["vlan", "VLAN"],
              ["cpus", "CPUs"],
              ["memoryGb", "memory (GB)"],
              ["entitledGroups", "entitled groups"],
            ]),
        ),
      ],
    },
    {
      area: "Directory groups",
      changes: keyed(
        [...before.groups.values()],
        [...after.groups.values()],
        (g) => g.name.toLowerCase(),
        (g) => `group ${g.name}`,
        (a, b) =>
          fieldChanges(`group ${b.name}`, a, b, [
            ["memberGroups", "member groups"],
            ["members", "members"],
            ["description", "description"],
          ]),
      ),
    },
    {
      area: "Azure",
      changes: same(s0.azure, s1.azure)
        ? []
        : [`Azure settings changed from ${show(s0.azure)} to ${show(s1.azure)}`],
    },
    {
      area: "Inventory",
      changes: [
        ...keyed(
          s0.inventory?.assets ?? [],
          s1.inventory?.assets ?? [],
          (a) => a.id,
          (a) => `asset ${a.id} (${a.model})`,
          (a, b) =>
            fieldChanges(`asset ${b.id}`, a, b, [
              ["model", "model"],
              ["serial", "serial"],
              ["location", "location"],
              ["cost", "cost"],
              ["lifespanYears", "lifespan (years)"],
              ["purchased", "purchase date"],
            ]),
        ),
        ...keyed(
          s0.inventory?.licenses ?? [],
          s1.inventory?.licenses ?? [],
          (l) => l.name,
          (l) => `licence ${l.name}`,
          (a, b) =>
            fieldChanges(`licence ${b.name}`, a, b, [
              ["seats", "seats"],
              ["renews", "renewal date"],
              ["annualCost", "yearly cost"],
              ["vendor", "vendor"],
            ]),
        ),
      ],
    },
    { area: "Services", changes: serviceChanges(s0, s1) },
    { area: "Email and website DNS", changes: publicDnsChanges(before, after) },
    { area: "Meeting rooms", changes: roomChanges(s0, s1) },
    {
      area: "Operations",
      changes: [
        ...fieldChanges("operations", operationsOf(s0), operationsOf(s1), [
          ["maintenanceWindow", "maintenance window"],
          ["runbooks", "runbooks"],
        ]),
        ...keyed(
          s0.operations?.backups ?? [],
          s1.operations?.backups ?? [],
          (j) => j.name,
          (j) => `backup job ${j.name}`,
          (a, b) =>
            fieldChanges(`backup job ${b.name}`, a, b, [
              ["covers", "coverage"],
              ["schedule", "schedule"],
              ["retentionDays", "retention (days)"],
              ["target", "target"],
            ]),
        ),
      ],
    },
  ];
  return groups.filter((g) => g.changes.length > 0);
}

/** The operations settings compared as a whole (a site may have no operations section). */
function operationsOf(site: Site) {
  return {
    maintenanceWindow: site.operations?.maintenanceWindow,
    runbooks: site.operations?.runbooks,
  };
}
