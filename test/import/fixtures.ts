/** The import fixtures: the hand-written legacy estate, one file per format, bad inputs. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The absolute path of a fixture under `test/fixtures/import/`. */
export function fixturePath(relative: string): string {
  return fileURLToPath(new URL(`../fixtures/import/${relative}`, import.meta.url));
}

/** A fixture's text (UTF-8 files only). */
export function fixtureText(relative: string): string {
  return readFileSync(fixturePath(relative), "utf8");
}

/** The legacy estate: three switch configs, one DHCP export, one zone (Maple Grove). */
export const LEGACY_ESTATE = [
  "legacy/mgpl-core-5406.cfg",
  "legacy/mgpl-2nd-fl.cfg",
  "legacy/mgpl-childrens.cfg",
  "legacy/dc01.xml",
  "legacy/mgpl.local.dns",
] as const;
