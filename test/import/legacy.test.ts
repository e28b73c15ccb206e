/**
 * The hand-written legacy estate (Maple Grove: a 5406R core with modules, a 2530 and a 2920
 * taking its address by DHCP, a Windows DHCP export in UTF-16 and a Windows DNS export)
 * imported into a draft site.yaml.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runDrift } from "../../src/drift/run.ts";
import { formatImportReport } from "../../src/import/report.ts";
import { runImport } from "../../src/import/run.ts";
import { siteStamp } from "../../src/output/index.ts";
import { renderSite } from "../../src/render/index.ts";
import { buildModel, formatText, validateText } from "../../src/site/index.ts";
import { LEGACY_ESTATE, fixturePath } from "./fixtures.ts";

async function importEstate() {
  const result = await runImport({
    files: LEGACY_ESTATE.map(fixturePath),
    sources: [],
    out: "site.yaml",
    env: {},
    options: { name: "Maple Grove Public Library" },
  });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return result;
}

describe("importing the legacy estate", () => {
  it("writes a draft that validates", async () => {
    const result = await importEstate();
    expect(formatText(result.validation)).toBe(
      "Maple Grove Public Library: 6 VLANs, 3 switches, 0 VMs, 0 desktops, 0 groups; valid\n",
    );
  });

  it("makes one VLAN of what the switches, the DHCP export and the zone each saw", async () => {
    const { text } = await importEstate();
    expect(text).toContain(
      [
        "    # from mgpl-core-5406.cfg line 151; also mgpl-2nd-fl.cfg line 83, mgpl-childrens.cfg line 64, dc01.xml line 113",
        "    - id: 20",
        "      name: STAFF",
      ].join("\n"),
    );
  });

  it("gives VLAN 1, which carries the flat network, a free id and says so", async () => {
    const { text } = await importEstate();
    expect(text).toMatch(
      /# VLAN 1 \(DEFAULT_VLAN\) on the switches\n {4}- id: 2 # guessed: VLAN 1 carries traffic/,
    );
    expect(text).toContain("name: library-lan-legacy # from dc01.xml line 66");
  });

  it("numbers chassis ports and says how the switch names them", async () => {
    const { text } = await importEstate();
    expect(text).toContain(
      "        # B1-B8 on the switch\n        - ports: 25-32\n          untagged: PUBLIC\n          poe: true\n          description: Public PC row A",
    );
    expect(text).toContain(
      '  hp-5406r-zl2:\n    label: "HP 5406R zl2 (J9850A) with modules A: J9986A, B: J9986A, F: J9993A"\n    ports: 56\n    poe: 1-48',
    );
  });

  it("guesses the links between switches and marks them as guesses", async () => {
    const { text } = await importEstate();
    expect(text).toContain(
      "connects: mgpl-2nd-fl:49-50 # guessed: both ends carry the same VLANs and a port name names the other switch",
    );
    expect(text).toContain("connects: mgpl-core-5406:51 # guessed:");
  });

  it("takes the address of a switch on DHCP from its reservation", async () => {
    const { text } = await importEstate();
    expect(text).toMatch(
      /vlan: library-lan-legacy\n {8}ip: 10\.40\.1\.42 # from dc01\.xml line \d+ \(the address of 'mgpl-childrens'\)/,
    );
  });

  it("copies no secret into the draft or the report", async () => {
    const result = await importEstate();
    const report = formatImportReport(result.inputs, result.draft.notes);
    for (const secret of [
      "mgplRW2011",
      "mgplTrap",
      "Lib-Radius-Key",
      "5baa61e4",
      "7c4a8d09",
      "aaf4c61d",
    ]) {
      expect(result.text).not.toContain(secret);
      expect(report).not.toContain(secret);
    }
    expect(report).toContain("mgpl-core-5406.cfg:34  holds a RADIUS or TACACS+ key: not copied;");
  });

  it("reports every line it does not model, conflicts with both sources, and guesses", async () => {
    const result = await importEstate();
    const report = formatImportReport(result.inputs, result.draft.notes);
    expect(report).toMatch(
      /mgpl-core-5406\.cfg:\d+ {2}\d+ lines are hardening or switch settings \(DHCP snooping, /,
    );
    expect(report).not.toContain("'no telnet-server' is not modelled");
    expect(report).toContain(
      "mgpl-childrens.cfg:34  'speed-duplex 100-half' (in 'interface 17') is not modelled",
    );
    expect(report).toContain(
      "dc01.xml:173  VLAN 40: its name is 'WIFI-GUEST' in mgpl-core-5406.cfg line 165 but 'guest-wifi' here; the draft keeps 'WIFI-GUEST'",
    );
    expect(report).toContain(
      "mgpl.local.dns:48  left out: 3 records that clients registered themselves (dynamic updates) (line 48, line 49, line 50)",
    );
    expect(report).toContain(
      "mgpl-core-5406.cfg:17  route to 192.168.77.0/24 via 10.40.1.250: site.yaml has no static routes besides the core's default route",
    );
  });
});

describe("the legacy estate's draft, rendered and imported again", () => {
  it("gives back the same VLANs, switches and ports, and drift between its render and itself is empty", async () => {
    const first = await importEstate();
    const site = validateText("site.yaml", first.text).site!;
    const files = renderSite(buildModel(site), siteStamp("site.yaml", first.text)).filter((f) =>
      /^(switches\/[^./]+\.cfg|dns\/.*\.zone)$/.test(f.path),
    );
    const dir = mkdtempSync(join(tmpdir(), "carrel-legacy-rt-"));
    try {
      for (const f of files) {
        mkdirSync(dirname(join(dir, f.path)), { recursive: true });
        writeFileSync(join(dir, f.path), f.content);
      }
      const again = await runImport({
        files: files.map((f) => join(dir, f.path)),
        sources: [],
        out: "site.yaml",
        env: {},
        options: { name: site.site.name },
      });
      if (!again.ok) throw new Error(again.errors.map((e) => e.message).join("\n"));
      const draft = parse(again.text) as {
        network: {
          vlans: { id: number; name: string; subnet: string; gateway: string }[];
          switches: { name: string; ports: unknown[] }[];
        };
      };
      expect(draft.network.vlans.map((v) => `${v.id} ${v.name} ${v.subnet} ${v.gateway}`)).toEqual(
        site.network.vlans.map((v) => `${v.id} ${v.name} ${v.subnet} ${v.gateway}`),
      );
      expect(draft.network.switches.map((s) => s.ports.length)).toEqual(
        site.network.switches.map((s) => s.ports.length),
      );
      const report = runDrift(
        buildModel(site),
        undefined,
        "site.yaml",
        renderSite(buildModel(site), siteStamp("site.yaml", first.text)),
        join(dir, "switches"),
        "2026-11-23",
      );
      expect(report.devices.flatMap((d) => d.differences)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
