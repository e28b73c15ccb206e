/**
 * fast-check generator of valid sites that exercise the switch renderer: random VLANs (some with
 * DHCP, some isolated), a core switch and up to two access switches of catalog models linked to
 * it by LACP trunks or single ports, and random port entries that respect R16-R22 by design.
 */
import fc from "fast-check";
import { missingCoreCapabilities, SWITCH_CATALOG } from "../../../src/site/index.ts";

const MODELS = Object.keys(SWITCH_CATALOG);
/** Models that can route, relay and filter: the only ones R16 accepts as a core. */
const CORE_MODELS = MODELS.filter((k) => missingCoreCapabilities(SWITCH_CATALOG[k]!).length === 0);
const ZONES = [
  "America/New_York",
  "America/Chicago",
  "Europe/Berlin",
  "Australia/Sydney",
  "Asia/Kolkata",
  "UTC",
];
const VLAN_WORDS = [
  "staff",
  "public",
  "lab",
  "voice",
  "cams",
  "printers",
  "basement-annex-overflow-lan",
];
/**
 * Characters for descriptions: the punctuation a switch's quoted names can carry. Double
 * quotes, backslashes and non-ASCII are refused by the validator (see schema.ts).
 */
const TEXT_CHARS = [..."abcXYZ 019-/'&;#{}$`"];

type Gen = <T>(arb: fc.Arbitrary<T>) => T;

interface PortEntry {
  ports: string | number;
  untagged?: string;
  tagged?: string[];
  lag?: string;
  connects?: string;
  poe?: boolean;
  description?: string;
}

function portList(ports: readonly number[]): string | number {
  return ports.length === 1 ? ports[0]! : `${ports[0]}-${ports[ports.length - 1]}`;
}

/** Fills ports 1..`last` with random entries; `lag` hands out trunk numbers. */
function accessEntries(
  g: Gen,
  last: number,
  poePorts: ReadonlySet<number>,
  vlans: readonly string[],
  nextLag: () => string,
): PortEntry[] {
  const entries: PortEntry[] = [];
  for (let first = 1; first <= last;) {
    const length = Math.min(g(fc.integer({ min: 1, max: 8 })), last - first + 1);
    const ports = Array.from({ length }, (_, i) => first + i);
    first += length;
    const kind = g(fc.constantFrom("unused", "vlan", "vlan", "lag"));
    if (kind === "unused") continue;
    const untagged = g(fc.option(fc.constantFrom(...vlans), { nil: undefined }));
    const tagged = g(fc.subarray([...vlans])).filter((v) => v !== untagged);
    const entry: PortEntry = { ports: portList(ports) };
    if (untagged !== undefined) entry.untagged = untagged;
    if (tagged.length > 0) entry.tagged = tagged;
    if (kind === "lag" && length >= 2) entry.lag = nextLag();
    if (ports.every((p) => poePorts.has(p)) && g(fc.boolean())) entry.poe = true;
    const text = fc.string({ unit: fc.constantFrom(...TEXT_CHARS), maxLength: 20 });
    // Some descriptions are as long as the switch keeps (64).
    const long = fc.string({ unit: fc.constantFrom(...TEXT_CHARS), minLength: 50, maxLength: 64 });
    const description = g(fc.option(fc.oneof(text, long), { nil: undefined }));
    if (description !== undefined) entry.description = description;
    entries.push(entry);
  }
  return entries;
}

/** A valid site, as the plain object that YAML-stringifies to its site.yaml. */
export const siteArbitrary: fc.Arbitrary<Record<string, unknown>> = fc.gen().map((gen) => {
  // fast-check's generator takes arbitrary builders; these draws are plain arbitraries.
  const g: Gen = (arb) => gen(() => arb);
  const extra = g(fc.integer({ min: 0, max: 5 }));
  const ids = g(
    fc.uniqueArray(fc.integer({ min: 2, max: 4094 }), {
      minLength: extra + 2,
      maxLength: extra + 2,
    }),
  );
  const vlans = ids.map((id, k) => {
    const net = `10.${k + 1}.0`;
    const name =
      k === 0 ? "management" : k === 1 ? "servers" : `${g(fc.constantFrom(...VLAN_WORDS))}-${k}`;
    const vlan: Record<string, unknown> = {
      id,
      name,
      purpose: k === 0 ? "management" : k === 1 ? "servers" : "other",
      subnet: `${net}.0/24`,
      gateway: `${net}.1`,
    };
    if (k === 1) {
      vlan.hosts = [
        { host: "dns01", ip: `${net}.10` },
        { host: "dhcp01", ip: `${net}.12` },
        { host: "fw01", ip: `${net}.254` },
      ];
    }
    if (k >= 2) {
      if (g(fc.boolean())) vlan.dhcp = { range: `${net}.100-${net}.200` };
      if (g(fc.boolean())) vlan.isolated = true;
    }
    return vlan;
  });
  const names = vlans.map((v) => v.name as string);
  const served = vlans.filter((v) => v.dhcp).map((v) => v.name as string);

  const accessCount = g(fc.integer({ min: 0, max: 2 }));
  const coreKey = g(fc.constantFrom(...CORE_MODELS));
  const coreModel = SWITCH_CATALOG[coreKey]!;
  let coreLags = 0;
  const coreEntries: PortEntry[] = [];
  const switches: Record<string, unknown>[] = [];
  for (let i = 0; i < accessCount; i++) {
    const modelKey = g(fc.constantFrom(...MODELS));
    const model = SWITCH_CATALOG[modelKey]!;
    const lag = g(fc.boolean());
    const corePorts = coreModel.uplinkPorts.slice(2 * i, 2 * i + (lag ? 2 : 1));
    const ownPorts = model.uplinkPorts.slice(0, lag ? 2 : 1);
    const carried = [names[0]!, ...g(fc.subarray(names.slice(1)))];
    const name = `acc${i + 1}`;
    coreEntries.push({
      ports: portList(corePorts),
      ...(lag ? { lag: `trk${++coreLags}` } : {}),
      tagged: carried,
      connects: `${name}:${portList(ownPorts)}`,
      description: `Uplink to ${name}`,
    });
    let ownLags = lag ? 1 : 0;
    const poe = new Set(model.poePorts);
    switches.push({
      name,
      model: modelKey,
      role: "access",
      management: { vlan: "management", ip: `10.1.0.${3 + i}` },
      ports: [
        ...accessEntries(g, model.uplinkPorts[0]! - 1, poe, names, () => `trk${++ownLags}`),
        {
          ports: portList(ownPorts),
          ...(lag ? { lag: "trk1" } : {}),
          tagged: carried,
          connects: `core:${portList(corePorts)}`,
        },
      ],
    });
  }
  const corePoe = new Set(coreModel.poePorts);
  const coreAccess = accessEntries(
    g,
    coreModel.uplinkPorts[0]! - 1,
    corePoe,
    names,
    () => `trk${++coreLags}`,
  );
  switches.unshift({
    name: "core",
    model: coreKey,
    role: "core",
    // A core answers on its management VLAN's gateway (R32): written out, or left out.
    management: g(fc.boolean()) ? { vlan: "management", ip: "10.1.0.1" } : { vlan: "management" },
    ports: [...coreAccess, ...coreEntries],
  });

  return {
    version: 1,
    site: {
      name: "Property Library",
      code: "prop",
      timezone: g(fc.constantFrom(...ZONES)),
      domain: "lib.example.org",
    },
    network: {
      upstream: { gateway: "10.2.0.254" },
      dns: ["10.2.0.10"],
      ntp: g(fc.boolean()) ? ["10.2.0.10"] : [],
      vlans,
      ...(served.length > 0
        ? {
            dhcpServers: [
              { name: "dhcp01", software: "kea", address: "10.2.0.12", serves: served },
            ],
          }
        : {}),
      switches,
    },
  };
});
