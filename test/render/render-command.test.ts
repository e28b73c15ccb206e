import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { SITES } from "./sites.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const EXAMPLE_SITE = join(ROOT, "site.yaml");
const BRANCH_SITE = fileURLToPath(new URL(SITES.branch, import.meta.url));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "carrel-render-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function carrel(...args: string[]) {
  let out = "";
  let err = "";
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** Every file under a folder, by relative path, with its content. */
function snapshotFolder(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    files[full.slice(folder.length + 1)] = readFileSync(full, "utf8");
  }
  return files;
}

describe("carrel render", () => {
  it("writes every file and says how many changed", async () => {
    const out = join(dir, "out");
    const first = await carrel("render", BRANCH_SITE, "--out", out);
    expect(first).toMatchObject({ code: 0, err: "" });
    expect(first.out).toBe(`Rendered 13 files to ${out}/ (13 changed)\n`);
    expect(Object.keys(snapshotFolder(out))).toContain("dhcp/dhcp-box/dnsmasq.conf");
    // when nothing changed, a second run says so
    expect((await carrel("render", BRANCH_SITE, "--out", out)).out).toBe(
      `Rendered 13 files to ${out}/ (0 changed)\n`,
    );
  });

  it("leaves files whose content did not change as the same files (inode and time)", async () => {
    // given output rendered a while ago
    const out = join(dir, "out");
    await carrel("render", BRANCH_SITE, "--out", out);
    const old = new Date("2026-01-02T03:04:05Z");
    for (const entry of readdirSync(out, { recursive: true, withFileTypes: true }))
      if (entry.isFile()) utimesSync(join(entry.parentPath, entry.name), old, old);
    const before = new Map(
      Object.keys(snapshotFolder(out)).map((path) => [path, statSync(join(out, path))]),
    );
    // when the zone template changes (the site file does not: its hash is in every header)
    const templates = join(dir, "templates");
    mkdirSync(join(templates, "dns"), { recursive: true });
    const zone = readFileSync(join(ROOT, "templates", "dns", "zone.hbs"), "utf8");
    writeFileSync(join(templates, "dns", "zone.hbs"), `${zone}; reviewed\n`);
    const run = await carrel("render", BRANCH_SITE, "--out", out, "--templates", templates);
    // then only the zones are new; every other file is the very same file as before
    const zones = [...before.keys()].filter((path) => path.endsWith(".zone")).sort();
    expect(zones.length).toBeGreaterThan(0);
    expect(run.out).toBe(`Rendered 13 files to ${out}/ (${zones.length} changed)\n`);
    const changed = [...before].filter(([path, stats]) => {
      const now = statSync(join(out, path));
      return now.ino !== stats.ino || now.mtimeMs !== stats.mtimeMs;
    });
    expect(changed.map(([path]) => path).sort()).toEqual(zones);
  });

  it("refuses an invalid site and leaves the output folder alone", async () => {
    // given earlier output and a site with a mistake
    const out = join(dir, "out");
    await carrel("render", BRANCH_SITE, "--out", out);
    const before = snapshotFolder(out);
    const broken = join(dir, "site.yaml");
    writeFileSync(broken, readFileSync(BRANCH_SITE, "utf8").replace("id: 20", "id: 5000"));
    // when rendered
    const result = await carrel("render", broken, "--out", out);
    // then the validator's error is printed and nothing is written
    expect(result.code).toBe(1);
    expect(result.err).toContain("network.vlans[1].id");
    expect(result.out).toBe("");
    expect(snapshotFolder(out)).toEqual(before);
  });

  it("reports a template error with its file and line, keeps the output, and prints no stack", async () => {
    // given earlier output and an override folder whose Kea template has a typo on line 3
    const out = join(dir, "out");
    await carrel("render", EXAMPLE_SITE, "--out", out);
    const before = snapshotFolder(out);
    const templates = join(dir, "templates");
    mkdirSync(join(templates, "dhcp"), { recursive: true });
    writeFileSync(
      join(templates, "dhcp", "kea-dhcp4.conf.hbs"),
      "{{keaComment header}}\n{\n  {{keaString serverr}}\n}\n",
    );
    // when rendered with it
    const result = await carrel("render", EXAMPLE_SITE, "--out", out, "--templates", templates);
    // then the error names the template file and line, and the output is untouched
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /^carrel render: \S*templates\/dhcp\/kea-dhcp4\.conf\.hbs:3: \{\{keaString\}\} was given a field that is not set/m,
    );
    expect(result.err).not.toMatch(/\n\s+at /);
    expect(snapshotFolder(out)).toEqual(before);
  });

  it("uses the template folder that site.yaml names, relative to the site file", async () => {
    // given a site beside a folder that overrides the zone template
    const siteDir = join(dir, "library");
    mkdirSync(join(siteDir, "my-templates", "dns"), { recursive: true });
    const zone = readFileSync(join(ROOT, "templates", "dns", "zone.hbs"), "utf8");
    writeFileSync(join(siteDir, "my-templates", "dns", "zone.hbs"), `${zone}; local addition\n`);
    writeFileSync(
      join(siteDir, "site.yaml"),
      `${readFileSync(BRANCH_SITE, "utf8")}\ntemplates: my-templates\n`,
    );
    // when rendered
    const out = join(dir, "out");
    expect((await carrel("render", join(siteDir, "site.yaml"), "--out", out)).code).toBe(0);
    // then the zones come from the override and the rest from Carrel's own templates
    expect(readFileSync(join(out, "dns", "branch.mbl.lan.zone"), "utf8")).toMatch(
      /; local addition\n$/,
    );
    expect(readFileSync(join(out, "dhcp", "dhcp-box", "dnsmasq.conf"), "utf8")).toContain("port=0");
  });

  it("refuses a site asking for a DHCP option Carrel cannot render, at its line", async () => {
    const site = join(dir, "site.yaml");
    const text = readFileSync(BRANCH_SITE, "utf8");
    writeFileSync(site, text.replace("boot-file-name:", "boot-file-nam:"));
    const line = text.slice(0, text.indexOf("boot-file-name:")).split("\n").length;
    const result = await carrel("render", site, "--out", join(dir, "out"));
    expect(result.code).toBe(1);
    expect(result.err.split("\n")[0]).toMatch(
      new RegExp(
        `^${site.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:${line}:\\d+  network\\.vlans\\[\\d\\]\\.dhcp\\.options\\.boot-file-nam  ` +
          "VLAN 'public' asks for DHCP option 'boot-file-nam', which Carrel cannot render; did you mean 'boot-file-name'\\?",
      ),
    );
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("calls a missing --templates folder a usage error", async () => {
    const result = await carrel(
      "render",
      BRANCH_SITE,
      "--out",
      join(dir, "out"),
      "--templates",
      join(dir, "nope"),
    );
    expect(result.code).toBe(2);
    expect(result.err).toContain(`cannot find the template folder ${join(dir, "nope")}`);
  });
});

describe("carrel render killed midway", () => {
  const preload = fileURLToPath(new URL("./kill-during-write.mjs", import.meta.url));

  function renderInChild(site: string, out: string, killAt: string) {
    return spawnSync(
      process.execPath,
      ["--import", preload, join(ROOT, "bin", "carrel.mjs"), "render", site, "--out", out],
      { encoding: "utf8", timeout: 30_000, env: { ...process.env, CARREL_KILL_AT: killAt } },
    );
  }

  it("leaves the earlier output as it was when killed while writing files", async () => {
    // given output rendered from the branch site
    const out = join(dir, "out");
    await carrel("render", BRANCH_SITE, "--out", out);
    const before = snapshotFolder(out);
    // when a render of another site is killed after writing five of its files
    const child = renderInChild(EXAMPLE_SITE, out, "write:5");
    expect(child.signal).toBe("SIGKILL");
    // then the earlier output is there, byte for byte
    expect(snapshotFolder(out)).toEqual(before);
  });

  it("recovers the earlier output when killed while swapping folders", async () => {
    // given earlier output, and a render killed after moving it aside
    const out = join(dir, "out");
    await carrel("render", BRANCH_SITE, "--out", out);
    const before = snapshotFolder(out);
    const child = renderInChild(EXAMPLE_SITE, out, "swap");
    expect(child.signal).toBe("SIGKILL");
    const aside = join(dir, `out.carrel-old-${child.pid}`);
    const staging = join(dir, `out.carrel-new-${child.pid}`);
    expect(existsSync(out)).toBe(false);
    expect(snapshotFolder(aside)).toEqual(before);
    expect(existsSync(staging)).toBe(true);
    // when the next render runs, it puts the earlier output back, cleans up and says so
    const next = await carrel("render", BRANCH_SITE, "--out", out);
    expect(next.out).toBe(`Rendered 13 files to ${out}/ (0 changed)\n`);
    expect(next.err).toBe(
      `carrel render: took over the lock ${out}.carrel-lock, left by Carrel process ${child.pid}, which is no longer running\n` +
        `carrel render: put back the previous output from ${aside}, moved aside by an interrupted run\n` +
        `carrel render: removed ${staging}, left by an interrupted run\n`,
    );
    expect(snapshotFolder(out)).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(["out"]);
  });

  it("cleans up the staging folder of a run killed while writing, and says so", async () => {
    const out = join(dir, "out");
    await carrel("render", BRANCH_SITE, "--out", out);
    const child = renderInChild(EXAMPLE_SITE, out, "write:3");
    expect(child.signal).toBe("SIGKILL");
    const staging = join(dir, `out.carrel-new-${child.pid}`);
    expect(existsSync(staging)).toBe(true);
    // the killed run's lock is taken over, its staging folder removed
    const next = await carrel("render", BRANCH_SITE, "--out", out);
    expect(next.code).toBe(0);
    expect(next.err).toBe(
      `carrel render: took over the lock ${out}.carrel-lock, left by Carrel process ${child.pid}, which is no longer running\n` +
        `carrel render: removed ${staging}, left by an interrupted run\n`,
    );
    expect(readdirSync(dir).sort()).toEqual(["out"]);
  });
});
