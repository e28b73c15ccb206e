/**
 * The injection grid: every string-valued path of the site, each payload in turn. Each try
 * ends one of two ways: validation refuses the site at the value's line (or at the lines
 * that name the same value); or the site renders, every DHCP and DNS file passes its real
 * checker, and every file says what it says with a plain value in that field, parsed as
 * its program parses it. Two shortcuts keep it near a minute and a half: a field no rendered
 * file shows gets only the payloads validation judges (line breaks, length), and a payload
 * the schema refused in a list's first element is tried in the other elements once, for
 * its line. `CARREL_GRID=full` drops both. Prints how long it took; run alone with
 * `vitest run test/render/injection-grid.test.ts`.
 */
import { createHash } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import type { GeneratedFile, SiteStamp } from "../../src/output/index.ts";
import { childrenCpuSeconds } from "../../scripts/ci/step-process.ts";
import { createEngine, renderSite } from "../../src/render/index.ts";
import { buildModel, formatPath, validateText } from "../../src/site/index.ts";
import { TODAY } from "../helpers/site.ts";
import { gridSiteText } from "./grid/base-site.ts";
import { checkable, runChecks, type CheckJob } from "./grid/checks.ts";
import { compareRenders, type ZoneComparison } from "./grid/compare.ts";
import { GridSite } from "./grid/mutate.ts";
import { MARKER, PAYLOADS, VALIDATION_PAYLOADS } from "./grid/payloads.ts";
import { stringPaths, type GridPath } from "./grid/paths.ts";
import { checkZoneRecords } from "./parsers/zone.ts";
import { swapText } from "./parsers/code.ts";

/** One stamp for every render, so headers never differ. */
const STAMP: SiteStamp = { file: "site.yaml", hash: "0".repeat(64) };

/**
 * `CARREL_GRID=full` tries every payload in every field and renders every accepted one (about
 * three times the work): the run to make after changing the schema's text types or a rule.
 */
const FULL = process.env.CARREL_GRID === "full";

/** One engine for every render: templates are compiled once. */
const ENGINE = createEngine();

/** Refused at the right line; rendered saying the same; or accepted in a field no file shows. */
type Outcome = "refused" | "rendered" | "accepted";

interface Try {
  readonly path: GridPath;
  readonly payload: string;
  readonly outcome: Outcome | "failed";
  readonly problems: readonly string[];
}

/** Validates and renders a site text; undefined when it is not valid. */
function renderText(text: string) {
  const v = validateText("site.yaml", text, { today: TODAY });
  if (!v.valid || !v.site) return { validation: v, files: undefined };
  return { validation: v, files: renderSite(buildModel(v.site), STAMP, { engine: ENGINE }) };
}

/** Whether two renders wrote the same files with the same contents. */
function sameFiles(a: readonly GeneratedFile[], b: readonly GeneratedFile[]): boolean {
  return (
    a.length === b.length && a.every((f, i) => f.path === b[i]!.path && f.content === b[i]!.content)
  );
}

/** Zone records, sorted, with the SOA's serial left out. */
function withoutSerial(records: readonly string[]): string[] {
  return records.map((r) => r.replace(/(\sSOA\s+\S+\s+\S+\s+)\d+/, "$1<serial>")).toSorted();
}

describe("injection grid", () => {
  const site = new GridSite(gridSiteText());
  const paths = stringPaths(parse(site.text));
  const tries: Try[] = [];
  const jobs = new Map<string, CheckJob>();
  const zones: { from: string; zone: ZoneComparison; payload: string }[] = [];
  let checkFailures: string[] = [];
  const zoneFailures: string[] = [];
  let clean: GeneratedFile[] = [];
  /** Paths whose value reaches no rendered file (docs-only text). */
  let docsOnly = 0;
  /**
   * The payloads the schema refused in the first element of each list field (`vlans[*].name`):
   * the same type refuses them in every element, so the others try one of them, for its line.
   */
  const refusedInField = new Map<string, Set<string>>();
  let sameAsFirst = 0;

  const queueChecks = (files: readonly GeneratedFile[], from: string) => {
    for (const f of files) {
      if (!checkable(f.path)) continue;
      const key = createHash("sha256").update(`${f.path}\n${f.content}`).digest("hex");
      if (!jobs.has(key)) jobs.set(key, { path: f.path, content: f.content, from });
    }
  };

  beforeAll(async () => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const children = childrenCpuSeconds();
    const base = renderText(site.text);
    if (!base.files) throw new Error("the grid's site is not valid");
    clean = base.files;
    queueChecks(clean, "the grid's site as it is");

    for (const path of paths) {
      const at = formatPath(path.path);
      const marker = renderText(site.mutate(path, MARKER).text).files ?? null;
      // A field no rendered file shows (its marker changes nothing) is judged by validation
      // alone: it gets the payloads validation must judge, and nothing is rendered for it.
      const reaches = FULL || marker === null || !sameFiles(marker, clean);
      if (!reaches) docsOnly++;
      const field = path.path.map((p) => (typeof p === "number" ? "*" : p)).join(".");
      const first = !refusedInField.has(field);
      const refusedBefore = refusedInField.get(field) ?? new Set<string>();
      refusedInField.set(field, refusedBefore);
      let triedRefused = false;
      for (const { name, text: payload } of PAYLOADS) {
        if (!reaches && !VALIDATION_PAYLOADS.has(name)) continue;
        if (!FULL && !first && refusedBefore.has(name)) {
          // One refused payload per element still checks the line the refusal points at.
          if (triedRefused) {
            sameAsFirst++;
            continue;
          }
          triedRefused = true;
        }
        const from = `${at} = ${name}`;
        const mutated = site.mutate(path, payload);
        const { validation, files } = reaches
          ? renderText(mutated.text)
          : { validation: validateText("site.yaml", mutated.text, { today: TODAY }), files: null };
        if (!reaches && validation.valid) {
          tries.push({ path, payload: name, outcome: "accepted", problems: [] });
          continue;
        }
        if (!files) {
          const errors = validation.issues.filter((i) => i.severity === "error");
          const atLine = errors.some((e) => mutated.lines.has(e.line));
          // Only what the schema refuses is the field type's doing; a rule may refuse one
          // element for what refers to it (a renamed VLAN) and accept another.
          if (first && errors.every((e) => e.rule === "schema")) refusedBefore.add(name);
          tries.push({
            path,
            payload: name,
            outcome: atLine ? "refused" : "failed",
            problems: atLine
              ? []
              : [`refused, but at ${errors.map((e) => `${e.line}:${e.col}`).join(", ")}`],
          });
          continue;
        }
        if (!marker) {
          tries.push({
            path,
            payload: name,
            outcome: "failed",
            problems: ["accepted, where a plain value is refused"],
          });
          continue;
        }
        const compared = compareRenders(files, marker, payload, MARKER);
        zones.push(...compared.zones.map((zone) => ({ from, zone, payload })));
        queueChecks(files, from);
        tries.push({
          path,
          payload: name,
          outcome: compared.problems.length === 0 ? "rendered" : "failed",
          problems: compared.problems,
        });
      }
    }

    checkFailures = await runChecks([...jobs.values()]);
    for (const { from, zone, payload } of zones) {
      const [got, want] = await Promise.all([
        checkZoneRecords(zone.origin, zone.payload),
        checkZoneRecords(zone.origin, zone.marker),
      ]);
      // named-checkzone sorts a name's records by their data, and the payload sorts elsewhere
      // than the marker: compare the records as sets. The serial is a hash of the records,
      // so it differs by design.
      const expected = withoutSerial(swapText(want.records, MARKER, payload) as string[]);
      if (!isDeepStrictEqual(expected, withoutSerial(got.records)))
        zoneFailures.push(`${zone.origin}.zone (${from}) holds other records`);
    }

    const used = process.cpuUsage(cpu);
    const refused = tries.filter((t) => t.outcome === "refused").length;
    const rendered = tries.filter((t) => t.outcome === "rendered").length;
    console.log(
      `injection grid: ${paths.length} paths (${docsOnly} reach no rendered file: ` +
        `${VALIDATION_PAYLOADS.size} payloads each, the others ${PAYLOADS.length}) = ${tries.length} tries ` +
        `and ${sameAsFirst} left out as refused in the list's first element ` +
        `(${refused} refused, ${rendered} rendered, ${tries.length - refused - rendered} accepted in docs-only text); ` +
        `${jobs.size} files checked by the real checkers; ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s wall, ` +
        `${((used.user + used.system) / 1e6).toFixed(1)} s CPU here, ` +
        `${(childrenCpuSeconds() - children).toFixed(1)} s CPU in checkers`,
    );
  }, 600_000);

  it("walks the fields every output format is made from", () => {
    const walked = new Set(paths.map((p) => formatPath(p.path)));
    for (const field of [
      "site.name",
      "site.domain",
      "network.vlans[0].name",
      "network.vlans[0].description",
      "network.vlans[1].dhcp.options.boot-file-name",
      "network.switches[0].ports[0].description",
      "switchModels.lab-24.label",
      "vsphere.vdi.pools[0].name",
      "vsphere.vdi.pools[0].description",
      "site.contacts[0].notes",
    ])
      expect(walked, field).toContain(field);
  });

  it("ends every try refused at the right line, or rendered saying the same", () => {
    const failed = tries
      .filter((t) => t.outcome === "failed")
      .map((t) => `${formatPath(t.path.path)} = ${t.payload}: ${t.problems.join("; ")}`);
    expect(failed).toEqual([]);
    expect(tries.length + sameAsFirst).toBe(
      (paths.length - docsOnly) * PAYLOADS.length + docsOnly * VALIDATION_PAYLOADS.size,
    );
    // Most of the site reaches some file: the grid is not skipping its point.
    expect(docsOnly).toBeLessThan(paths.length);
  });

  it("renders payloads that are only text in some fields, so the escaping is exercised", () => {
    const rendered = tries.filter((t) => t.outcome === "rendered");
    const fields = new Set(rendered.map((t) => formatPath(t.path.path)));
    for (const field of [
      "site.name",
      "network.vlans[1].dhcp.options.boot-file-name",
      "network.switches[0].ports[0].description",
      "switchModels.lab-24.label",
    ])
      expect(fields, field).toContain(field);
  });

  it("has every DHCP configuration and zone file accepted by its real checker", () => {
    expect(checkFailures).toEqual([]);
    expect(zoneFailures).toEqual([]);
    expect(jobs.size).toBeGreaterThan(clean.filter((f) => /\.(conf|zone)$/.test(f.path)).length);
  });
});
