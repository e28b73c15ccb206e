/** Drift test support: a site's rendered configs written to a folder, to stand for what runs. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { runDrift } from "../../src/drift/run.ts";
import type { DriftReport } from "../../src/drift/report.ts";
import { parseSource } from "../../src/site/source.ts";
import { loadTestSite, renderTestSite, type SiteName } from "../render/sites.ts";

/** Rendered files a running device can hold: switch configs and DHCP configurations. */
export const RUNNING_FILES = /^(switches\/[^./]+\.cfg|dhcp\/.*\.conf)$/;

/** A fresh folder holding a site's rendered switch and DHCP files, edited by `edit`. */
export function runningFolder(
  name: SiteName,
  edit: (path: string, content: string) => string = (_, c) => c,
): string {
  const dir = mkdtempSync(join(tmpdir(), "carrel-drift-"));
  for (const f of renderTestSite(name).filter((x) => RUNNING_FILES.test(x.path))) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), edit(f.path, f.content));
  }
  return dir;
}

/** Runs drift for a test site against a folder. */
export function driftOf(name: SiteName, dir: string): DriftReport {
  const site = loadTestSite(name);
  return runDrift(
    site.model,
    parseSource("site.yaml", site.text),
    "site.yaml",
    renderTestSite(name),
    dir,
    "2026-11-23",
  );
}

/** Replaces the one occurrence of `from` in `text`; throws when it is not there exactly once. */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0)
    throw new Error(`'${from}' is not in the text exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}
