/** VLAN by VLAN: whether each is on both sides, its name, addresses, relays and access lists. */
import { listDifferences } from "./lists.ts";
import type { SwitchComparison } from "./switch-context.ts";

/** Compares the VLANs of one switch. */
export function compareVlans(c: SwitchComparison): void {
  const { model, name, file, places, r, u, diffs, text, add } = c;
  for (const [id, rv] of r.config.vlans) {
    const uv = u.config.vlans.get(id);
    const vlanPlace = (...rest: (string | number)[]) => places.vlan(id, ...rest);
    if (!uv) {
      add(`VLAN ${id} '${rv.name?.value ?? ""}' is not on the switch`, vlanPlace(), undefined);
      continue;
    }
    if (id !== 1 && rv.name?.value !== uv.name?.value)
      add(
        `VLAN ${id} is named '${uv.name?.value ?? ""}' on the switch, '${rv.name?.value ?? ""}' in site.yaml`,
        vlanPlace("name"),
        uv.name?.line ?? uv.line,
      );
    const ra = rv.addresses
      .map((a) => `${a.ip}/${a.prefix}`)
      .sort()
      .join(", ");
    const ua = uv.addresses
      .map((a) => `${a.ip}/${a.prefix}`)
      .sort()
      .join(", ");
    const isCore = model.site.network.switches.find((s) => s.name === name)?.role === "core";
    if (ra !== ua || (rv.dhcpBootp !== undefined) !== (uv.dhcpBootp !== undefined)) {
      const show = (a: string, bootp: boolean) =>
        bootp ? "an address by DHCP" : a === "" ? "no address" : `address ${a}`;
      add(
        `VLAN ${id} has ${show(ua, uv.dhcpBootp !== undefined)} on the switch, ${show(ra, rv.dhcpBootp !== undefined)} in site.yaml`,
        isCore ? vlanPlace("gateway") : places.switchAt(name, "management", "ip"),
        uv.addresses[0]?.line ?? uv.dhcpBootp ?? uv.line,
      );
    }
    diffs.push(
      ...listDifferences({
        rendered: rv.helpers.map((h) => ({ key: h.value, line: h.line })),
        running: uv.helpers.map((h) => ({ key: h.value, line: h.line })),
        missing: (k) =>
          `VLAN ${id} should relay DHCP to ${k} (ip helper-address); the switch does not`,
        extra: (k) => `VLAN ${id} relays DHCP to ${k} on the switch; site.yaml does not`,
        site: vlanPlace("dhcp") ?? vlanPlace(),
        file,
        text,
      }),
      ...listDifferences({
        rendered: rv.accessGroups.map((g) => ({ key: `${g.name} ${g.direction}`, line: g.line })),
        running: uv.accessGroups.map((g) => ({ key: `${g.name} ${g.direction}`, line: g.line })),
        missing: (k) => `VLAN ${id} should have access list ${k}; the switch does not`,
        extra: (k) => `VLAN ${id} has access list ${k} on the switch; site.yaml does not`,
        site: vlanPlace("isolated") ?? vlanPlace(),
        file,
        text,
      }),
    );
  }
  for (const [id, uv] of u.config.vlans)
    if (!r.config.vlans.has(id))
      add(
        `VLAN ${id} '${uv.name?.value ?? ""}' is on the switch but not in site.yaml`,
        places.at(["network", "vlans"]),
        uv.line,
      );
}
