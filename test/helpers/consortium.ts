/**
 * The consortium fixture as a repository in a scratch folder: test/fixtures/consortium's
 * consortium.yaml, and three member sites copied from the repository's own sites: the
 * example (rbpl), the small branch with dnsmasq (mbl, whose time zone is left to the
 * consortium's default) and the site with ISC DHCP and Windows DHCP (hcl).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");

/** The member sites of the fixture: code, and the site file it is copied from. */
export const MEMBERS = [
  { code: "rbpl", from: "site.yaml", runbooks: "runbooks" },
  { code: "mbl", from: "test/fixtures/sites/branch/site.yaml" },
  { code: "hcl", from: "test/fixtures/sites/two-servers/site.yaml" },
] as const;

/** Makes the consortium repository; `edit` may change a member's site text first. */
export function makeConsortium(
  edit: (code: string, text: string) => string = (_c, t) => t,
): string {
  const dir = mkdtempSync(join(tmpdir(), "carrel-consortium-"));
  cpSync(join(ROOT, "test/fixtures/consortium/consortium.yaml"), join(dir, "consortium.yaml"));
  for (const m of MEMBERS) {
    const folder = join(dir, "sites", m.code);
    mkdirSync(folder, { recursive: true });
    let text = readFileSync(join(ROOT, m.from), "utf8");
    // The branch takes its time zone from the consortium.
    if (m.code === "mbl") text = text.replace(/^ {2}timezone: .*\n/m, "");
    writeFileSync(join(folder, "site.yaml"), edit(m.code, text));
    if ("runbooks" in m)
      cpSync(join(ROOT, m.runbooks), join(folder, "runbooks"), { recursive: true });
  }
  mkdirSync(join(dir, "stacks"));
  return dir;
}

/** The 1-based line and column where `needle` starts in a member's site file. */
export function positionIn(dir: string, code: string, needle: string): string {
  const text = readFileSync(join(dir, "sites", code, "site.yaml"), "utf8");
  const at = text.indexOf(needle);
  if (at < 0 || text.indexOf(needle, at + 1) >= 0)
    throw new Error(`'${needle}' is not once in ${code}`);
  const before = text.slice(0, at).split("\n");
  return `${before.length}:${before[before.length - 1]!.length + 1}`;
}
