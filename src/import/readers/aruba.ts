/**
 * Reads an ArubaOS-Switch running-config into an import fragment: the switch (name, model,
 * role, management address, port entries), its VLANs, the site's time zone and time
 * servers, the internet router behind the default route, and a report line for everything
 * else: each line Carrel does not model, each secret (never copied), the hardware lines, the
 * ports left out, and the guesses.
 */
import {
  parseRunningConfig,
  portNumbering,
  portView,
  recogniseRunningConfig,
  type RunningConfig,
} from "../../device/aruba/index.ts";
import { cidrContains, parseCidr, parseIp } from "../../site/net/ipv4.ts";
import { SWITCH_CATALOG } from "../../site/switching/catalog.ts";
import { releaseFamily } from "../../site/switching/firmware.ts";
import {
  hostAddressRef,
  vlanRef,
  type ImportedItem,
  type ImportFragment,
  type ImportNote,
  type Origin,
} from "../fragment.ts";
import type { FileReader, ImportFile } from "../registry.ts";
import { importedModel, type ImportedModel } from "./aruba-hardware.ts";
import { arubaNotes } from "./aruba-notes.ts";
import { portEntries } from "./aruba-ports.ts";
import { vlan1InUse, vlanItems } from "./aruba-vlans.ts";
import { fileStem, hostnameFrom } from "./names.ts";
import { zoneForClock } from "./time-zone.ts";

const KIND = "ArubaOS-Switch running-config";

/** The management VLAN and address of a switch, and how sure that is. */
function management(
  config: RunningConfig,
  name: string,
): { vlan: number; ip: unknown; line: number; guessed?: string } | undefined {
  const addressed = [...config.vlans.values()].filter(
    (v) => v.addresses.length > 0 || v.dhcpBootp !== undefined,
  );
  const pick = (id: number | undefined) => addressed.find((v) => v.id === id);
  const dg = config.defaultGateway ? parseIp(config.defaultGateway.value) : undefined;
  const inDg = addressed.find((v) =>
    v.addresses.some(
      (a) => dg !== undefined && cidrContains(parseCidr(`${a.ip}/${a.prefix}`)!, dg),
    ),
  );
  const byName = addressed.find((v) => /mgmt|manag/i.test(v.name?.value ?? ""));
  const chosen =
    pick(config.managementVlan?.value) ??
    byName ??
    inDg ??
    addressed.sort((a, b) => a.id - b.id)[0];
  if (!chosen) return undefined;
  const sure = chosen === pick(config.managementVlan?.value) || addressed.length === 1;
  const guessed = sure
    ? undefined
    : `the switch has addresses on ${addressed.length} VLANs; VLAN ${chosen.id} looks like the management one`;
  const address = chosen.addresses[0];
  if (address)
    return { vlan: chosen.id, ip: address.ip, line: address.line, ...(guessed ? { guessed } : {}) };
  return {
    vlan: chosen.id,
    ip: hostAddressRef(name),
    line: chosen.dhcpBootp!,
    guessed: `the switch takes its address by DHCP (ip address dhcp-bootp); the address is its name's in DNS or its DHCP reservation`,
  };
}

/**
 * The release the header says the switch runs (`YA.16.10.0003`), for `firmware:`; only when it
 * is of the family the model runs (a declared model takes any), as site.yaml requires.
 */
function runningRelease(release: string | undefined, model: ImportedModel): string | undefined {
  const family = release === undefined ? undefined : releaseFamily(release);
  if (family === undefined) return undefined;
  const catalog = model.declare ? undefined : SWITCH_CATALOG[model.key];
  return catalog && catalog.firmwareFamily !== family ? undefined : release;
}

/** Reads one running-config file. */
export function readRunningConfig(file: ImportFile): ImportFragment {
  const config = parseRunningConfig(file.text);
  const at = (line?: number): Origin => ({
    source: file.path,
    ...(line !== undefined ? { line } : {}),
  });
  if (config.problems.length > 0) {
    const notes: ImportNote[] = config.problems.map((p) => ({
      level: "error",
      topic: "problem",
      origin: at(p.line),
      message: p.message,
    }));
    return { kind: KIND, origin: at(), items: [], notes, adopt: [] };
  }
  const named = hostnameFrom(config.hostname?.value ?? fileStem(file.path));
  const name = named.name;
  const view = portView(config);
  const numbering = portNumbering(config);
  const model = importedModel(config, numbering, name);
  const inUse1 = vlan1InUse(config, view);
  const ports = portEntries(view, numbering, model.poePorts, inUse1);
  const vlans = vlanItems(config, file.path, inUse1);
  const routing = config.ipRouting !== undefined;
  const items: ImportedItem[] = [...vlans.items];
  const notes: ImportNote[] = [
    ...vlans.notes,
    ...arubaNotes(config, file.path, numbering, ports.leftOut, routing),
  ];
  const key = ["network", "switches", { item: name }] as const;
  const mgmt = management(config, name);
  const nameGuess = [
    config.hostname ? undefined : "the config has no hostname, so the file's name is used",
    named.changed
      ? `'${config.hostname?.value}' is not a host name (letters, digits and hyphens)`
      : undefined,
  ].filter((x) => x !== undefined);
  const firmware = runningRelease(config.header?.release, model);
  items.push({
    kind: "place",
    key,
    value: {
      name,
      model: model.key,
      role: routing ? "core" : "access",
      ...(firmware ? { firmware } : {}),
    },
    origin: at(config.hostname?.line ?? config.header?.line ?? 1),
    ...(nameGuess.length > 0 ? { guessed: nameGuess.join("; ") } : {}),
    ...(routing ? { note: "routes between VLANs (ip routing): a core switch" } : {}),
  });
  items.push({
    kind: "place",
    key: [...key, "management"],
    value: mgmt
      ? { vlan: vlanRef({ id: mgmt.vlan }), ip: mgmt.ip }
      : { vlan: vlanRef({ id: 1 }), ip: hostAddressRef(name) },
    origin: at(mgmt?.line ?? config.hostname?.line ?? 1),
    ...(mgmt?.guessed ? { guessed: mgmt.guessed } : {}),
    ...(mgmt
      ? {}
      : { guessed: "the switch has no address on any VLAN; its address is its name's in DNS" }),
  });
  for (const entry of ports.entries) {
    items.push({
      kind: "place",
      key: [...key, "ports", { item: String(entry.value.ports), by: "ports" }],
      value: entry.value,
      origin: at(entry.line),
      ...(entry.labels ? { note: `${entry.labels} on the switch` } : {}),
    });
  }
  if (model.declare) {
    items.push({
      kind: "place",
      key: ["switchModels", model.key],
      value: model.declare,
      origin: at(model.line ?? 1),
      ...(model.guessed ? { guessed: model.guessed } : {}),
    });
  }
  const servers = [...config.timeServers].sort((a, b) => a.priority - b.priority);
  if (servers.length > 0) {
    items.push({
      kind: "place",
      key: ["network", "ntp"],
      value: servers.map((s) => s.ip),
      origin: at(servers[0]!.line),
    });
  }
  if (config.timezone) {
    const zone = zoneForClock(config.timezone.value, config.daylightRule?.value);
    if (zone) {
      items.push({
        kind: "place",
        key: ["site", "timezone"],
        value: zone,
        origin: at(config.timezone.line),
        guessed: `time timezone ${config.timezone.value} with daylight rule '${config.daylightRule?.value ?? "none"}'; other zones share these rules`,
      });
    }
  }
  const defaultRoute = config.routes.find((r) => r.destination === "0.0.0.0/0");
  if (defaultRoute && routing) {
    items.push({
      kind: "place",
      key: ["network", "upstream", "gateway"],
      value: defaultRoute.nextHop,
      origin: at(defaultRoute.line),
    });
  }
  return { kind: KIND, origin: at(), priority: routing ? 10 : 20, items, notes, adopt: [] };
}

/** The ArubaOS-Switch running-config reader. */
export const arubaReader: FileReader = {
  id: "aruba-running-config",
  format: KIND,
  recognise: (file) => recogniseRunningConfig(file.text),
  read: readRunningConfig,
};
