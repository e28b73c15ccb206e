/** What changed in a VLAN (addressing, DHCP, hosts, reservations) and on a switch, port by port. */
import { durationWords } from "../duration.ts";
import type { SiteModel } from "../model/site-model.ts";
import type { SwitchTable } from "../model/ports.ts";
import type { VlanModel } from "../model/vlans.ts";
import { formatIp, rangeSize } from "../net/ipv4.ts";
import { portRunText } from "../switching/port-runs.ts";
import { fieldChanges, keyed, same, show } from "./fields.ts";

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

/** A VLAN's changes, when its id stayed. */
export function vlanChanges(a: VlanModel, b: VlanModel): string[] {
  const label = `VLAN ${b.vlan.id} ${b.vlan.name}`;
  const out = fieldChanges(label, a.vlan, b.vlan, [
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
      ...fieldChanges(label, a.vlan.dhcp, b.vlan.dhcp, [
        ["leaseTime", "lease time", durationWords],
        ["dns", "DNS servers"],
        ["options", "DHCP options"],
      ]),
    );
  // Hosts and reservations as the model gives them: a MAC written another way is no change.
  out.push(
    ...keyed(
      a.hosts,
      b.hosts,
      (h) => h.host,
      (h) => `${label}: host ${h.host} (${h.ip})`,
      (x, y) =>
        fieldChanges(`${label}: host ${y.host}`, x, y, [
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
        fieldChanges(`${label}: reservation ${y.host}`, x, y, [
          ["ip", "address"],
          ["mac", "MAC"],
        ]),
    ),
  );
  return out;
}

/** Added, removed and changed switches: model, role, place, management address and ports. */
export function switchChanges(before: SiteModel, after: SiteModel): string[] {
  return keyed(
    before.switches,
    after.switches,
    (s) => s.switch.name,
    (s) => `switch ${s.switch.name} (${s.switch.model})`,
    (a, b) => {
      const label = `switch ${b.switch.name}`;
      const out = fieldChanges(label, a.switch, b.switch, [
        ["model", "model"],
        ["role", "role"],
        ["location", "location"],
      ]);
      // The effective address (R32): a core switch's written address is no change of its own.
      if (a.management.address !== b.management.address || a.management.vlan !== b.management.vlan)
        out.push(
          `${label}: management address changed from ${a.management.address} to ${b.management.address}`,
        );
      out.push(...portChanges(label, a, b));
      return out;
    },
  );
}

/** Port by port, then ports with the same change joined into runs. */
function portChanges(label: string, a: SwitchTable, b: SwitchTable): string[] {
  const byText = new Map<string, number[]>();
  const ports = new Set([...a.ports.keys(), ...b.ports.keys()]);
  for (const port of [...ports].sort((x, y) => x - y)) {
    const [pa, pb] = [a.ports.get(port), b.ports.get(port)];
    const texts: string[] = [];
    if (!pa)
      texts.push(`now configured (${pb!.untagged ? `untagged ${pb!.untagged}` : "tagged only"})`);
    else if (!pb) texts.push("no longer configured");
    else {
      if (pa.untagged !== pb.untagged)
        texts.push(`untagged VLAN changed from ${show(pa.untagged)} to ${show(pb.untagged)}`);
      if (!same(pa.tagged, pb.tagged))
        texts.push(`tagged VLANs changed from ${show(pa.tagged)} to ${show(pb.tagged)}`);
      if (pa.poe !== pb.poe) texts.push(`PoE turned ${pb.poe ? "on" : "off"}`);
      if (pa.lag !== pb.lag) texts.push(`trunk changed from ${show(pa.lag)} to ${show(pb.lag)}`);
      if (pa.description !== pb.description)
        texts.push(`description changed to "${show(pb.description)}"`);
    }
    for (const t of texts) byText.set(t, [...(byText.get(t) ?? []), port]);
  }
  return [...byText].map(([text, list]) => `${label} ports ${portRunText(list)}: ${text}`);
}
