/**
 * The change summary: what differs between an earlier version of the site and this one,
 * in plain sentences grouped by area ("VLAN 60 media-lab: DHCP range widened from ...").
 */
import { formatIp, rangeSize, type SiteModel, type VlanModel } from "../site/index.ts";
import { portRunText } from "./pages/port-runs.ts";

/** One area's changes. */
export interface ChangeGroup {
  readonly area: string;
  readonly changes: readonly string[];
}

type Rec = Record<string, unknown>;

const show = (v: unknown): string =>
  v === undefined || v === null
    ? "nothing"
    : Array.isArray(v)
      ? v.length
        ? v.join(", ")
        : "none"
      : typeof v === "object"
        ? JSON.stringify(v)
        : String(v);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Field-by-field sentences: `label: cpus changed from 2 to 4`. */
function fieldChanges(
  label: string,
  before: Rec,
  after: Rec,
  fields: readonly (readonly [string, string])[],
): string[] {
  return fields
    .filter(([key]) => !same(before[key], after[key]))
    .map(
      ([key, words]) =>
        `${label}: ${words} changed from ${show(before[key])} to ${show(after[key])}`,
    );
}

/** Added, removed and changed entries of a keyed list. */
function keyed<T>(
  before: readonly T[],
  after: readonly T[],
  key: (t: T) => string,
  describe: (t: T) => string,
  changed: (a: T, b: T) => string[],
): string[] {
  const old = new Map(before.map((t) => [key(t), t]));
  const now = new Map(after.map((t) => [key(t), t]));
  const out: string[] = [];
  for (const [k, t] of now) if (!old.has(k)) out.push(`${describe(t)} added`);
  for (const [k, t] of old) if (!now.has(k)) out.push(`${describe(t)} removed`);
  for (const [k, t] of now) {
    const o = old.get(k);
    if (o) out.push(...changed(o, t));
  }
  return out;
}

function rangeWords(label: string, a: VlanModel, b: VlanModel): string[] {
  if (!a.range && !b.range) return [];
  if (!a.range) return [`${label}: DHCP turned on, handing out ${b.vlan.dhcp!.range}`];
  if (!b.range) return [`${label}: DHCP turned off`];
  if (same(a.range, b.range)) return [];
  const [n, m] = [rangeSize(a.range), rangeSize(b.range)];
  const verb = m > n ? "widened" : m < n ? "narrowed" : "moved";
  const text = (r: NonNullable<VlanModel["range"]>) => `${formatIp(r.start)}-${formatIp(r.end)}`;
  return [
    `${label}: dynamic range ${verb} from ${text(a.range)} (${n} addresses) to ${text(b.range)} (${m} addresses)`,
  ];
}

function vlanChanges(a: VlanModel, b: VlanModel): string[] {
  const label = `VLAN ${b.vlan.id} ${b.vlan.name}`;
  const out = fieldChanges(label, a.vlan as Rec, b.vlan as Rec, [
    ["name", "name"],
    ["purpose", "purpose"],
    ["subnet", "subnet"],
    ["gateway", "gateway"],
    ["isolated", "isolation"],
    ["description", "description"],
  ]);
  out.push(...rangeWords(label, a, b));
  if (a.vlan.dhcp && b.vlan.dhcp)
    out.push(
      ...fieldChanges(label, a.vlan.dhcp as Rec, b.vlan.dhcp as Rec, [
        ["leaseTime", "lease time"],
        ["dns", "DNS servers"],
        ["options", "DHCP options"],
      ]),
    );
  out.push(
    ...keyed(
      a.vlan.hosts,
      b.vlan.hosts,
      (h) => h.host,
      (h) => `${label}: host ${h.host} (${h.ip})`,
      (x, y) =>
        fieldChanges(`${label}: host ${y.host}`, x as Rec, y as Rec, [
          ["ip", "address"],
          ["mac", "MAC"],
        ]),
    ),
    ...keyed(
      a.reservations,
      b.reservations,
      (r) => r.host,
      (r) => `${label}: reservation ${r.host} (${r.ip})`,
      (x, y) =>
        fieldChanges(`${label}: reservation ${y.host}`, x as Rec, y as Rec, [
          ["ip", "address"],
          ["mac", "MAC"],
        ]),
    ),
  );
  return out;
}

function switchChanges(before: SiteModel, after: SiteModel): string[] {
  const old = new Map(before.switches.map((s) => [s.switch.name, s]));
  return keyed(
    before.switches,
    after.switches,
    (s) => s.switch.name,
    (s) => `switch ${s.switch.name} (${s.switch.model})`,
    (_, b) => {
      const a = old.get(b.switch.name)!;
      const label = `switch ${b.switch.name}`;
      const out = fieldChanges(label, a.switch as Rec, b.switch as Rec, [
        ["model", "model"],
        ["role", "role"],
        ["location", "location"],
      ]);
      if (!same(a.switch.management, b.switch.management))
        out.push(
          `${label}: management address changed from ${a.switch.management.ip} to ${b.switch.management.ip}`,
        );
      // Port by port, then ports with the same change joined into runs.
      const byText = new Map<string, number[]>();
      const ports = new Set([...a.ports.keys(), ...b.ports.keys()]);
      for (const port of [...ports].sort((x, y) => x - y)) {
        const [pa, pb] = [a.ports.get(port), b.ports.get(port)];
        const texts: string[] = [];
        if (!pa)
          texts.push(
            `now configured (${pb!.untagged ? `untagged ${pb!.untagged}` : "tagged only"})`,
          );
        else if (!pb) texts.push("no longer configured");
        else {
          if (pa.untagged !== pb.untagged)
            texts.push(`untagged VLAN changed from ${show(pa.untagged)} to ${show(pb.untagged)}`);
          if (!same(pa.tagged, pb.tagged))
            texts.push(`tagged VLANs changed from ${show(pa.tagged)} to ${show(pb.tagged)}`);
          if (pa.poe !== pb.poe) texts.push(`PoE turned ${pb.poe ? "on" : "off"}`);
          if (pa.lag !== pb.lag)
            texts.push(`trunk changed from ${show(pa.lag)} to ${show(pb.lag)}`);
          if (pa.description !== pb.description)
            texts.push(`description changed to "${show(pb.description)}"`);
        }
        for (const t of texts) byText.set(t, [...(byText.get(t) ?? []), port]);
      }
      for (const [text, list] of byText) out.push(`${label} ports ${portRunText(list)}: ${text}`);
      return out;
    },
  );
}

/** Every change from `before` to `after`, by area; empty areas left out. */
export function siteChanges(before: SiteModel, after: SiteModel): ChangeGroup[] {
  const s0 = before.site;
  const s1 = after.site;
  const groups: ChangeGroup[] = [
    {
      area: "Library",
      changes: fieldChanges("site", s0.site as Rec, s1.site as Rec, [
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
            fieldChanges(`contact ${b.name}`, a as Rec, b as Rec, [
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
            fieldChanges(`vendor ${b.name}`, a as Rec, b as Rec, [
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
        ...fieldChanges("network", s0.network as Rec, s1.network as Rec, [
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
            fieldChanges(`DHCP server ${b.name}`, a as Rec, b as Rec, [
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
            fieldChanges(`VM ${b.name}`, a as Rec, b as Rec, [
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
            fieldChanges(`desktop pool ${b.name}`, a as Rec, b as Rec, [
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
          fieldChanges(`group ${b.name}`, a as Rec, b as Rec, [
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
            fieldChanges(`asset ${b.id}`, a as Rec, b as Rec, [
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
            fieldChanges(`licence ${b.name}`, a as Rec, b as Rec, [
              ["seats", "seats"],
              ["renews", "renewal date"],
              ["annualCost", "yearly cost"],
              ["vendor", "vendor"],
            ]),
        ),
      ],
    },
    {
      area: "Operations",
      changes: [
        ...fieldChanges("operations", (s0.operations ?? {}) as Rec, (s1.operations ?? {}) as Rec, [
          ["maintenanceWindow", "maintenance window"],
          ["runbooks", "runbooks"],
        ]),
        ...keyed(
          s0.operations?.backups ?? [],
          s1.operations?.backups ?? [],
          (j) => j.name,
          (j) => `backup job ${j.name}`,
          (a, b) =>
            fieldChanges(`backup job ${b.name}`, a as Rec, b as Rec, [
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
