/**
 * Compares a switch's running config with the config site.yaml renders for it, by meaning
 * rather than by text: both are parsed, ports are matched by their site.yaml numbers (a
 * chassis's `A1` is port 1), access-list entries are compared in one notation, and order and
 * spacing do not count. Lines Carrel does not model count too: a line on one side only is a
 * difference. Lines holding credentials are never compared or shown.
 */
import {
  normaliseAclRule,
  parseRunningConfig,
  portNumbering,
  portView,
  type PortNumbering,
  type RunningConfig,
} from "../device/aruba/index.ts";
import type { SiteModel } from "../site/model/site-model.ts";
import type { SitePlaces } from "./places.ts";
import type { DeviceReport, Difference, SitePlace } from "./report.ts";
import { byNumber, portDifferences } from "./switch-ports.ts";
import { listDifferences } from "./lists.ts";

/** One side of the comparison: a parsed config, its numbering, and its lines. */
interface Side {
  readonly config: RunningConfig;
  readonly numbering: PortNumbering;
  readonly lines: readonly string[];
}

function side(text: string, parsed?: RunningConfig): Side {
  const config = parsed ?? parseRunningConfig(text);
  return { config, numbering: portNumbering(config), lines: text.split(/\r?\n/) };
}

const norm = (text: string) => text.trim().replace(/\s+/g, " ");

/** The block a line sits in, with ports written as site.yaml numbers. */
function context(ctx: string | undefined, numbering: PortNumbering): string {
  if (!ctx) return "";
  const m = /^interface (\S+)$/.exec(ctx);
  return m ? `interface ${numbering.number(m[1]!) ?? m[1]}` : norm(ctx);
}

/** Compares one switch. */
export function compareSwitch(
  model: SiteModel,
  name: string,
  renderedText: string,
  runningText: string,
  file: string,
  places: SitePlaces,
  running?: RunningConfig,
): DeviceReport {
  const r = side(renderedText);
  const u = side(runningText, running);
  const secretLines = new Set(u.config.secrets.map((s) => s.line));
  const text = (line: number) => (secretLines.has(line) ? undefined : u.lines[line - 1]?.trim());
  const diffs: Difference[] = [];
  const add = (message: string, site: SitePlace | undefined, line: number | undefined) =>
    diffs.push({
      message,
      ...(site ? { site } : {}),
      ...(line !== undefined
        ? { running: { file, line, ...(text(line) !== undefined ? { text: text(line)! } : {}) } }
        : {}),
    });
  const sw = places.switchAt(name);

  // Hardware and identity.
  const rp = r.config.header?.partNumber;
  const up = u.config.header?.partNumber;
  if (rp && up && rp !== up)
    add(
      `the switch is a ${up}; site.yaml's model is a ${rp}`,
      places.switchAt(name, "model"),
      u.config.header!.line,
    );
  const uh = u.config.hostname?.value;
  if (uh !== undefined && uh.toLowerCase() !== name.toLowerCase())
    add(
      `the switch calls itself '${uh}', site.yaml '${name}'`,
      places.switchAt(name, "name"),
      u.config.hostname!.line,
    );

  // VLANs, their names, addresses, relays and access lists.
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

  // Ports, by site.yaml number.
  diffs.push(
    ...portDifferences(
      byNumber(portView(r.config), r.numbering),
      byNumber(portView(u.config), u.numbering),
      name,
      file,
      places,
      (n) => u.numbering.label(n) ?? String(n),
      text,
      (id) => {
        const named =
          model.vlans.find((v) => v.vlan.id === id)?.vlan.name ??
          u.config.vlans.get(id)?.name?.value;
        return named ? `VLAN ${id} '${named}'` : `VLAN ${id}`;
      },
    ),
  );

  // Trunk modes (membership is compared port by port).
  for (const [t, rt] of r.config.trunks) {
    const ut = u.config.trunks.get(t);
    if (ut && ut.mode !== rt.mode)
      add(
        `trunk ${t} is ${ut.mode} on the switch, ${rt.mode} in what site.yaml renders`,
        places.switchAt(name, "ports"),
        ut.line,
      );
  }

  // Routing, gateway, routes, time, spanning tree.
  if ((r.config.ipRouting !== undefined) !== (u.config.ipRouting !== undefined))
    add(
      u.config.ipRouting
        ? "the switch routes (ip routing), but site.yaml makes it an access switch"
        : "the switch does not route (no ip routing), but site.yaml makes it a core switch",
      places.switchAt(name, "role"),
      u.config.ipRouting,
    );
  if (r.config.defaultGateway?.value !== u.config.defaultGateway?.value)
    add(
      `default gateway ${u.config.defaultGateway?.value ?? "none"} on the switch, ${r.config.defaultGateway?.value ?? "none"} in site.yaml`,
      places.switchAt(name, "management", "vlan"),
      u.config.defaultGateway?.line,
    );
  diffs.push(
    ...listDifferences({
      rendered: r.config.routes.map((x) => ({
        key: `${x.destination} via ${x.nextHop}`,
        line: x.line,
      })),
      running: u.config.routes.map((x) => ({
        key: `${x.destination} via ${x.nextHop}`,
        line: x.line,
      })),
      missing: (k) => `route ${k} is missing on the switch`,
      extra: (k) => `route ${k} is on the switch, not in site.yaml`,
      site: places.at(["network", "upstream", "gateway"]),
      file,
      text,
    }),
  );
  const clock = (c: RunningConfig) =>
    `${c.timezone?.value ?? "none"} ${c.daylightRule?.value ?? "none"}`;
  if (clock(r.config) !== clock(u.config))
    add(
      `the clock is set to ${clock(u.config)} on the switch, ${clock(r.config)} from site.yaml (time timezone and daylight rule)`,
      places.at(["site", "timezone"]),
      u.config.timezone?.line ?? u.config.daylightRule?.line,
    );
  const sntp = (c: RunningConfig) => c.timeServers.map((s) => s.ip).join(", ") || "none";
  if (sntp(r.config) !== sntp(u.config))
    add(
      `time servers are ${sntp(u.config)} on the switch, ${sntp(r.config)} in site.yaml`,
      places.at(["network", "ntp"]),
      u.config.timeServers[0]?.line,
    );
  if (
    (r.config.spanningTree !== undefined) !== (u.config.spanningTree !== undefined) ||
    r.config.stpPriority?.value !== u.config.stpPriority?.value
  )
    add(
      `spanning tree is ${u.config.spanningTree ? `on, priority ${u.config.stpPriority?.value ?? "default"}` : "off"} on the switch, ${r.config.spanningTree ? `on, priority ${r.config.stpPriority?.value ?? "default"}` : "off"} in site.yaml (from the switch's role)`,
      places.switchAt(name, "role"),
      u.config.stpPriority?.line ?? u.config.spanningTree,
    );

  // Access lists, entry by entry, in one notation.
  for (const acl of new Set([...r.config.acls.keys(), ...u.config.acls.keys()])) {
    const ra = r.config.acls.get(acl);
    const ua = u.config.acls.get(acl);
    const same = (a: string, b: string) => a === b || norm(a) === norm(b);
    if (
      ra &&
      ua &&
      ra.entries.length === ua.entries.length &&
      ra.entries.every((e, i) => same(e.rule, ua.entries[i]!.rule))
    )
      continue;
    const user = model.vlans.find((v) =>
      r.config.vlans.get(v.vlan.id)?.accessGroups.some((g) => g.name === acl),
    );
    const aclSite = user ? places.vlanNamed(user.vlan.name, "isolated") : sw;
    diffs.push(
      ...listDifferences({
        rendered: (ra?.entries ?? []).map((e) => ({ key: normaliseAclRule(e.rule), line: e.line })),
        running: (ua?.entries ?? []).map((e) => ({ key: normaliseAclRule(e.rule), line: e.line })),
        missing: (k) => `access list '${acl}' lacks '${k}' on the switch`,
        extra: (k) => `access list '${acl}' has '${k}' on the switch, not in site.yaml`,
        site: aclSite,
        file,
        text,
        ordered: true,
      }),
    );
  }

  // Every other line, by its text and block.
  const keyed = (s: Side) =>
    s.config.unmodelled.map((l) => ({
      key: `${context(l.context, s.numbering)}|${norm(l.text)}`,
      line: l.line,
      shown: norm(l.text).split("\n")[0]!,
    }));
  const renderedLines = keyed(r);
  const runningLines = keyed(u);
  diffs.push(
    ...listDifferences({
      rendered: renderedLines.map((l) => ({ key: l.key, line: l.line })),
      running: runningLines.map((l) => ({ key: l.key, line: l.line })),
      missing: (k) =>
        `'${k.split("|")[1]}'${k.split("|")[0] ? ` (in '${k.split("|")[0]}')` : ""} from the rendered config is missing on the switch`,
      extra: (k) =>
        `'${k.split("|")[1]!.split("\n")[0]}'${k.split("|")[0] ? ` (in '${k.split("|")[0]}')` : ""} is on the switch but not in what site.yaml renders`,
      site: sw,
      file,
      text,
    }),
  );
  const hardware = (c: RunningConfig) =>
    c.hardware.map((h) => ({ key: `${h.kind} ${h.slot} ${h.type}`, line: h.line }));
  if (r.config.hardware.length > 0)
    diffs.push(
      ...listDifferences({
        rendered: hardware(r.config),
        running: hardware(u.config),
        missing: (k) => `${k} is not on the switch`,
        extra: (k) => `${k} is on the switch, not in site.yaml`,
        site: places.switchAt(name, "model"),
        file,
        text,
      }),
    );

  const secrets = u.config.secrets.length;
  return {
    name,
    kind: "switch",
    file,
    differences: diffs,
    notCompared:
      secrets > 0
        ? [
            `${secrets} ${secrets === 1 ? "line" : "lines"} holding credentials (SNMP communities, passwords, keys), which Carrel never manages`,
          ]
        : [],
  };
}
