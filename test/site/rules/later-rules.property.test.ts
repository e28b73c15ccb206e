/**
 * Property: rules R16-R31 never throw on a schema-valid site, however its switching,
 * directory, inventory and operations sections are garbled, and every issue they return is a
 * well-formed error or warning of the rule that found it.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LATER_RULES } from "../../../src/site/rules/later.ts";
import type { RuleContext } from "../../../src/site/rules/rule.ts";
import { siteSchema, SWITCH_CATALOG, type Site } from "../../../src/site/index.ts";
import { check, EXAMPLE, TODAY } from "../../helpers/site.ts";

const base = check(EXAMPLE).site!;
const names = [
  ...base.network.switches.map((s) => s.name),
  ...base.network.vlans.map((v) => v.name),
  ...(base.directory?.groups.map((g) => g.name) ?? []),
  ...(base.vsphere?.vms.map((v) => v.name) ?? []),
];

/** Names that are real, near misses, or the kind of key that trips up a plain object lookup. */
const aName = fc.oneof(
  fc.constantFrom(...names, "constructor", "toString", "__proto__", "daily", "weekly"),
  fc.string({ minLength: 1, maxLength: 12 }),
);
const aPortList = fc.oneof(
  fc.constantFrom("1-8", "49-50", "25-26", "1,3,5-7", "0", "8-1", "1-", "1-2000", "x", " 2 "),
  fc.integer({ min: 1, max: 600 }),
  fc.string({ minLength: 1, maxLength: 8 }),
);
const aDate = fc.oneof(
  fc.constantFrom(
    "2027-02-30",
    "2026-11-23",
    "0000-00-00",
    "9999-12-31",
    "2024-02-29",
    "0099-01-01",
  ),
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
    )
    .map(([y, m, d]) => [y, m, d].map((n, i) => String(n).padStart(i ? 2 : 4, "0")).join("-")),
);
const anEntry = fc.record(
  {
    ports: aPortList,
    untagged: aName,
    tagged: fc.array(aName, { maxLength: 4 }),
    lag: fc.constantFrom("trk1", "TRK1", "trk2"),
    connects: fc.oneof(
      fc.tuple(aName, aPortList).map(([s, p]) => `${s}:${p}`),
      fc.string({ maxLength: 10 }),
    ),
    poe: fc.boolean(),
  },
  { requiredKeys: ["ports"] },
);
const aSwitch = fc.record({
  name: aName,
  model: fc.oneof(fc.constantFrom(...Object.keys(SWITCH_CATALOG), "lab-switch"), aName),
  role: fc.constantFrom("core", "access"),
  management: fc.record({ vlan: aName, ip: fc.constant("10.20.40.9") }),
  ports: fc.array(anEntry, { maxLength: 5 }),
});
const aNumber = fc.oneof(fc.integer({ min: -5, max: 100000 }), fc.constantFrom(0, 1, 128, 4097));

const garbled = fc.record({
  switches: fc.array(aSwitch, { maxLength: 4 }),
  switchModels: fc.option(
    fc.dictionary(
      fc.constantFrom("lab-switch", "toString"),
      fc.record({
        ports: fc.integer({ min: 1, max: 64 }),
        poe: aPortList,
        uplinks: aPortList,
      }),
    ),
    { nil: undefined },
  ),
  groups: fc.array(
    fc.record({
      name: aName,
      memberGroups: fc.array(aName, { maxLength: 3 }),
      members: fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }),
    }),
    { maxLength: 5 },
  ),
  vmSize: fc.record({
    cpus: aNumber,
    memoryGb: aNumber,
    disks: fc.array(aNumber, { maxLength: 3 }),
  }),
  vmVlan: aName,
  antiAffinity: fc.oneof(aName, fc.constant("")),
  dates: fc.array(aDate, { minLength: 3, maxLength: 3 }),
  lifespan: fc.integer({ min: -2, max: 40 }),
  cost: aNumber,
  backup: fc.record({
    immutableDays: fc.integer({ min: 1, max: 1000 }),
    coolAfterDays: fc.integer({ min: 0, max: 1000 }),
    deleteAfterDays: fc.integer({ min: 1, max: 1000 }),
    storageAccount: fc.string({ maxLength: 30 }),
  }),
  vpn: fc.record({
    addressSpace: fc.constantFrom("10.120.0.0/16", "0.0.0.0/0", "10.120.255.0/32"),
    gatewaySubnet: fc.constantFrom(
      "10.120.255.0/27",
      "10.121.0.0/24",
      "10.120.255.7/30",
      "0.0.0.0/0",
    ),
    publicIp: fc.constantFrom("203.0.113.10", "10.0.0.1", "0.0.0.0", "255.255.255.255"),
  }),
  covers: fc.oneof(aName, fc.constant(""), fc.array(aName, { minLength: 1, maxLength: 3 })),
  runbooks: fc.array(
    fc.oneof(
      fc.constantFrom(
        "../x.md",
        "/x.md",
        "C:\\x.md",
        "runbooks/restore-a-vm.md",
        ".",
        "..",
        "a\\..\\..\\b.md",
      ),
      fc.string({ minLength: 1, maxLength: 12 }),
    ),
    { maxLength: 3 },
  ),
  today: fc.oneof(aDate, fc.constantFrom(TODAY, "not a date")),
});

type Garbled = typeof garbled extends fc.Arbitrary<infer T> ? T : never;

/** The example site with the garbled parts put in, re-parsed so defaults apply as in real use. */
function build(g: Garbled): Site | undefined {
  const raw = structuredClone(base) as Record<string, unknown> & Site;
  raw.network.switches = g.switches as Site["network"]["switches"];
  if (g.switchModels) raw.switchModels = g.switchModels as Site["switchModels"];
  raw.directory = { groups: g.groups };
  const vm = raw.vsphere!.vms[0]!;
  Object.assign(vm, g.vmSize, { antiAffinity: g.antiAffinity });
  vm.network.vlan = g.vmVlan;
  raw.site.vendors[0]!.contractEnds = g.dates[0];
  raw.inventory!.assets[0]!.purchased = g.dates[1]!;
  raw.inventory!.assets[0]!.lifespanYears = g.lifespan;
  raw.inventory!.assets[0]!.cost = g.cost;
  raw.inventory!.licenses[0]!.renews = g.dates[2];
  Object.assign(raw.azure!.backup!, g.backup);
  Object.assign(raw.azure!.vpn!, {
    addressSpace: g.vpn.addressSpace,
    gatewaySubnet: g.vpn.gatewaySubnet,
  });
  raw.azure!.vpn!.onPremises.publicIp = g.vpn.publicIp;
  raw.operations!.backups[0]!.covers = g.covers;
  raw.operations!.runbooks = g.runbooks;
  const parsed = siteSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

describe("rules R16-R31 on garbled sites", () => {
  it("never throw and return well-formed issues", () => {
    fc.assert(
      fc.property(garbled, (g) => {
        const site = build(g);
        fc.pre(site !== undefined);
        const ctx: RuleContext = { siteDir: "site-dir", today: g.today, fileExists: () => true };
        for (const rule of LATER_RULES) {
          for (const issue of rule.check(site!, ctx)) {
            expect(issue.rule).toBe(rule.id);
            expect(["error", "warning"]).toContain(issue.severity);
            expect(issue.message).toMatch(/^\S.*\S$/);
            expect(issue.message).not.toMatch(/undefined|NaN|\[object/);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
