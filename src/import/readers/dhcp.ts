/**
 * Reads a DHCP server's configuration (ISC dhcpd, Kea, dnsmasq, or a Windows export) into
 * an import fragment: the server, a VLAN per scope with its range, lease time and options,
 * and the reservations. The scope's VLAN id and name come from Carrel's own comments
 * (`# VLAN 20 staff`), a dnsmasq tag (`vlan20`) or a Windows scope name when they say so;
 * otherwise the merger matches the scope to a switch's VLAN by subnet.
 */
import {
  carrelServerSetting,
  describeOption,
  effectiveLease,
  effectiveOptions,
  optionByCode,
  recogniseDhcp,
  type RunningDhcp,
  type RunningScope,
} from "../../device/dhcp/index.ts";
import { parseIp, rangeSize } from "../../site/net/ipv4.ts";
import {
  hostAddressRef,
  hostItem,
  type ImportedDhcp,
  type ImportedItem,
  type ImportFragment,
  type ImportNote,
  type Origin,
} from "../fragment.ts";
import type { FileReader, ImportFile } from "../registry.ts";
import { leaseText } from "./lease.ts";
import { fileStem, hostnameFrom } from "./names.ts";

/** The file names Carrel renders, whose folder names the server. */
const RENDERED_NAMES = new Set(["kea-dhcp4.conf", "dhcpd.conf", "dnsmasq.conf", "dhcp-server.ps1"]);

/** The server's name: the folder of a rendered file, otherwise the file's name. */
export function serverName(path: string): string {
  const parts = path.split(/[\\/]/);
  const base = parts[parts.length - 1]!;
  const folder = parts[parts.length - 2];
  return hostnameFrom(RENDERED_NAMES.has(base) && folder ? folder : fileStem(path)).name;
}

/** VLAN id and name a scope's label gives, when it gives them. */
export function scopeIdentity(label: string | undefined): { id?: number; name?: string } {
  if (!label) return {};
  let m = /^VLAN\s+(\d+)\s+(\S+)$/i.exec(label);
  if (m) return { id: Number(m[1]), name: m[2]! };
  m = /^(.+?)\s+\(VLAN\s+(\d+)\)$/i.exec(label);
  if (m) return { id: Number(m[2]), name: m[1]! };
  m = /^vlan-?(\d+)$/i.exec(label);
  if (m) return { id: Number(m[1]) };
  return { name: hostnameFrom(label).name.toLowerCase() };
}

/** The options of a scope that site.yaml models, and report lines for the others. */
function scopeDhcp(
  dhcp: RunningDhcp,
  scope: RunningScope,
  server: string,
  at: (line?: number) => Origin,
  notes: ImportNote[],
): ImportedDhcp {
  const options = effectiveOptions(dhcp, scope);
  const list = (code: number) => options.get(code)?.values.filter((v) => parseIp(v) !== undefined);
  const extras: Record<string, string | number | readonly string[]> = {};
  for (const o of options.values()) {
    const known = optionByCode(o.code);
    if ([1, 3, 6, 15, 42, 51, 12].includes(o.code)) continue;
    if (known?.site) {
      extras[known.site] =
        o.code === 26
          ? Number(o.values[0])
          : known.text || o.values.length === 1
            ? o.values.join(",")
            : o.values;
    } else {
      notes.push({
        level: "info",
        topic: "unmodelled",
        origin: at(o.line),
        message: `${describeOption(o.code)} = ${o.values.join(", ")} on scope ${scope.subnet} is not modelled`,
      });
    }
  }
  const ranges = [...scope.ranges].sort(
    (a, b) =>
      rangeSize({ start: parseIp(b.start)!, end: parseIp(b.end)! }) -
      rangeSize({ start: parseIp(a.start)!, end: parseIp(a.end)! }),
  );
  for (const extra of ranges.slice(1)) {
    notes.push({
      level: "warning",
      topic: "unmodelled",
      origin: at(extra.line),
      message: `scope ${scope.subnet} has a second range ${extra.start}-${extra.end}; site.yaml gives a VLAN one range, so the draft keeps the largest`,
    });
  }
  const lease = effectiveLease(dhcp, scope);
  const domain = options.get(15)?.values[0];
  return {
    server,
    ...(ranges[0] ? { range: `${ranges[0].start}-${ranges[0].end}` } : {}),
    ...(lease ? { leaseTime: leaseText(lease.value) } : {}),
    ...(list(6)?.length ? { dns: list(6)! } : {}),
    ...(list(42)?.length ? { ntp: list(42)! } : {}),
    ...(domain ? { domain } : {}),
    ...(Object.keys(extras).length > 0 ? { options: extras } : {}),
  };
}

/** Reads one DHCP configuration file. */
export function readDhcp(file: ImportFile): ImportFragment {
  const at = (line?: number): Origin => ({
    source: file.path,
    ...(line !== undefined ? { line } : {}),
  });
  const found = recogniseDhcp(file.text);
  const kind = found?.format.label ?? "DHCP configuration";
  if (!found)
    return {
      kind,
      origin: at(),
      items: [],
      notes: [
        {
          level: "error",
          topic: "problem",
          origin: at(1),
          message: "is not a DHCP configuration Carrel reads",
        },
      ],
      adopt: [],
    };
  const dhcp = found.format.parse(file.text);
  if (dhcp.problems.length > 0) {
    const notes: ImportNote[] = dhcp.problems.map((p) => ({
      level: "error",
      topic: "problem",
      origin: at(p.line),
      message: p.message,
    }));
    return { kind, origin: at(), items: [], notes, adopt: [] };
  }
  const server = serverName(file.path);
  const items: ImportedItem[] = [
    {
      kind: "place",
      key: ["network", "dhcpServers", { item: server }],
      value: { name: server, software: dhcp.software, address: hostAddressRef(server) },
      origin: at(found.line),
      guessed: `named after its ${RENDERED_NAMES.has(file.path.split(/[\\/]/).pop() ?? "") ? "folder" : "file"}; the address is where the switches relay DHCP, or the server's name in DNS`,
    },
  ];
  const notes: ImportNote[] = [];
  for (const scope of dhcp.scopes) {
    const identity = scopeIdentity(scope.label);
    if (scope.ranges.length === 0) {
      // A subnet declared without addresses to hand out: the server's own network (dhcpd
      // wants one), or a scope with its range taken away.
      items.push({
        kind: "vlan",
        key: ["network", "vlans"],
        value: { ...identity, subnet: scope.subnet },
        origin: at(scope.line),
      });
      notes.push({
        level: "info",
        topic: "unmodelled",
        origin: at(scope.line),
        message: `subnet ${scope.subnet} has no range: the server hands out no addresses there, so the draft gives its VLAN no DHCP`,
      });
      continue;
    }
    const router = effectiveOptions(dhcp, scope).get(3);
    if (router && router.values.length > 1)
      notes.push({
        level: "info",
        topic: "unmodelled",
        origin: at(router.line),
        message: `scope ${scope.subnet} names ${router.values.length} routers; site.yaml gives a VLAN one gateway, the first`,
      });
    items.push({
      kind: "vlan",
      key: ["network", "vlans"],
      value: {
        ...identity,
        subnet: scope.subnet,
        ...(router?.values[0] && parseIp(router.values[0]) !== undefined
          ? { gateway: router.values[0] }
          : {}),
        dhcp: scopeDhcp(dhcp, scope, server, at, notes),
      },
      origin: at(scope.line),
      ...(scope.prefixKnown
        ? {}
        : { guessed: "the range gives no netmask, so the subnet is taken to be a /24" }),
    });
    for (const r of scope.reservations) {
      const named = r.host ? hostnameFrom(r.host) : undefined;
      items.push(
        hostItem(
          {
            name: named?.name ?? `reserved-${r.ip.replaceAll(".", "-")}`,
            ip: r.ip,
            mac: r.mac,
            reservation: true,
          },
          at(r.line),
          named && !named.changed
            ? {}
            : { guessed: named ? `'${r.host}' is not a host name` : "the reservation has no name" },
        ),
      );
    }
  }
  for (const r of dhcp.reservations)
    notes.push({
      level: "warning",
      topic: "unmodelled",
      origin: at(r.line),
      message: `the reservation of ${r.ip} (${r.mac}) lies in no scope of this server: left out`,
    });
  for (const s of dhcp.secrets)
    notes.push({
      level: "warning",
      topic: "secret",
      origin: at(s.line),
      message: `holds ${s.what}: not copied; Carrel never keeps secrets`,
    });
  // Settings every Carrel-written server has are not "not modelled": named once.
  const own = dhcp.unmodelled.filter(carrelServerSetting);
  if (own.length > 0)
    notes.push({
      level: "info",
      origin: at(own[0]!.line),
      message: `${own.map((u) => `'${u.text}'`).join(", ")}: server settings Carrel writes itself in every DHCP configuration; not copied into the draft`,
    });
  for (const u of dhcp.unmodelled.filter((x) => !carrelServerSetting(x)))
    notes.push({
      level: "info",
      topic: "unmodelled",
      origin: at(u.line),
      message: `'${u.text}'${u.context ? ` (in ${u.context})` : ""} is not modelled`,
    });
  return { kind, origin: at(), priority: 30, items, notes, adopt: [] };
}

/** The DHCP configuration reader. */
export const dhcpReader: FileReader = {
  id: "dhcp",
  format: "DHCP server configuration",
  recognise: (file) => recogniseDhcp(file.text)?.line,
  read: readDhcp,
};
